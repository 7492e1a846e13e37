// Layouts met in the fiftieth held-out round of issue #19 (an eighteenth unchosen sample): a tag listing whose items
// print their headline again under the summary as the link, a news list of headless summaries each under its date
// lines, and a feature whose title line stands over its first "name:phrase" section head. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const page = (lines: string[]) => text(lines.join('\n\n'));

describe('a listing whose items print their headline again under the summary', () => {
  const listing = [
    'Harbor town approves new ferry schedule for the summer',
    'The harbor board voted on Monday to add two evening crossings to the island ferry from June, answering complaints from commuters who work late shifts on the mainland.',
    'Harbor town approves new ferry schedule for the summer',
    'Bakery on Main Street to expand into former bank building',
    'A family bakery that opened a decade ago will move into the empty bank building next door, doubling its kitchen and adding a small café with twenty seats.',
    'Bakery on Main Street to expand into former bank building',
    'County fair adds livestock barn after record entries last year',
    'Organisers of the county fair said a new barn will house the extra animals after entries rose by a third, and the fair will open a day earlier to show them.',
    'County fair adds livestock barn after record entries last year',
  ];

  it('reads each headline over its summary as a story, the repeated line its link', () => {
    const seg = page(listing);
    expect(seg.articles.map((a) => a.headline)).toEqual([listing[0], listing[3], listing[6]]);
    expect(seg.articles.map((a) => a.paragraphs.length)).toEqual([1, 1, 1]);
  });

  it('leaves a line repeated in the middle of an item’s text alone (no next headline under it)', () => {
    const story = [
      'Harbor town approves new ferry schedule for the summer',
      'The harbor board voted on Monday to add two evening crossings to the island ferry from June, answering complaints from commuters.',
      'Harbor town approves new ferry schedule for the summer',
      'The new crossings will leave the harbor at seven and at nine, and the board will review the numbers of riders at the end of August.',
    ];
    const seg = page(story);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.paragraphs.join(' ')).toMatch(/seven and at nine/);
  });
});

describe('a news list of headless summaries each under its date lines', () => {
  const list = [
    'School Boards',
    '3/15/2013',
    '3/15/2013',
    'The district school committee voted on Wednesday to replace its bus routes with a plan that lets more pupils attend schools closer to home.',
    '3/15/2013',
    'A retired superintendent has endorsed a candidate for the board for the first time in three decades, and not one he worked with.',
    '3/14/2013',
    '3/14/2013',
    'After two hours in a closed meeting on Tuesday night, the board said it was not ready to name an interim superintendent.',
    '3/13/2013',
    'The board of education is weighing twenty-five job cuts to close a gap of $1.5 million between spending and revenue next year.',
  ];

  it('reads each summary as a headless story, the dates and the label no story', () => {
    const seg = page(list);
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles.every((a) => a.headline === '')).toBe(true);
    expect(seg.articles[3]!.paragraphs[0]).toMatch(/^The board of education is weighing/);
    expect(seg.rubrics).toContain('School Boards');
  });

  it('keeps a timeline whose dated sections run forward in time one story', () => {
    const timeline = [
      'How the school closures unfolded',
      '3/13/2013',
      'The board of education weighed twenty-five job cuts to close a gap of $1.5 million between spending and revenue.',
      '3/14/2013',
      'After two hours in a closed meeting, the board said it was not ready to name an interim superintendent for the schools.',
      '3/15/2013',
      'The committee voted to replace its bus routes with a plan that lets more pupils attend schools closer to home.',
    ];
    expect(page(timeline).articles).toHaveLength(1);
  });
});

describe('a feature’s title line over its first “name:phrase” section head', () => {
  const feature = [
    '跟着他们一起看山 当地质学家有多酷',
    '李四光:地质工作要走在前面',
    '李四光(1889年-1971年),著名地质学家,我国现代地质学的奠基人之一,长期从事地质力学研究。',
    '他常对学生说,地质工作者要多跑野外,要用自己的脚去量大地。',
    '黄汲清:找矿要靠理论指导',
    '黄汲清(1904年-1995年),著名地质学家,中国科学院院士,长期从事大地构造和石油地质研究。',
    '他说,找矿不能只靠运气,要靠理论的指导和长期的积累。',
  ];

  it('heads the story with the title, the head the text’s first section', () => {
    const seg = page(feature);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe(feature[0]);
    expect(seg.articles[0]!.paragraphs[0]).toBe(feature[1]);
  });

  it('leaves a kicker over a "place:phrase" headline alone where no such head stands in the text', () => {
    const report = [
      '群发农讯短信 服务科学种田',
      '江西宜丰:短信指导春耕',
      '近日,宜丰县一万多名种粮农民的手机都收到了县农讯办发送的科学种田短信,内容涉及抛秧和除草。',
      '宜丰县农业局说,农讯短信已覆盖全县两百多个行政村。',
    ];
    const seg = page(report);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe(report[1]);
  });
});
