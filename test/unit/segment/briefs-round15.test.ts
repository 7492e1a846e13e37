// Layouts met in the fifteenth held-out round of issue #19 that the first pass left open: bulleted headlines of
// which one closes with a full stop, a gallery's title and standfirst over the count of its pictures, and a
// gallery numbered from "1/" under a lead picture, key points and an introduction; a wire summary whose every
// headline is run onto the end of the paragraph before it. The texts are written here in those layouts.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { expectExactSourceMaps, segmentHtml } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('a brief of bulleted headlines, one closed by a full stop', () => {
  it('reads the stopped bulleted line as a headline like its siblings', () => {
    const page = [
      '早上好。今天的简报关注水患、选举和一场音乐节。以下是今天值得关注的新闻:',
      '• 南方多省遭遇暴雨洪灾。',
      '连日暴雨使南方多个省份的河流水位超过警戒线,当局已经疏散了数万名居民,并在低洼地区设立了临时安置点。',
      '气象部门预计降雨还将持续三天,提醒居民远离河道和山坡。',
      '• 议会选举进入最后一周',
      '各主要政党的候选人在全国各地举行集会,争取尚未作出决定的选民,民调显示两大政党的支持率非常接近。',
      '选举委员会表示,今年的提前投票人数创下了历史新高。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['南方多省遭遇暴雨洪灾。', '议会选举进入最后一周']);
  });

  it('leaves a bulleted list of stopped points inside its story', () => {
    const page = [
      '• 市政府公布新的公交计划',
      '市政府周一公布了新的公交计划,计划的要点如下,市民可以在下个月之前提出意见和建议。',
      '• 新增十条公交线路。',
      '• 夜班车延长到凌晨两点。',
      '• 老年人乘车免费。',
      '交通局表示,计划将在明年一月开始实施,所需资金已经列入预算。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a gallery whose standfirst stands over the count of its pictures', () => {
  it('reads the title and standfirst as the gallery\'s, not as a story', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = [
      '<html><head><title>Pictures of the Week: May 3 - 10</title></head><body>',
      p('This browser is no longer supported. Please switch to a newer one.'),
      p('Image: Lanterns over a harbour'),
      '<main>',
      p('Pictures of the Week'),
      '<h1>Pictures of the Week: May 3 - 10</h1>',
      p('Floods sweep through river towns, a comet lights the northern sky, runners brave the heat in a desert race and more.'),
      p('/ 24 PHOTOS'),
      p('Image: Flooded main street'),
      p('Residents wade through a flooded street in a river town after days of heavy rain on May 4, 2019.'),
      p('Jane Smith / Reuters'),
      p('Image: Comet over a lake'),
      p('A comet crosses the night sky above a frozen lake in the north of the country on May 6.'),
      p('Observers said it was the brightest comet seen from the region in more than twenty years.'),
      p('Tom Berg / AP'),
      p('Image: Runners in the desert'),
      p('Runners cross the dunes during the third stage of a six-day desert race on May 8, as temperatures passed 40 degrees.'),
      p('Ana Ruiz / AFP'),
      '</main></body></html>',
    ].join('\n');
    const { seg } = segmentHtml(html);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 20))).toEqual(['Residents wade throu', 'A comet crosses the ', 'Runners cross the du']);
  });
});

describe('a gallery numbered from its first counter', () => {
  it('reads the lead picture, key points and introduction above "1/" as the gallery\'s framing, not as stories', () => {
    const page = [
      'Photos',
      '10 striking pictures from this week',
      'harbour lights',
      'Lanterns float over the harbour during the spring festival in the old port town on April 2, 2021.',
      'Jane Smith/Reuters',
      'Arrow pointing left An arrow facing left, which often means "go back." Arrow pointing right An arrow facing right, which often means "go on."',
      '• This week brought floods, a royal wedding and a comet that lit up the northern sky.',
      '• Here are the most striking pictures from the week.',
      'This week the news moved from flooded river towns to a desert race where runners braved record heat.',
      'See the most striking pictures of the week:',
      '1/',
      'Residents waded through flooded streets in river towns after days of heavy rain, and hundreds of families spent the night in school halls.',
      'A flooded main street on April 4, 2021.',
      'Tom Berg/AP',
      '2/',
      'A comet crossed the night sky above a frozen lake in the north, the brightest seen from the region in twenty years.',
      'The comet over the lake on April 6, 2021.',
      'Ana Ruiz/AFP',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 20))).toEqual(['Residents waded thro', 'A comet crossed the ']);
  });
});

describe('a summary whose headlines are run onto the paragraph before them', () => {
  const page = [
    'Following is a summary of current world news briefs. Floods force thousands from river towns in the south',
    'Rising rivers forced thousands of people from their homes on Sunday as days of heavy rain flooded towns across the south. Officials said schools would stay closed for the week. Talks on the new trade deal stall over farm subsidies',
    'Negotiators failed on Sunday to agree on farm subsidies, the last open question of a trade deal two years in the making. Both sides said they would meet again next month. Comet lights up northern skies for the first time in decades',
    'A comet crossed the night sky above the north on Sunday, the brightest seen from the region in more than twenty years, astronomers said.',
  ];
  it('splits each run-on headline off and heads its item with it', () => {
    const blocks = blocksFromText(page.join('\n\n'));
    const seg = segment(blocks);
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'Floods force thousands from river towns in the south',
      'Talks on the new trade deal stall over farm subsidies',
      'Comet lights up northern skies for the first time in decades',
    ]);
    expect(seg.articles[0]?.paragraphs.at(-1)).toMatch(/stay closed for the week\.$/);
    expectExactSourceMaps(seg, blocks);
  });

  it('leaves a story alone whose one paragraph ends without a stop', () => {
    const story = [
      'Rising rivers forced thousands of people from their homes on Sunday as days of heavy rain flooded towns across the south.',
      'Officials said schools would stay closed for the week. More rain is expected on Tuesday in the hills',
      'The weather service said the rivers would not fall before the weekend, and asked people to keep away from the banks.',
      'Volunteers filled sandbags through the night in the lower town, where the water reached the market square.',
    ];
    expect(segment(blocksFromText(story.join('\n\n'))).articles).toHaveLength(1);
  });
});
