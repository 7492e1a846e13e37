// Figure recognition: the figures a reader of economic and regional news hunts for (5842.2万吨, 同比增长14.7%,
// 51.2亿元, 第11位, $4.2 billion, 3.5 percent) as spans with a kind, a normalised value and unit, and whether
// they are approximate or bounded. See units.ts for the unit conventions and recognise.ts for ranges.
import type { FigureSpan } from '../types';
import { recognise } from './recognise';

export interface FindFiguresOptions {
  /** The text's language; both grammars run whatever it says, since news mixes them (GDP增长5%, $4.2亿). */
  lang?: 'auto' | 'zh' | 'en';
}

/** Figures in `text`, sorted by start, non-overlapping; `text.slice(start, end) === figure.text`. */
export function findFigures(text: string, _options?: FindFiguresOptions): FigureSpan[] {
  return recognise(text);
}

export { parseChineseNumeral, parseEnglishNumber, parseArabic } from './numerals';
