// Traditional → Simplified folding, one character for one character: 內蒙古自治區 → 内蒙古自治区, 萬億 → 万亿,
// 新臺幣 → 新台币. The table (t2s-table.ts) is generated from OpenCC's dictionaries by scripts/build-hant-fold.ts.
// The fold keeps every UTF-16 offset, so a span found in the folded text is the same span of the original:
// recognisers run on the folded text and report the original's characters. It is a character fold, not a
// conversion: phrases (軟體 → 软件) are not rewritten, which is what matching names and numbers needs.
import { FROM, TO } from './t2s-table';

let table: Map<number, number> | null = null;
/** Lowest code of a folded character: most text (ASCII, Latin, digits) is passed over with one comparison. */
let lowest = 0;

function build(): Map<number, number> {
  const m = new Map<number, number>();
  lowest = 0xffff;
  for (let i = 0; i < FROM.length; i++) {
    const c = FROM.charCodeAt(i);
    m.set(c, TO.charCodeAt(i));
    if (c < lowest) lowest = c;
  }
  return m;
}

/** The Simplified form of one UTF-16 unit (the unit itself when it has none). */
export function foldCharCode(c: number): number {
  const t = table ?? (table = build());
  if (c < lowest) return c;
  return t.get(c) ?? c;
}

/** Whether `text` holds any character the fold changes (a cheap test before allocating a copy). */
export function hasTraditional(text: string): boolean {
  const t = table ?? (table = build());
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= lowest && t.has(c)) return true;
  }
  return false;
}

/** `text` with each Traditional character replaced by its Simplified form; same length, same offsets. */
export function foldTraditional(text: string): string {
  if (!hasTraditional(text)) return text;
  const t = table as Map<number, number>;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < lowest) continue;
    const s = t.get(c);
    if (s === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return out + text.slice(from);
}
