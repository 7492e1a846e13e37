// Figure recognition: the figures a reader of economic and regional news hunts for (5842.2万吨, 同比增长14.7%,
// 51.2亿元, 第11位, $4.2 billion, 3.5 percent) as spans with a kind, a normalised value and unit, and whether
// they are approximate or bounded. See units.ts for the unit conventions and recognise.ts for ranges.
import type { FigureSpan } from '../types';
import { namedLocalCurrency } from '../hant/currency';
import { foldTraditional } from '../hant/fold';
import { readCjkForms } from './cjk-forms';
import { readCompounds } from './compound';
import { recognise } from './recognise';
import { readZhShares } from './zh-shares';

export interface FindFiguresOptions {
  /** The text's language; both grammars run whatever it says, since news mixes them (GDP增长5%, $4.2亿). */
  lang?: 'auto' | 'zh' | 'en';
  /**
   * The currency a bare 元 stands for: TWD, HKD or MOP in a story from Taiwan, Hong Kong or Macau (see
   * lib/hant/currency.ts), null for the yuan; when not given, the one local currency a Traditional text names.
   */
  currency?: string | null;
}

/**
 * Figures in `text`, sorted by start, non-overlapping; `text.slice(start, end) === figure.text`. Traditional text
 * is read through a length-preserving fold to Simplified (萬 → 万, 兩成 → 两成, 新臺幣 → 新台币), so one grammar
 * reads both; the spans and texts are the original's.
 */
export function findFigures(text: string, options?: FindFiguresOptions): FigureSpan[] {
  const folded = foldTraditional(text);
  const found = readZhShares(folded, readCjkForms(folded, readCompounds(folded, recognise(folded))));
  const local = options?.currency === undefined ? namedLocalCurrency(text) : options.currency;
  if (local !== null && local !== 'CNY') {
    for (const f of found) if (f.unit !== null && f.unit.startsWith('CNY') && bareYuan(folded, f)) f.unit = local + f.unit.slice(3);
  }
  if (folded !== text) for (const f of found) f.text = text.slice(f.start, f.end);
  return found;
}

/** Whether the figure's yuan is a bare 元 (2.8兆元, 28.4元/程), not 人民币500元, ¥5 or 5块钱. */
function bareYuan(folded: string, f: FigureSpan): boolean {
  const t = f.text;
  if (!t.includes('元') || t.includes('人民') || t.includes('块')) return false;
  return !/人民币|RMB|CNY|[¥￥]/i.test(folded.slice(Math.max(0, f.start - 4), f.start));
}

export { parseChineseNumeral, parseEnglishNumber, parseArabic } from './numerals';
