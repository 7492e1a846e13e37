// Issue #12: a listicle or a commentary with numbered section heads is ONE article under the page's headline, while a
// page of numbered briefs (each closed by its credit, under a section label or an index of its headlines, each under
// its date) still splits. Texts written here; each layout beside the trap it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { countsIn } from '../../../lib/segment/sections';
import { segmentHtml } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('a commentary with numbered section heads', () => {
  const sections = [
    ['1 稳住农业基本盘', '粮食安全是国之大者。要稳定播种面积,提高单产水平,把饭碗牢牢端在自己手中。'],
    ['2 拓宽农民增收渠道', '要发展乡村特色产业,完善联农带农机制,让农民更多分享产业增值收益。'],
    ['3 建设宜居乡村', '要持续改善农村人居环境,补齐基础设施短板,让乡村既有颜值又有气质。'],
  ];
  const lead = ['乡村振兴要抓好三件大事', '本报评论员', '全面推进乡村振兴,是新时代建设农业强国的重要任务。做好今年的工作,要在以下几个方面下功夫。'];
  const close = '乡村振兴是一项长期任务,需要久久为功、善作善成。';

  it('keeps a page text of "1 …" heads under a headline and 本报评论员 as one article', () => {
    const seg = text([...lead, ...sections.flat(), close].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['乡村振兴要抓好三件大事']);
    expect(seg.articles[0]?.paragraphs.join('')).toContain('让乡村既有颜值又有气质');
  });

  it('keeps <h2> and bold-paragraph numbered heads under the page h1 as one article', () => {
    const body = (head: (t: string) => string) =>
      `<h1>${lead[0]}</h1><p>${lead[1]}</p><p>${lead[2]}</p>${sections.map(([h, p]) => `${head(h ?? '')}<p>${p}</p>`).join('')}<p>${close}</p>`;
    for (const head of [(t: string) => `<h2>${t}</h2>`, (t: string) => `<p><strong>${t}</strong></p>`]) {
      const { seg } = segmentHtml(`<html><head><title>${lead[0]}_评论_网站</title></head><body><div class="nav"><a href="/">首页</a></div><div class="article">${body(head)}</div></body></html>`);
      expect(seg.articles.map((a) => a.headline)).toEqual(['乡村振兴要抓好三件大事']);
    }
  });

  it('still splits numbered briefs each closed by its agency credit (the trap)', () => {
    const page = [
      '今日国际要闻',
      '以下是今天国际新闻的要点。',
      '1 南美多国遭遇强降雨',
      '连日暴雨导致多条河流水位上涨,数千人被迫撤离家园,当地政府已启动紧急响应。(法新社)',
      '2 欧洲央行维持利率不变',
      '欧洲央行宣布维持主要再融资利率不变,并表示将继续关注通胀走势。(路透社)',
      '3 东京举办国际机器人展',
      '展会吸引了来自二十多个国家和地区的数百家企业参展,展出各类新型机器人。(共同社)',
    ].join('\n\n');
    expect(text(page).articles.length).toBe(3);
  });
});

describe('an English listicle', () => {
  const items = [
    ['1. Plan your meals', 'Writing a week of dinners down before you shop keeps impulse buys out of the basket and food out of the bin.'],
    ['2. Buy store brands', 'Supermarket own labels are often made in the same factories as the big names and cost a third less.'],
    ['3. Cook in batches', 'A large pot of soup or chili on Sunday becomes several lunches and saves both money and time during the week.'],
  ];
  const page = (intro: string) =>
    `<html><head><title>Three ways to cut your grocery bill | Example</title></head><body><article><h1>Three ways to cut your grocery bill</h1><p>By Alex Kim</p><p>${intro}</p>${items.map(([h, p]) => `<h2>${h}</h2><p>${p}</p>`).join('')}</article></body></html>`;

  it('is one article under its h1, the numbered h2s its sections', () => {
    const { seg } = segmentHtml(page('Food prices keep rising. Here are three habits that help a family spend less each week.'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['Three ways to cut your grocery bill']);
    expect(seg.articles[0]?.paragraphs.join(' ')).toContain('Sunday becomes several lunches');
  });

  it('keeps numbered takeaway paragraphs under a headline naming their count as one article', () => {
    const page = [
      'Council budget vote: Three key takeaways',
      'The city council sat until midnight on Tuesday before it passed next year\'s budget by a single vote.',
      'If you missed the meeting, here is what stood out.',
      '1) Road repairs won the biggest increase. Members agreed to double the repaving fund after a winter of potholes.',
      '2) The library keeps its Sunday hours. A plan to close branches on weekends was dropped after residents packed the hall.',
      '3) Property taxes will rise slightly. The average homeowner will pay about forty dollars more a year.',
    ].join('\n\n');
    expect(text(page).articles.map((a) => a.headline)).toEqual(['Council budget vote: Three key takeaways']);
  });
});

describe('numbered items that are the page\'s stories (traps)', () => {
  it('splits a digest whose numbered headlines are listed as an index above a section label', () => {
    const page = [
      '本周看点(三)',
      '本期内容如下,欢迎阅读。',
      '1、两国领导人举行会谈',
      '2、新一轮降雨将影响南方',
      '国内新闻',
      '1、两国领导人举行会谈',
      '12日,两国领导人在北京举行会谈,双方就深化合作交换了意见,并签署了多项合作文件。',
      '2、新一轮降雨将影响南方',
      '气象部门预计,本周后期南方将出现新一轮强降雨,部分地区雨量较大,需防范次生灾害。',
    ].join('\n\n');
    expect(text(page).articles.length).toBe(2);
  });

  it('reads counts of things in a headline, not years, dates or times', () => {
    expect(countsIn('Four ways to save on energy this winter')).toEqual([4]);
    expect(countsIn('推动高质量发展的四个着力点')).toEqual([4]);
    expect(countsIn('10 Takeaways From the Democratic Debate')).toEqual([10]);
    expect(countsIn('2017年5月3日 上午10点')).toEqual([]);
  });
});
