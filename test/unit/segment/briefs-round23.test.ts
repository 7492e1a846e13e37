// Layouts met in the twenty-third held-out round of issue #19: clippings of the older Hong Kong papers, whose
// reports are credited by a bracketed kind alone (【特訊】, (特訊), 【專訊】) rather than a source and place, and a
// further report (【又訊】) that adds to the story above it. Texts written here.
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
