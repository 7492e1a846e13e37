// Layouts met in the twenty-third held-out round of issue #19: clippings of the older Hong Kong papers, whose
// reports are credited by a bracketed kind alone (【特訊】, (特訊), 【專訊】) rather than a source and place, and a
// further report (【又訊】) that adds to the story above it, and a report quoting a speech under its own subheads
// after a paragraph announcing it ("演詞如下:"), and one article built from two agencies' datelined reports under a
// headline the page names (an author and date line under it). Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseDateline } from '../../../lib/segment/dateline';

const text = (s: string) => segment(blocksFromText(s));

describe('a clipping credited by a bracketed kind alone', () => {
  const page = [
    '華僑日報',
    '一九五三年四月二日',
    '第三張第二頁',
    '區內學校',
    '舉行聯合運動會',
    '(特訊)區內八間中小學,昨假球場舉行聯合運動會,到場觀眾逾千人,各項比賽成績頗佳。',
    '大會由區內紳士主持頒獎,并即席致詞,勉勵學生注重體育云。',
    '【又訊】該區學校并定下月舉行聯合旅行,現正籌備中。',
  ].join('\n\n');

  it('reads the credit into the dateline, off the text, and keeps the further report in the same story', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.dateline?.kind).toBe('特訊');
    expect(a.paragraphs[0]).toBe('區內八間中小學,昨假球場舉行聯合運動會,到場觀眾逾千人,各項比賽成績頗佳。');
    expect(a.paragraphs.at(-1)).toBe('【又訊】該區學校并定下月舉行聯合旅行,現正籌備中。');
  });

  it('takes 【專訊】 and （特訊） too, and no kind that names no source (【又訊】, 【快訊】)', () => {
    expect(parseDateline('【專訊】本港童軍昨日舉行大會。')?.dateline.kind).toBe('專訊');
    expect(parseDateline('（特訊）本港童軍昨日舉行大會。')?.length).toBe(4);
    expect(parseDateline('【又訊】本港童軍昨日舉行大會。')).toBeNull();
    expect(parseDateline('【快訊】本港童軍昨日舉行大會。')).toBeNull();
  });
});

describe('subheads under a paragraph that announces them', () => {
  const story = [
    '青年會常會',
    '會長講童軍運動',
    '(特訊)青年會昨夕舉行常會,邀請童軍總會會長作專題演講,出席會員五十餘人。',
    '會長報告會務後,介紹講者生平,指出童軍在本港發展蓬勃。講者演詞如下:',
    '童軍的起源',
    '童軍之組織約有六十年歷史,在英國創立,其後各國卽有童軍小隊之組成,成爲世界性之運動。',
    '本港的童軍',
    '本港約於一九一二年間正式有童軍成立,隨後穩步發展,戰後活動又從新開始。',
  ].join('\n\n');

  it('keeps the announced speech, subheads and all, in the one story', () => {
    const seg = text(story);
    expect(seg.articles.map((a) => a.headline)).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs.join('\n')).toContain('本港約於一九一二年間正式有童軍成立');
  });

  it('still parts a digest whose introduction ends on a colon over its first item', () => {
    const digest = [
      '早晨國際新聞',
      '今天早上,你需要知道以下三宗國際新聞:',
      '歐洲央行加息',
      '歐洲央行昨日宣布加息半厘,為十一年來首次,市場早已預期,股市反應平淡。',
      '日本首相訪美',
      '日本首相昨日抵達華盛頓,將與美國總統會談,討論貿易及區域安全問題。',
      '南美洲大選結果',
      '南美洲一國昨日舉行總統選舉,反對派候選人以些微票數領先,結果仍待點算。',
    ].join('\n\n');
    expect(text(digest).articles.map((a) => a.headline)).toEqual(['歐洲央行加息', '日本首相訪美', '南美洲大選結果']);
  });
});

describe('two agencies\' reports under a named headline', () => {
  const reports = (head: string) =>
    [
      head,
      '作者:大公報 1960年3月2日',
      '【中國新聞社北京一日電】香港消息:颱風昨晚在港島以南掠過,天文台懸掛八號風球,全港停課停工,渡輪暫停服務。',
      '天文台說,颱風中心今晨已移向西面,預料風勢將逐漸減弱。',
      '【路透社香港一日電】颱風吹襲期間,港口內有三艘貨輪走錨,其中一艘擱淺,船員全部獲救。',
      '海事處說,擱淺貨輪並無漏油。',
    ].join('\n\n');

  it('reads them as one article when the headline tells each report', () => {
    const seg = text(reports('颱風掠過港島八號風球高懸 港口貨輪走錨擱淺船員獲救'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['颱風掠過港島八號風球高懸 港口貨輪走錨擱淺船員獲救']);
  });

  it('keeps them apart under a column label that tells neither', () => {
    expect(text(reports('國際簡訊')).articles).toHaveLength(2);
  });
});
