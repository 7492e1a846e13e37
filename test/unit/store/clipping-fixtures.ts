// Realistic clippings made by hand from the sample page (test/fixtures/seed/page.txt), shared by the store,
// export and popup tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Clipping, NewClipping } from '../../../lib/clipping';
import type { FigureKind, FigureSpan, PlaceLevel, PlaceSpan } from '../../../lib/types';

export const PAGE_URL = 'https://szb.northnews.cn/nmgrb/html/2023-02/10/content_36245_249871.htm';
export const PAGE_TEXT = readFileSync(resolve(__dirname, '../../fixtures/seed/page.txt'), 'utf8');

type Fig = [text: string, kind: FigureKind, value: number | null, unit: string | null];
type Plc = [text: string, name: string, level: PlaceLevel, code: string | null];

function spans(text: string, figs: Fig[], places: Plc[]): { figures: FigureSpan[]; places: PlaceSpan[] } {
  const at = (s: string): number => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`fixture: ${s} not in ${text}`);
    return i;
  };
  return {
    figures: figs.map(([t, kind, value, unit]) => ({
      text: t, kind, value, unit, approx: false, bound: null, start: at(t), end: at(t) + t.length,
    })),
    places: places.map(([t, name, level, code]) => ({ text: t, name, level, code, start: at(t), end: at(t) + t.length })),
  };
}

function passage(
  text: string,
  headline: string,
  reporter: string,
  figs: Fig[],
  places: Plc[],
  extra: Partial<NewClipping> = {},
): NewClipping {
  const start = PAGE_TEXT.indexOf(text);
  if (start < 0) throw new Error(`fixture: passage not on the page: ${text}`);
  const end = start + text.length;
  return {
    text,
    note: '',
    tags: [],
    color: 'yellow',
    url: PAGE_URL,
    site: 'szb.northnews.cn',
    pageTitle: '内蒙古日报数字报',
    article: {
      headline,
      dateline: { source: '本报', place: null, date: '2月9日', kind: '讯' },
      byline: { reporters: [reporter], correspondents: [], interns: [], photographers: [], authors: [] },
    },
    selectors: [
      { type: 'TextQuoteSelector', exact: text, prefix: PAGE_TEXT.slice(Math.max(0, start - 16), start), suffix: PAGE_TEXT.slice(end, end + 16) },
      { type: 'TextPositionSelector', start, end },
    ],
    ...spans(text, figs, places),
    ...extra,
  };
}

export const FREIGHT = passage(
  '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%',
  '去年全区口岸进出境货运量同比增长14.7%',
  '高慧',
  [
    ['2022年', 'date', 2022, null],
    ['5842.2万吨', 'quantity', 58422000, 't'],
    ['14.7%', 'percent', 14.7, '%'],
  ],
  [],
  { note: '全年货运量超预期', tags: ['口岸', '货运'], color: 'green' },
);

export const SNOW = passage(
  '其中鄂尔多斯市准格尔旗4.9毫米、乌审旗河南乡4.8毫米、呼和浩特市土默特左旗4.6毫米',
  '全区多地降雪有效缓解当前旱情',
  '石向军',
  [
    ['4.9毫米', 'quantity', 4.9, 'mm'],
    ['4.8毫米', 'quantity', 4.8, 'mm'],
    ['4.6毫米', 'quantity', 4.6, 'mm'],
  ],
  [
    ['鄂尔多斯市', '鄂尔多斯市', 'prefecture', '150600'],
    ['准格尔旗', '准格尔旗', 'county', '150622'],
    ['乌审旗', '乌审旗', 'county', '150626'],
    ['呼和浩特市', '呼和浩特市', 'prefecture', '150100'],
    ['土默特左旗', '土默特左旗', 'county', '150121'],
  ],
  { tags: ['天气'] },
);

export const DONGSHENG = passage(
  '鄂尔多斯市东胜区5.3毫米',
  '全区多地降雪有效缓解当前旱情',
  '石向军',
  [['5.3毫米', 'quantity', 5.3, 'mm']],
  [['东胜区', '东胜区', 'county', '150602']],
  { color: 'blue' },
);

export const ECOMMERCE = passage(
  '全年纳入海关统计的跨境电商规模达到24.8亿元,同比增长5.5倍',
  '去年内蒙古跨境电商进出口规模同比增长5.5倍',
  '高慧',
  [
    ['24.8亿元', 'money', 2480000000, 'CNY'],
    ['5.5倍', 'multiple', 5.5, null],
  ],
  [],
  { tags: ['电商'], note: 'B2B export | cross-border' },
);

export const BAOTOU = passage(
  '包头市“双招双引一优化”动员大会召开后,九原区第一时间安排部署开展服务企业“面对面”大走访活动',
  '包头市九原区开展服务企业“面对面”大走访活动',
  '宋阿男',
  [],
  [
    ['包头市', '包头市', 'prefecture', '150200'],
    ['九原区', '九原区', 'county', '150207'],
  ],
);

/** Give a NewClipping the fields the store would, deterministically (for exports and goldens). */
export function stored(c: NewClipping, id: string, createdAt: number, updatedAt = createdAt): Clipping {
  return { id, ...c, createdAt, updatedAt };
}

export const T0 = Date.UTC(2023, 1, 10, 2, 30, 0);
export const SAMPLE_CLIPPINGS: Clipping[] = [
  stored(FREIGHT, '0b3c1f5e-1d2a-4c1e-9a53-1f0f3e6a0001', T0),
  stored(SNOW, '0b3c1f5e-1d2a-4c1e-9a53-1f0f3e6a0002', T0 + 60_000),
  stored(DONGSHENG, '0b3c1f5e-1d2a-4c1e-9a53-1f0f3e6a0003', T0 + 120_000, T0 + 3_600_000),
  stored(ECOMMERCE, '0b3c1f5e-1d2a-4c1e-9a53-1f0f3e6a0004', T0 + 180_000),
  stored(BAOTOU, '0b3c1f5e-1d2a-4c1e-9a53-1f0f3e6a0005', T0 + 240_000),
];

let counter = 0;
/** A fresh database name per test. */
export function freshName(label: string): string {
  counter += 1;
  return `jianbao-test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}
