// Pages written the way real sites and e-papers publish them (test/fixtures/pages/): one story must stay one
// story under its own headline, a page of stories must split where the paper splits, and datelines and
// bylines must be read into their fields and kept out of the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import type { Block, Segmentation } from '../../../lib/types';
import { expectExactSourceMaps, segmentHtml } from './helpers';

const page = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/pages', name), 'utf8');

function load(name: string): { blocks: Block[]; seg: Segmentation } {
  if (name.endsWith('.txt')) {
    const blocks = blocksFromText(page(name));
    return { blocks, seg: segment(blocks) };
  }
  return segmentHtml(page(name));
}

/** Nothing a byline or dateline put in front of the text is left in any paragraph. */
function expectCleanParagraphs(seg: Segmentation, leftovers: RegExp): void {
  for (const a of seg.articles) for (const p of a.paragraphs) expect(p, p.slice(0, 40)).not.toMatch(leftovers);
}

describe('byline set as two spans (name, job title) with no space between them', () => {
  const { blocks, seg } = load('bbc-spans-byline.html');
  const a = seg.articles[0];

  it('is one story under its h1, the byline read and out of the text', () => {
    expect(seg.articles).toHaveLength(1);
    expect(a?.headline).toBe('Interest rates held as inflation eases');
    expect(a?.byline?.authors).toEqual(['Faisal Islam']);
    expect(a?.paragraphs).toHaveLength(5);
    expect(a?.paragraphs[0]?.startsWith('The Bank of England has kept interest rates')).toBe(true);
    expect(a?.paragraphs[4]?.startsWith('Borrowers on tracker mortgages')).toBe(true);
    expectCleanParagraphs(seg, /Faisal|Economics editor/);
    expect(JSON.stringify(seg)).not.toMatch(/Related|Inflation explained|Copyright/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('national daily article page: kicker h3, headline h1, deck h2, byline line', () => {
  const { blocks, seg } = load('renmin-kicker-deck.html');
  const a = seg.articles[0];

  it('keeps the kicker with the story (not a page banner) and the deck as subheadline', () => {
    expect(seg.articles).toHaveLength(1);
    expect(a?.headline).toBe('一季度重大项目开工率同比提高');
    expect(a?.subheadline).toBe('投资结构持续优化，制造业投资增长较快');
    expect(seg.rubrics).toEqual([]);
  });

  it('reads the byline line and the dateline and keeps both out of the text', () => {
    expect(a?.dateline).toEqual({ source: '本报', place: '北京', date: '3月15日', kind: '电' });
    expect(a?.byline?.reporters).toEqual(['王浩']);
    expect(a?.paragraphs).toHaveLength(3);
    expect(a?.paragraphs[0]?.startsWith('记者从国家发展改革委获悉')).toBe(true);
    expect(a?.paragraphs[2]?.startsWith('国家发展改革委有关负责人表示')).toBe(true);
    expectCleanParagraphs(seg, /本报记者|本报北京|责编/);
    expectExactSourceMaps(seg, blocks);
  });

  it("as the paper's e-paper prints it: title only the paper's name, an empty deck, the print source line", () => {
    const html = page('renmin-kicker-deck.html')
      .replace(/<title>[^<]*<\/title>/, '<title>人民日报</title>')
      .replace(/<h2 class="sub">[^<]*<\/h2>/, '<h2></h2>')
      .replace(/<p class="edit">[^<]*<\/p>/, '<p>　　《 人民日报 》（ 2023年03月16日 01 版）</p>');
    const { seg: s } = segmentHtml(html);
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]?.headline).toBe('一季度重大项目开工率同比提高');
    expect(s.articles[0]?.subheadline).toBe('推动高质量发展迈出新步伐');
    expect(s.articles[0]?.paragraphs).toHaveLength(3);
    expect(JSON.stringify(s)).not.toContain('01 版');
  });

  it('with no deck, the kicker is the subheadline', () => {
    const html = page('renmin-kicker-deck.html').replace(/<h2 class="sub">[^<]*<\/h2>/, '');
    const { seg: s } = segmentHtml(html);
    expect(s.articles[0]?.headline).toBe('一季度重大项目开工率同比提高');
    expect(s.articles[0]?.subheadline).toBe('推动高质量发展迈出新步伐');
    expect(s.rubrics).toEqual([]);
  });
});

interface Expected {
  headline: string;
  subheadline?: string | null;
  dateline?: unknown;
  byline?: Record<string, string[]> | null;
  paragraphs: number;
  first: string;
  last: string;
  continuesTo?: string | null;
  photo?: boolean;
}

/** One story as a reader checks it: headline, deck, dateline, byline, and where its text starts and ends. */
function expectStory(a: Segmentation['articles'][number] | undefined, e: Expected): void {
  expect(a, e.headline).toBeDefined();
  if (!a) return;
  expect(a.headline).toBe(e.headline);
  if (e.subheadline !== undefined) expect(a.subheadline).toBe(e.subheadline);
  expect(a.dateline).toEqual(e.dateline ?? null);
  if (e.byline === null) expect(a.byline).toBeNull();
  else if (e.byline) expect(a.byline).toMatchObject(e.byline);
  expect(a.paragraphs, e.headline).toHaveLength(e.paragraphs);
  expect(a.paragraphs[0]?.startsWith(e.first), a.paragraphs[0]).toBe(true);
  expect(a.paragraphs[a.paragraphs.length - 1]?.startsWith(e.last), a.paragraphs[a.paragraphs.length - 1]).toBe(true);
  if (e.continuesTo !== undefined) expect(a.continuesTo).toBe(e.continuesTo);
  if (e.photo !== undefined) expect(a.photo).toBe(e.photo);
}

const BEN_BAO_XUN = { source: '本报', place: null, date: null, kind: '讯' };

describe('news agency article page: info line, 新华社…电（记者 A、B）, （完）, editor line, related links', () => {
  const { blocks, seg } = load('xinhuanet-info.html');

  it('is one story with the agency dateline and both reporters, and no page furniture', () => {
    expect(seg.articles).toHaveLength(1);
    expectStory(seg.articles[0], {
      headline: '全国春播粮食面积稳中有增',
      subheadline: null,
      dateline: { source: '新华社', place: '北京', date: '3月15日', kind: '电' },
      byline: { reporters: ['张三', '李四'] },
      paragraphs: 4,
      first: '记者15日从农业农村部获悉',
      last: '下一步，农业农村部将密切关注天气变化',
    });
    expect(seg.articles[0]?.paragraphs[3]?.endsWith('全力抓好春播生产。')).toBe(true);
    expect(JSON.stringify(seg)).not.toMatch(/来源：新华网|责任编辑|相关新闻|多地加快高标准农田建设|Copyright/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('news app article page: reporter and time/source lines in a news_about box', () => {
  const { blocks, seg } = load('thepaper-news-about.html');

  it('is one story headlined by the h1 (not the title with its channel and site names), with its reporter', () => {
    expect(seg.articles).toHaveLength(1);
    expectStory(seg.articles[0], {
      headline: '上海今年将新增公共充电桩1万个',
      dateline: null,
      byline: { reporters: ['王五'] },
      paragraphs: 4,
      first: '记者从上海市交通委获悉',
      last: '此外，上海还将完善充电设施信息平台',
    });
    expect(JSON.stringify(seg)).not.toMatch(/澎湃新闻记者|来源：澎湃新闻|责任编辑|关键词|ICP/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('e-paper page with headlines in <strong>/<b> and every kind of opening line', () => {
  const { blocks, seg } = load('epaper-bold-heads.html');
  const [metro, lifts, street, canteen, photo, parks, safety] = seg.articles;

  it('splits into the seven stories the paper prints', () => {
    expect(seg.articles.map((a) => a.headline)).toEqual([
      '地铁5号线南延段开通试运营',
      '老旧小区加装电梯今年再添300部',
      '百年老街换新颜',
      '社区食堂开到家门口',
      '春日赏花正当时',
      '全市新建口袋公园50个',
      '“护苗”行动守护学生平安',
    ]);
  });

  it('reads 本报讯, bracketed bylines, ■记者 and 文/图 lines, and keeps them out of the text', () => {
    expectStory(metro, { headline: '地铁5号线南延段开通试运营', dateline: BEN_BAO_XUN, byline: null, paragraphs: 2, first: '昨日上午，地铁5号线南延段', last: '据介绍，南延段沿线' });
    expectStory(lifts, {
      headline: '老旧小区加装电梯今年再添300部',
      dateline: BEN_BAO_XUN,
      byline: { reporters: ['陈刚'], correspondents: ['刘芳'] },
      paragraphs: 2,
      first: '记者昨日从市住建局获悉',
      last: '市住建局相关负责人表示',
    });
    expectStory(street, { headline: '百年老街换新颜', subheadline: null, byline: { reporters: ['周敏'] }, paragraphs: 2, first: '青石板路重新铺就', last: '老街改造坚持' });
    expectStory(canteen, {
      headline: '社区食堂开到家门口',
      subheadline: null,
      byline: { reporters: ['孙丽'], photographers: ['孙丽'] },
      paragraphs: 2,
      first: '中午11点半',
      last: '目前，全市已建成社区食堂86家',
    });
    expectCleanParagraphs(seg, /^本报讯|^■|文\/图|记者 \S+ 摄|通讯员 刘芳/);
  });

  it('reads the photo story, the jump to page 3 and a credit naming two photographers', () => {
    expectStory(photo, { headline: '春日赏花正当时', byline: { photographers: ['吴军'] }, paragraphs: 1, first: '近日气温回升', last: '近日气温回升', photo: true });
    expect(photo?.paragraphs[0]?.endsWith('市民在樱花大道赏花拍照。')).toBe(true);
    expectStory(parks, { headline: '全市新建口袋公园50个', dateline: BEN_BAO_XUN, byline: { reporters: ['郑红'] }, paragraphs: 2, first: '记者从市园林局获悉', last: '市园林局表示', continuesTo: '第3版' });
    expect(parks?.truncated).toBe(false);
    // The credited line under the report is its photo's caption ("…过马路。 记者 李强 通讯员 黄华 摄"): a fragment, its
    // photographers the story's, not a paragraph of the report.
    expectStory(safety, { headline: '“护苗”行动守护学生平安', dateline: BEN_BAO_XUN, byline: { photographers: ['李强', '黄华'] }, paragraphs: 1, first: '新学期以来', last: '新学期以来', photo: false });
    expect(safety?.fragments).toContain('3月13日，民警在实验小学门口护送学生过马路。');
    expect(JSON.stringify(seg)).not.toMatch(/第A01版|版权所有|下转/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('e-paper page laid out in <table> cells', () => {
  const { blocks, seg } = load('epaper-table.html');

  it('gives four stories, headlined by the bt cells and the cell set in large bold type', () => {
    expect(seg.articles.map((a) => a.headline)).toEqual(['县域经济提质增效成绩单亮眼', '农产品加工业产值突破千亿', '外贸进出口实现“开门红”', '小微企业贷款余额同比增长两成']);
    expect(seg.articles.map((a) => a.subheadline)).toEqual([null, null, null, null]);
    expect(seg.rubrics).toEqual(['第03版：经济新闻']);
  });

  it('splits each body cell at its double <br> and reads each opening', () => {
    const [county, farm, trade, loans] = seg.articles;
    expectStory(county, { headline: '县域经济提质增效成绩单亮眼', dateline: BEN_BAO_XUN, byline: { reporters: ['韩冰'] }, paragraphs: 2, first: '记者从市发改委获悉', last: '今年，我市将继续实施' });
    expectStory(farm, { headline: '农产品加工业产值突破千亿', dateline: BEN_BAO_XUN, byline: { reporters: ['钱进'], correspondents: ['冯涛'] }, paragraphs: 2, first: '昨日，记者从市农业农村局了解到', last: '全市已培育国家级' });
    expectStory(trade, { headline: '外贸进出口实现“开门红”', dateline: { source: '本报', place: null, date: '3月14日', kind: '讯' }, byline: { reporters: ['吕明'] }, paragraphs: 2, first: '据海关统计', last: '机电产品和农产品出口' });
    expectStory(loans, { headline: '小微企业贷款余额同比增长两成', dateline: BEN_BAO_XUN, byline: null, paragraphs: 2, first: '记者从人民银行市中心支行获悉', last: '普惠小微贷款' });
    expect(JSON.stringify(seg)).not.toMatch(/上一版|版面导航|ICP/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('English page of a Chinese daily: "By NAME in CITY | Paper | Updated: …"', () => {
  const { blocks, seg } = load('chinadaily-en.html');

  it('is one story with its writer, and no info, editor or related lines', () => {
    expect(seg.articles).toHaveLength(1);
    expectStory(seg.articles[0], {
      headline: 'Spring sowing gathers pace across nation',
      dateline: null,
      byline: { authors: ['ZHANG YI'] },
      paragraphs: 5,
      first: 'Farmers across China have sown',
      last: 'The country aims to keep annual grain output',
    });
    expect(JSON.stringify(seg)).not.toMatch(/Updated:|Editor: Li Hua|Most Viewed|Tourism rebounds|Copyright/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('wire agency story: capitalised byline with the agency, CITY (AP) — dateline, contributor line', () => {
  const { blocks, seg } = load('ap-story.html');

  it('reads the dateline, the writer and the contributor, and keeps them out of the text', () => {
    expect(seg.articles).toHaveLength(1);
    expectStory(seg.articles[0], {
      headline: 'Subway ridership in New York climbs back toward pre-pandemic levels',
      dateline: { source: 'AP', place: 'NEW YORK', date: null, kind: 'wire' },
      byline: { authors: ['JANE DOE'], reporters: ['John Roe'] },
      paragraphs: 4,
      first: "More people are riding New York City's subways",
      last: 'The agency still faces a budget gap',
    });
    expect(JSON.stringify(seg)).not.toMatch(/Associated Press writer|Updated 6:41|All Rights Reserved/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('British daily story: standfirst, rel=author byline with a job title, captioned figure', () => {
  const { blocks, seg } = load('guardian-standfirst.html');
  const a = seg.articles[0];

  it('takes the standfirst as subheadline and the linked name as the author', () => {
    expect(seg.articles).toHaveLength(1);
    expectStory(a, {
      headline: 'Wind farms supplied record share of UK power in winter',
      subheadline: "Turbines generated almost a third of Britain's electricity between December and February, grid operator says",
      dateline: null,
      byline: { authors: ['Jane Doe'], photographers: ['John Roe'] },
      paragraphs: 4,
      first: 'Wind farms generated a record share',
      last: 'Industry groups said the figures',
    });
  });

  it('keeps the meta line, the caption and its credit out of the paragraphs', () => {
    expectCleanParagraphs(seg, /GMT|Photograph|Norfolk|Energy correspondent/);
    expect(a?.fragments).toEqual(['Turbines off the coast of Norfolk.']);
    expect(JSON.stringify(seg)).not.toMatch(/More on this story|Offshore wind auction/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('live page of <article class="post"> items', () => {
  const { blocks, seg } = load('liveblog-posts.html');

  it('gives one story per post, under its h2, without the time stamps', () => {
    expect(seg.articles.map((a) => a.headline)).toEqual(['Fuel duty frozen for another year', 'Growth forecast raised as recession avoided', 'Minister arrives in parliament']);
    expect(seg.articles.map((a) => a.paragraphs.length)).toEqual([2, 2, 1]);
    expect(seg.articles[0]?.paragraphs[0]?.startsWith('The minister confirmed that fuel duty')).toBe(true);
    expect(seg.articles[2]?.paragraphs[0]?.startsWith('The finance minister has arrived')).toBe(true);
    expectCleanParagraphs(seg, /^\d{1,2}:\d{2}$/);
    expect(seg.rubrics).toContain('Budget day 2023: live updates');
    expectExactSourceMaps(seg, blocks);
  });
});

describe('page whose <title> is only the site name', () => {
  const { blocks, seg } = load('sitename-title.html');

  it('is headlined by the h1 and reads the author off the meta line', () => {
    expect(seg.articles).toHaveLength(1);
    expectStory(seg.articles[0], {
      headline: '城区新增3条夜间公交线路',
      subheadline: null,
      dateline: null,
      byline: { authors: ['张敏'] },
      paragraphs: 3,
      first: '为方便市民夜间出行',
      last: '市公交公司负责人表示',
    });
    expect(JSON.stringify(seg)).not.toMatch(/发布时间|首页|大家都在看|植树|ICP/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('plain-text e-paper dump: headlines followed by 本报讯 or a 记者 line', () => {
  const { blocks, seg } = load('epaper-dump.txt');

  it('splits into the four stories with their datelines and bylines', () => {
    expect(seg.articles).toHaveLength(4);
    const [projects, farmland, schools, museum] = seg.articles;
    expectStory(projects, { headline: '全省一季度新开工项目超千个', dateline: BEN_BAO_XUN, byline: null, paragraphs: 2, first: '记者从省发展改革委获悉', last: '从行业看' });
    expectStory(farmland, { headline: '高标准农田建设加快推进', dateline: null, byline: { reporters: ['马骏'] }, paragraphs: 3, first: '春耕时节', last: '“以前浇一次地要两三天' });
    expectStory(schools, { headline: '乡村学校用上“空中课堂”', dateline: BEN_BAO_XUN, byline: { reporters: ['谢红'], correspondents: ['段磊'] }, paragraphs: 2, first: '日前，全省最后一批乡村小学', last: '通过同步课堂' });
    expectStory(museum, { headline: '省博物馆新展开幕', dateline: { source: '本报', place: null, date: '3月14日', kind: '讯' }, byline: { reporters: ['邵丹'] }, paragraphs: 2, first: '“丝路遗珍”文物特展', last: '展览将持续至6月底' });
    expectExactSourceMaps(seg, blocks);
  });
});
