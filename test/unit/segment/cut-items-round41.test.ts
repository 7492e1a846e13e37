// Layouts met in round 41 of issue #19 (a ninth unchosen sample of briefs pages): a channel list stored cut a few
// words into its last item's text; a digest item whose text, opened by its outlet's bracketed name, speaks of a
// browser. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const item = (headline: string, body: string) => ['- 某某新聞', '- 2025年09月29日', headline, body];

describe('a list page cut inside its last item', () => {
  const page = [
    '新聞資訊',
    ...item('颱風登陸沿海 多地停課停工 機場航班取消', '【某某新聞】颱風今晨登陸沿海地區,多地停課停工,機場取消大部分航班。當局呼籲市民留在安全地方,避免前往海邊。'),
    ...item('運動會開幕在即 議員到場為運動員打氣', '【某某新聞】運動會下月開幕,多名議員今日到場為運動員打氣,並參與多項體育活動,推動全城運動熱潮。'),
    ...item('科技公司落戶園區 局長:對本地投下信心一票', '【某某新聞】內地一間科技公司今日宣布落戶科技園區,將推動智能義肢在'),
  ].join('\n\n');

  it('keeps the cut item as a story of its own under its headline', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['颱風登陸沿海 多地停課停工 機場航班取消', '運動會開幕在即 議員到場為運動員打氣', '科技公司落戶園區 局長:對本地投下信心一票']);
    expect(seg.articles[2]!.paragraphs.join('')).toContain('將推動智能義肢在');
  });

  it('leaves a story cut under its picture caption whole', () => {
    const para = (n: number) => `第${n}段:冰川消融的速度逐年加快,当地居民讲述了他们记忆中的冰川边界,如今已退缩至数十公里外的内陆。`;
    const seg = text(['冰川消融下的抉择', para(1), '退缩的冰川线', para(2), para(3), '俯瞰退缩的冰川线', '在喧闹的国际舆论中,大国的声音'].join('\n\n'));
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a digest item about a browser', () => {
  it('is a story when its outlet names it, not the site speaking to its reader', () => {
    const seg = text(
      [
        '【今日重點新聞】',
        '議員批評新規 指審批程序欠透明',
        '【某某新聞】多名議員今日批評新規,指審批程序欠缺透明度,要求當局盡快公布詳細準則,以免影響業界運作。',
        '網頁版通訊軟件全球現故障 用戶無法滾動訊息',
        '【某某新聞】今日多地用戶回報網頁版通訊軟件故障,聊天視窗無法滾動;部分人刷新頁面可短暫恢復。亦有人以縮放瀏覽器權宜處理。',
        '流感疫苗計劃下月展開 提供四款疫苗',
        '【某某新聞】本年度季節性流感疫苗計劃下月展開,提供四款疫苗,市民可到指定診所接種。',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[1]!.headline).toBe('網頁版通訊軟件全球現故障 用戶無法滾動訊息');
  });
});
