// Layouts met in the forty-ninth held-out round of issue #19 (a seventeenth unchosen sample): a county round-up that
// names each item's place in capitals inside its one paragraph, a tag page of one writer's reports whose teasers the
// site cut, and an e-paper column of headlined items under its print source line. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const page = (lines: string[]) => text(lines.join('\n\n'));

describe('a round-up naming each item’s place in capitals inside its paragraph', () => {
  const roundup = [
    'County Notes',
    'Notes From Around the State - May 2, 2022',
    'A volunteer crew in HARLOW COUNTY rebuilt the footbridge over Mill Creek in two weekends, the county paper reported. The old bridge had been closed since the spring floods.',
    'Officials in NORTH BEND COUNTY approved a plan to keep the public library open on Sundays through the summer. The change will cost about $40,000, paid from a state grant.',
    'The BIRCH COUNTY sheriff’s office has begun lending car seats to families who cannot afford them. Deputies are trained to fit the seats and check them once a year.',
  ];

  it('opens an item at each named paragraph', () => {
    const seg = page(roundup);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[1]!.paragraphs[0]).toMatch(/^Officials in NORTH BEND COUNTY/);
    expect(seg.articles[2]!.paragraphs[0]).toMatch(/^The BIRCH COUNTY sheriff/);
  });

  it('keeps one story that names the same body in capitals in each paragraph', () => {
    const story = [
      'Council weighs new budget',
      'The HARLOW COUNTY council met on Tuesday to weigh a budget that cuts road spending by a tenth and adds two deputies to the sheriff’s office.',
      'Members of the HARLOW COUNTY council said the cuts would fall mostly on repaving, which the county has put off for three years in a row.',
      'A final vote by the HARLOW COUNTY council is expected next month, after a public hearing on the plan at the courthouse.',
    ];
    expect(page(story).articles).toHaveLength(1);
  });
});

describe('a tag page of one writer’s reports, each title printed twice over a teaser the site cut', () => {
  it('reads each title over its teaser as a story, though the reports share their words', () => {
    const tag = [
      'Week 4 Budget Session: Long Nights on the Floor',
      'Week 4 Budget Session: Long Nights on the Floor',
      'This week marked the passing of the second deadline. Monday saw legislators on the floor past midnight. Friday’s deadline meant that all bills not heard on the floor in their chamber of origin...',
      'Week 3 Budget Session: Bills Reach the Floor',
      'Week 3 Budget Session: Bills Reach the Floor',
      'This week was spent hearing bills that passed through committee and reached the floor to be voted on by the whole chamber of origin. Bills that passed through committee by Thursday are now waiting to be heard on the floor...',
      'Week 2 Budget Session: Committee Deadline',
      'Week 2 Budget Session: Committee Deadline',
      'Last week was a committee deadline week, meaning any bills that did not make it out of their committees are dead. Among them were bills that would have changed how the chamber votes on the floor...',
      'Week 1 Budget Session: Snow and Closed Chambers',
      'Week 1 Budget Session: Snow and Closed Chambers',
      'Week one in the legislature was a frenzy as the chambers opened and closed with the weather. Both chambers were closed Monday, and on Thursday both chambers were back on the floor to hear bills...',
    ];
    const seg = page(tag);
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'Week 4 Budget Session: Long Nights on the Floor',
      'Week 3 Budget Session: Bills Reach the Floor',
      'Week 2 Budget Session: Committee Deadline',
      'Week 1 Budget Session: Snow and Closed Chambers',
    ]);
  });
});

describe('an e-paper column of headlined items under its print source line', () => {
  const column = [
    '某某日报 2020年05月06日 星期三',
    '这周的那些事儿',
    '栏目主持:某某',
    '《 某某日报 》( 2020年05月06日 07 版)',
    '城南书店重新开张',
    '停业三个月的城南书店日前重新开张,店主在门口摆出了两千册旧书,供读者免费取阅。不少老读者一早就来排队。(某某晚报,5月1日)',
    '——书店还在,城就还有温度。',
    '老城墙修缮完工',
    '历时两年的老城墙修缮工程近日完工,修缮后的城墙将于下月起向市民免费开放,每天限流三千人。(某某日报,5月2日)',
    '——修旧如旧,难得。',
  ];

  it('reads each headline under the source line as an item, its quip kept with it', () => {
    const seg = page(column);
    expect(seg.articles.map((a) => a.headline)).toEqual(['城南书店重新开张', '老城墙修缮完工']);
    expect(seg.articles[0]!.paragraphs.join('')).toContain('书店还在');
  });

  it('keeps an article page whose text runs right under the source line as one story', () => {
    const article = [
      '某某日报 2020年05月06日 星期三',
      '城南书店重新开张',
      '《 某某日报 》( 2020年05月06日 07 版)',
      '停业三个月的城南书店日前重新开张,店主在门口摆出了两千册旧书,供读者免费取阅。不少老读者一早就来排队。',
      '店主说,书店能重新开张,离不开街坊们的帮忙。',
      '旧书区',
      '旧书区设在书店二楼,两千册旧书都是附近居民捐出来的,读者可以免费取阅,也可以留下自己的旧书。',
    ];
    expect(page(article).articles).toHaveLength(1);
  });
});
