// Figure recognition: the figures a reader of economic and regional news hunts for (5842.2万吨, 同比增长14.7%,
// 51.2亿元, 第11位, $4.2 billion, 3.5 percent) as spans with a kind, a normalised value and unit, and whether
// they are approximate or bounded. See units.ts for the unit conventions and recognise.ts for ranges.
import type { FigureSpan } from '../types';
import { foldTraditional } from '../hant/fold';
import { readCjkForms } from './cjk-forms';
import { readCompounds } from './compound';
import { recognise } from './recognise';

export interface FindFiguresOptions {
  /** The text's language; both grammars run whatever it says, since news mixes them (GDP增长5%, $4.2亿). */
  lang?: 'auto' | 'zh' | 'en';
}

/**
 * Figures in `text`, sorted by start, non-overlapping; `text.slice(start, end) === figure.text`. Traditional text
 * is read through a length-preserving fold to Simplified (萬 → 万, 兩成 → 两成, 新臺幣 → 新台币), so one grammar
 * reads both; the spans and texts are the original's.
 */
export function findFigures(text: string, _options?: FindFiguresOptions): FigureSpan[] {
  const folded = foldTraditional(text);
  const found = readCjkForms(folded, readCompounds(folded, recognise(folded)));
  if (folded !== text) for (const f of found) f.text = text.slice(f.start, f.end);
  return found;
}

export { parseChineseNumeral, parseEnglishNumber, parseArabic } from './numerals';
