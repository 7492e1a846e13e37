// Faults a reader sees in the fields the scores do not measure (issue 12): the writer's name alone under the
// headline or alone at a column's foot (lone-name-bylines.ts), a name opening a meta line (classify.ts), a dateline whose characters carry their
// bracketed pinyin readings (pinyin-readings.ts), a slash after the role word (byline.ts), and a datelined lead
// under its headline over sections that name the headline's subject (named-sections.ts), and the writer's post alone
// under an English byline (role-bylines.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const one = (page: string) => {
  const { articles } = extractText(page, { gazetteer: null });
  expect(articles).toHaveLength(1);
  return articles[0]!;
};

describe('the writer\'s name alone under the headline', () => {
  it('is the byline, neither the deck nor the first paragraph', () => {
    const a = one(`我与家乡小报的二十年\n\n李晓风\n\n那年冬天,我在镇上的邮局第一次见到这份报纸。父亲把它带回家,念给我们听,从此我就爱上了读报。\n\n后来我也成了一名记者,每天写稿、改稿,日子过得飞快。`);
    expect(a.headline).toBe('我与家乡小报的二十年');
    expect(a.subheadline).toBeNull();
    expect(a.byline?.authors).toEqual(['李晓风']);
    expect(a.paragraphs[0]).toMatch(/^那年冬天/);
  });

  it('under a deck, is taken out of the text', () => {
    const a = one(`灯下的新闻人\n\n——写在又一个记者节\n\n周明\n\n清晨五点,闹铃响了。早班记者背起包出门,编辑部的灯一盏盏亮起来,新的一天开始了。\n\n好新闻是跑出来的。深夜十点,热线电话又响了,我们立刻出发。`);
    expect(a.byline?.authors).toEqual(['周明']);
    expect(a.paragraphs).not.toContain('周明');
    expect(a.paragraphs[0]).toMatch(/^清晨五点/);
  });
});

describe('the writer\'s name alone at a column\'s foot', () => {
  it('is the byline, not a last paragraph, and a cut footer scrap under it is no text', () => {
    const a = one(`窗邊小記——告別老書店,告別一段日子!

  街角那家開了三十年的書店上週關門了,消息傳來,我愣了好久。我在那裏讀了整個少年時代。

  我在那裏買過第一本詩集,也在那裏躲過無數場午後的雨。老闆總是笑着說:「慢慢看,不用買。」

  俱往矣,書店變成了手機店,只留下我私底下的回憶。 

林靜宜


wx`);
    expect(a.byline?.authors).toEqual(['林靜宜']);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs.at(-1)).toMatch(/回憶。$/);
  });

  it('two characters alone at the foot (a place label, a cut word) stay where they are', () => {
    const a = one(`窗邊小記——告別老書店,告別一段日子!

  街角那家開了三十年的書店上週關門了,消息傳來,我愣了好久。我在那裏讀了整個少年時代。

  我在那裏買過第一本詩集,也在那裏躲過無數場午後的雨。老闆總是笑着說:「慢慢看,不用買。」

高雄`);
    expect(a.byline?.authors ?? []).toEqual([]);
    expect(a.paragraphs.at(-1)).toBe('高雄');
  });
});

describe('a name opening the meta line under the headline', () => {
  it('is the writer', () => {
    const a = one(`我在高原的十年\n\n赵雪 发布时间:2019-03-02 10:15:00来源: 高原新闻网\n\n  在高原当记者,已经十个年头了。一切都那么自然,前路漫漫,还有学不完的东西。\n\n  我是生在高原、长在高原的孩子。高原的风和雪,都是我眼里最美的风景。`);
    expect(a.byline?.authors).toEqual(['赵雪']);
    expect(a.published).toBe('2019-03-02');
  });
});

describe('a dateline whose characters carry their pinyin readings in brackets', () => {
  it('is read as printed, and the text opens after it and its byline', () => {
    const a = one(`新媒體記者的山城印象\n\n2019-05-19 15:03:44 來源:山城新聞網(wǎng)\n\n中新網(wǎng)重慶5月19日電 (記者張明)來自全國的新媒體記者近日走訪山城,直觀感受到這裏快速的發(fā)展節(jié)奏。 活動于5月12日至17日舉行,由市委網(wǎng)信辦指導(dǎo)。`);
    expect(a.dateline).toMatchObject({ source: '中新網', place: '重慶', kind: '電' });
    expect(a.byline?.reporters).toEqual(['張明']);
    expect(a.paragraphs[0]).toMatch(/^來自全國/);
  });

  it('with a slash after the role word, reads the reporters', () => {
    const a = one(`山城名人為家鄉(xiāng)代言\n\n南方日報(bào)訊 (記者/李文 陳立)9日,“我是家鄉(xiāng)代言人”直播活動在山城啟動,多位名人參加。\n\n活動現場,名人們講述了自己與家鄉的故事,吸引了許多觀眾。`);
    expect(a.dateline).toMatchObject({ source: '南方日報', kind: '訊' });
    expect(a.byline?.reporters).toEqual(['李文', '陳立']);
    expect(a.paragraphs[0]).toMatch(/^9日/);
  });
});

describe('a datelined lead under its headline, over sections naming its subject', () => {
  it('is one story under its headline', () => {
    const { articles } = extractText(
      `  江城日报记者王明谈采访感受 感慨山乡巨变中人的力量\n\n  2021-11-07 16:40:43    来源:江城晚报\n\n  江城网讯(江城晚报记者 李云)作为江城日报社首席记者,入行近20年的王明长期关注山区的发展,撰写了大量的深度稿件。\n\n  走访老农民\n\n  “说起现在的好日子,他们都笑得很开心”\n\n  王明一直在不间断地观察着山区的点滴变化,走遍了全市的每一个乡镇。\n\n  1981年10月15日,山里的第一条公路通车,拉开了山区建设的序幕。说起“第一条公路”,老农民们都有一种自豪感。\n\n  寻访老代表\n\n  “跟踪报道17年,他的认真执着让人感动”\n\n  王明负责两会新闻多年,见过许多代表,记下了他们的心声和建议。`,
      { gazetteer: null },
    );
    expect(articles.map((a) => a.headline)).toEqual(['江城日报记者王明谈采访感受 感慨山乡巨变中人的力量']);
    expect(articles[0]!.dateline).toMatchObject({ source: '江城网', kind: '讯' });
  });
});

describe('the writer\'s post alone under an English byline', () => {
  it('is no paragraph of the story', () => {
    const a = one(`River town opens its new bridge after years of delay\n\nBy Mary Cole\n\nCity Editor, Valley Courier\n\nThe new bridge over the river opened on Monday morning, two years later than planned and well over budget.\n\nHundreds of people walked across it before the first cars were let on in the afternoon.`);
    expect(a.byline?.authors).toEqual(['Mary Cole']);
    expect(a.paragraphs[0]).toMatch(/^The new bridge/);
  });
});
