// Layouts met in the fifty-eighth held-out round of issue #19 (a twenty-sixth unchosen sample): a news-from-every-
// state column whose items open with a town and a colon under the column's compilation credit, the state names not
// in the text, under a bare price line of the site's subscription offer; a newsletter's digest whose items are set
// after a bullet, a short title and a colon under a section label. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { isOfferLine } from '../../../lib/segment/offer-lines';

const page = (lines: string[]) => segment(blocksFromText(lines.join('\n\n')));

const items = [
  'Riverton: The county board voted this week to close two rural branch libraries at the end of the year, citing falling visits and the cost of repairs. Residents said they would petition to keep them open.',
  'Maple Falls: A spring flood washed out the only road to the ski area, and crews expect repairs to take most of the summer. The resort said it would run a shuttle from the valley in the meantime.',
];

describe('a column of items each opened by a town and a colon, under a compilation credit', () => {
  it('reads each item as a story of its own, the town as its dateline', () => {
    const seg = page(['Pie contests, lost dogs, new bridges: News from around our states', 'From staff and wire reports', ...items]);
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles.map((a) => a.dateline?.place)).toEqual(['Riverton', 'Maple Falls']);
    expect(seg.articles[0]!.paragraphs[0]!.startsWith('The county board voted')).toBe(true);
    expect(seg.articles[1]!.paragraphs[0]!.startsWith('A spring flood washed out')).toBe(true);
  });

  it('leaves an interview alone: a speaker who comes back is no town', () => {
    const turns = [
      'Smith: We had been told for months that the plant would stay open, and then the letters came on a Friday afternoon with no warning at all.',
      'Jones: The company says the market changed, but the workers want to know why nobody at the plant was asked about it before the decision.',
      'Smith: Nobody asked us anything, and now the town has to work out how to keep its school and its clinic running without the wages.',
    ];
    const seg = page(['Plant closure: voices from the floor, from staff and wire reports', ...turns]);
    expect(seg.articles.every((a) => !a.dateline?.place)).toBe(true);
  });

  it('reads no item and no headline in the price line of a subscription offer', () => {
    expect(isOfferLine('As low as $4.99 per Month.')).toBe(true);
    expect(isOfferLine('Tickets cost $4.99 per month for students who register before the season opens.')).toBe(false);
    const seg = page(['Track scores Weather Your questions answered', 'As low as $4.99 per Month.', 'Pie contests, lost dogs, new bridges: News from around our states', 'From staff and wire reports', ...items]);
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '']);
  });
});

describe('a digest of bulleted items, each a short title and a colon over its text', () => {
  const digest = [
    '每日新闻 | 3条',
    '国内新闻',
    '• 南方多地迎来强降雨:气象部门周日发布暴雨橙色预警,称未来三天南方多地将有大到暴雨。部分河流水位上涨,当地已提前转移低洼地带居民,并加强巡查。',
    '• 新一批高铁线路开通:铁路部门宣布,连接西部两座省会城市的高铁将于下月开通运营,全程用时缩短至三小时以内。沿线车站已完成验收,票价方案同步公布。',
  ];

  it('reads each item as a story headed by its title', () => {
    const seg = page(digest);
    expect(seg.articles.map((a) => a.headline)).toEqual(['南方多地迎来强降雨', '新一批高铁线路开通']);
    expect(seg.articles[1]!.paragraphs[0]!.startsWith('铁路部门宣布')).toBe(true);
  });

  it("leaves a story's bulleted points of a field name each alone", () => {
    const points = [
      '市文化馆下月举办书画展',
      '市文化馆昨日宣布,下月将举办本地书画家作品展,展出作品两百余幅,市民可免费参观。',
      '• 时间:下月一日至十五日,每日上午九时至下午五时,周一闭馆,节假日照常开放,请市民合理安排参观时间并提前预约。',
      '• 地点:市文化馆一楼展厅,乘坐公交车在文化馆站下车即到,馆内不设停车位,建议市民绿色出行,展厅内请勿拍照和喧哗。',
    ];
    const seg = page(points);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe('市文化馆下月举办书画展');
  });
});
