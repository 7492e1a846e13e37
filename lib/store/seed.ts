// A realistic library of any size for benchmarks and demos, generated deterministically from sentences of
// the sample newspaper page (内蒙古日报, 2023-02-10).
import type { ClipColor, Clipping } from '../clipping';
import { CLIP_COLORS } from '../clipping';
import type { FigureKind, FigureSpan, PlaceLevel, PlaceSpan } from '../types';
import type { LibraryDb } from './db';
import { toStored } from './rows';

interface SeedSentence {
  headline: string;
  text: string;
  figures: [string, FigureKind, number | null, string | null][];
  places: [string, PlaceLevel, string][];
}

const SENTENCES: SeedSentence[] = [
  {
    headline: '去年全区口岸进出境货运量同比增长14.7%',
    text: '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%;全年货运量超预期,实现圆满收官。',
    figures: [['5842.2万吨', 'quantity', 58422000, 't'], ['14.7%', 'percent', 14.7, '%']],
    places: [],
  },
  {
    headline: '去年全区口岸进出境货运量同比增长14.7%',
    text: '甘其毛都口岸领跑中蒙口岸货运量,全年突破1900万吨,占全区货运总量的32.6%。',
    figures: [['1900万吨', 'quantity', 19000000, 't'], ['32.6%', 'percent', 32.6, '%']],
    places: [['甘其毛都口岸', 'feature', '']],
  },
  {
    headline: '2022年我区新增高新技术企业超过340家',
    text: '2022年,全区研发投入稳步增长,全区财政预算安排科技支出51.2亿元,同比增长27%。',
    figures: [['51.2亿元', 'money', 5120000000, 'CNY'], ['27%', 'percent', 27, '%']],
    places: [],
  },
  {
    headline: '去年内蒙古跨境电商进出口规模同比增长5.5倍',
    text: '2022年内蒙古跨境电商发展迅猛,全年纳入海关统计的跨境电商规模达到24.8亿元,同比增长5.5倍。',
    figures: [['24.8亿元', 'money', 2480000000, 'CNY'], ['5.5倍', 'multiple', 5.5, null]],
    places: [['内蒙古', 'province', '150000']],
  },
  {
    headline: '全区多地降雪有效缓解当前旱情',
    text: '其中鄂尔多斯市准格尔旗4.9毫米、乌审旗河南乡4.8毫米、呼和浩特市土默特左旗4.6毫米。',
    figures: [['4.9毫米', 'quantity', 4.9, 'mm'], ['4.8毫米', 'quantity', 4.8, 'mm'], ['4.6毫米', 'quantity', 4.6, 'mm']],
    places: [['鄂尔多斯市', 'prefecture', '150600'], ['准格尔旗', 'county', '150622'], ['乌审旗', 'county', '150626'], ['呼和浩特市', 'prefecture', '150100'], ['土默特左旗', 'county', '150121']],
  },
  {
    headline: '乌拉特中旗19支招商小分队首战告捷',
    text: '共签订、达成意向协议10个,达成意向金额660.19亿元,实现全年招商任务“开门红”。',
    figures: [['10个', 'count', 10, null], ['660.19亿元', 'money', 66019000000, 'CNY']],
    places: [],
  },
  {
    headline: '包头市九原区开展服务企业“面对面”大走访活动',
    text: '包头市“双招双引一优化”动员大会召开后,九原区第一时间安排部署开展服务企业“面对面”大走访活动。',
    figures: [],
    places: [['包头市', 'prefecture', '150200'], ['九原区', 'county', '150207']],
  },
  {
    headline: '我区启动第一批城乡交通运输一体化示范县申报创建',
    text: '获得“自治区城乡交通一体化示范县”称号的旗县,将给予200万元的一次性奖励。',
    figures: [['200万元', 'money', 2000000, 'CNY']],
    places: [],
  },
];

const TAGS = ['口岸', '科技', '招商', '天气', '电商', '交通', '经济', 'trade', 'weather'];
const SITES = ['szb.northnews.cn', 'epaper.example.cn', 'news.example.com'];

/** Small, fast, seeded generator (mulberry32) so every run builds the same library (the benchmarks use it too). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededId(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function spans(s: SeedSentence): { figures: FigureSpan[]; places: PlaceSpan[] } {
  const figures = s.figures.map(([text, kind, value, unit]) => {
    const start = s.text.indexOf(text);
    return { text, kind, value, unit, approx: false, bound: null, start, end: start + text.length };
  });
  const places = s.places.map(([text, level, code]) => {
    const start = s.text.indexOf(text);
    return { text, name: text, level, code: code || null, start, end: start + text.length };
  });
  return { figures, places };
}

/** The i-th generated clipping of a seeded library. */
export function seedClipping(i: number, rand: () => number, start: number): Clipping {
  const s = SENTENCES[Math.floor(rand() * SENTENCES.length)]!;
  const issue = Math.floor(i / 20);
  const site = SITES[issue % SITES.length]!;
  const url = `https://${site}/html/${2023 + Math.floor(issue / 365)}/${String(issue % 365).padStart(3, '0')}/content_${issue}.htm`;
  const tags = rand() < 0.5 ? [TAGS[Math.floor(rand() * TAGS.length)]!] : [];
  const color: ClipColor = CLIP_COLORS[Math.floor(rand() * CLIP_COLORS.length)]!;
  const createdAt = start + i * 3_600_000 + Math.floor(rand() * 1_000_000);
  return {
    id: seededId(rand),
    text: s.text,
    note: rand() < 0.2 ? `Note ${i}: follow up` : '',
    tags,
    color,
    url,
    site,
    pageTitle: `内蒙古日报 第${issue + 1}期`,
    article: {
      headline: `${s.headline}（${issue + 1}）`,
      dateline: { source: '本报', place: null, date: '2月9日', kind: '讯' },
      byline: { reporters: ['高慧'], correspondents: [], interns: [], photographers: [], authors: [] },
    },
    selectors: [{ type: 'TextQuoteSelector', exact: s.text, prefix: '', suffix: '' }],
    ...spans(s),
    createdAt,
    updatedAt: createdAt,
  };
}

/** Fill the library with n generated clippings (same n and seed -> same clippings); returns them. */
export async function seedClippings(db: LibraryDb, n: number, seed = 2260): Promise<Clipping[]> {
  const rand = seededRandom(seed);
  const start = Date.UTC(2023, 0, 1);
  const clippings = Array.from({ length: n }, (_, i) => seedClipping(i, rand, start));
  const articles = new Map<string, { key: string; url: string; site: string; pageTitle: string; headline: string; firstSavedAt: number; lastSavedAt: number }>();
  const rows = clippings.map(toStored);
  for (const r of rows) {
    const a = articles.get(r.articleKey);
    if (a) a.lastSavedAt = Math.max(a.lastSavedAt, r.createdAt);
    else articles.set(r.articleKey, { key: r.articleKey, url: r.url, site: r.site, pageTitle: r.pageTitle, headline: r.article?.headline ?? r.pageTitle, firstSavedAt: r.createdAt, lastSavedAt: r.createdAt });
  }
  await db.transaction('rw', db.clippings, db.articles, db.tags, async () => {
    for (let i = 0; i < rows.length; i += 1000) await db.clippings.bulkPut(rows.slice(i, i + 1000));
    await db.articles.bulkPut([...articles.values()]);
    await db.tags.bulkPut(TAGS.map((name) => ({ name, lastUsedAt: start })));
  });
  return clippings;
}
