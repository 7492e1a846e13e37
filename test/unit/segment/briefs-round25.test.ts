// Layouts met in the twenty-fifth held-out round of issue #19 (Chinese web digests): headless items each opened by
// their source in brackets ("【X 新聞】…"), a digest whose headings are long headlines set as phrases with spaces,
// under a page title naming the digest. Texts written here; each layout beside the one story it must not split.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { isTitleLike } from '../../../lib/segment/headline';
import { expectExactSourceMaps, segmentHtml } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('headless items opened by their source in brackets', () => {
  const page = [
    '晚安！今日係 3 月 4 日星期二，明日天氣大致晴朗，早上清涼，日間溫暖，最高氣溫約 24 度，市民外出請留意。',
    '【本日要聞】',
    '【城市新聞】海濱長廊昨日重新開放，市民趁假日到場散步拍照，區議會表示會在下月增設更多座椅及飲水機。',
    '新增座椅沿海邊擺放。',
    '【城市新聞】運輸署宣布下月起調整三條巴士路線的班次，繁忙時間加密班次，以紓緩新屋苑居民的交通需要。',
    '【城市新聞】衞生署今日呼籲市民接種季節性流感疫苗，指近期求診人數上升，長者及兒童尤其需要留意。',
    '【城市財經】本地股市今日高開低收，成交額較上日減少一成，分析員指投資者對下周公布的數據持觀望態度。',
  ].join('\n\n');

  it('reads one item a bracketed paragraph, the caption under the first staying with it', () => {
    const blocks = blocksFromText(page);
    const seg = segment(blocks);
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles[0]?.paragraphs.join('')).toContain('新增座椅沿海邊擺放');
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 6))).toEqual(['【城市新聞】', '【城市新聞】', '【城市新聞】', '【城市財經】']);
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps one story that names its source once in brackets, and a note in brackets', () => {
    const story = [
      '海濱長廊重新開放',
      '【城市新聞】海濱長廊昨日重新開放，市民趁假日到場散步拍照，區議會表示會在下月增設更多座椅及飲水機。',
      '區議員表示，長廊關閉維修近一年，期間收到不少居民查詢，今次重開後會再檢討設施。',
      '【編者按】長廊維修工程曾因天氣延誤兩次，原定去年底完成。',
      '有市民表示，希望當局在長廊加設更多遮蔭設施，方便長者在夏天使用。',
    ];
    expect(text(story.join('\n\n')).articles).toHaveLength(1);
  });
});

describe('a digest of long headlines set as phrases with spaces', () => {
  it('reads such a line as a headline, not one with commas', () => {
    expect(isTitleLike('市議會通過新預算案 有議員質疑開支過大 市長承諾明年檢討所有大型基建項目的成本及進度安排並向公眾交代')).toBe(true);
    expect(isTitleLike('市議會通過新預算案，有議員質疑開支過大，市長承諾明年檢討所有大型基建項目的成本及進度安排並向公眾交代')).toBe(false);
  });

  const item = (h: string, p: string) => `<h3>${h}</h3><p>${p}</p>`;
  const items = [
    item('城市新聞：市議會通過新預算案 有議員質疑開支過大 市長承諾明年檢討所有大型基建項目的成本', '市議會昨晚以大比數通過新年度預算案，多名議員在辯論中質疑部分開支過大，市長會後表示會於明年全面檢討。'),
    item('城市新聞：海濱長廊重新開放 市民趁假日到場散步拍照 區議會下月增設座椅及飲水機', '海濱長廊昨日重新開放，市民趁假日到場散步拍照，區議會表示會在下月增設更多座椅及飲水機，方便市民使用。'),
    item('城市新聞：流感求診人數上升 衞生署呼籲長者及兒童盡快接種季節性疫苗 診所延長開放時間', '衞生署今日呼籲市民接種季節性流感疫苗，指近期求診人數上升，長者及兒童尤其需要留意，部分診所會延長開放時間。'),
  ].join('');
  const body = `<article><p>早晨！今日係 3 月 4 日星期二，明日天氣大致晴朗，早上清涼，日間溫暖，最高氣溫約 24 度。</p><h2>【今日重點新聞】</h2>${items}</article>`;

  it('reads each heading as an item where the page title names a digest', () => {
    const { seg } = segmentHtml(`<html><head><title>3月4日 城市新聞早報</title></head><body>${body}</body></html>`);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[1]?.headline).toContain('海濱長廊重新開放');
  });

  it('keeps the headings as one story\'s subheads where the title names no digest', () => {
    const { seg } = segmentHtml(`<html><head><title>市政一年回顧：預算、長廊與防疫</title></head><body>${body}</body></html>`);
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a market-morning digest under its page headline, date line and editors line', () => {
  const page = [
    '城市财经日报',
    '财经早班车丨股指小幅收涨;央行:保持流动性合理充裕;新能源车销量再创新高',
    '城市财经日报 2025-03-04 06:30',
    '本报编辑 王明 李华',
    'NO.1 隔夜市场',
    '美股三大指数集体收涨,道指涨0.3%,纳指涨0.5%,科技股多数上涨,中概股涨跌互现。',
    '国际油价小幅上涨,美油合约涨0.4%,布油合约涨0.3%。',
    'NO.2 央行表态',
    '央行有关负责人昨日表示,将保持流动性合理充裕,引导融资成本稳中有降。',
  ].join('\n\n');

  it('reads one item a numbered head, the headline and meta lines over them being no story', () => {
    const blocks = blocksFromText(page);
    const seg = segment(blocks);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 4))).toEqual(['美股三大', '央行有关']);
    expect(seg.articles[0]?.paragraphs).toHaveLength(2);
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps a story whose lead paragraph sits over a date line one story', () => {
    const story = [
      '城市新能源车销量再创新高,一季度同比增长三成',
      '城市财经日报 2025-03-04 06:30',
      '本报编辑 王明',
      '一季度本市新能源车销量同比增长三成,创历史新高,充电桩建设同步提速。',
      '业内人士表示,销量增长得益于新车型集中上市和以旧换新政策。',
    ];
    expect(text(story.join('\n\n')).articles).toHaveLength(1);
  });
});

describe('a keywords label over its words', () => {
  it('keeps an untitled article with an abstract, keywords and a numbered section one story opened by its abstract', () => {
    const page = [
      '摘要:本文讨论城市报纸如何做好社区新闻。社区新闻的关键在于贴近居民,讲好身边的故事,并及时回应读者关切。',
      '关键词:',
      '社区新闻 报纸 读者',
      '对城市报纸而言,社区新闻是联系读者的重要纽带,近年来各报纷纷加大投入,开设专版专栏。',
      '一、社区新闻如何贴近居民',
      '记者要走进街巷,与居民面对面交流,从日常生活中发现有价值的线索,而不是坐在办公室里等待通稿。',
      '那么,怎样才能发现好线索呢?',
      '1. 多走多看。记者每周应安排固定时间走访社区,记录居民反映的问题,并跟进有关部门的处理情况。',
    ];
    const seg = text(page.join('\n\n'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^摘要/);
    expect(seg.articles[0]?.headline).not.toBe('社区新闻 报纸 读者');
  });
});
