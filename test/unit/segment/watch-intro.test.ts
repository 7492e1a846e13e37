// A TV site's briefs (round 73, lib/segment/boundaries.ts with ROUNDUP_INTRO of facts.ts): the bracketed dateline's
// paragraph under the title ends by bidding the viewer watch the set ("请看今天的体育简讯。"); it introduces the numbered
// items below, so it is no story, and each numbered headline over its paragraph is one.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const PAGE = `3月2日体育简讯

2019年03月02日体育
【本台2019年03月02日讯】本市马拉松周日开跑,两万名跑者报名参加,创下历年新高。请看今天的体育简讯。

1. 马拉松周日开跑 两万人报名

本市马拉松将于周日早上七点在市中心广场鸣枪起跑,组委会表示,今年报名人数达到两万人,比去年多出三成。

2. 少年足球联赛落幕 东区队夺冠

为期一个月的少年足球联赛昨晚落幕,东区队在决赛中以二比一击败北区队,第一次捧起冠军奖杯。

3. 新游泳馆下月启用 市民可免费体验

位于河滨公园的新游泳馆将于下月正式启用,开馆首周市民可以免费入场体验,每天限额五百人。`;

describe('a briefs page whose standfirst ends by bidding the viewer watch the set', () => {
  it('reads the three numbered items as the stories and the standfirst as none', () => {
    const { articles } = extractText(PAGE, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 6))).toEqual(['本市马拉松将', '为期一个月的', '位于河滨公园']);
  });
});
