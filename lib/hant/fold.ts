// Traditional → Simplified folding, one character for one character: 內蒙古自治區 → 内蒙古自治区, 萬億 → 万亿,
// 新臺幣 → 新台币. The table (t2s-table.ts) is generated from OpenCC's dictionaries by scripts/build-hant-fold.ts.
// The fold keeps every UTF-16 offset, so a span found in the folded text is the same span of the original:
// recognisers run on the folded text and report the original's characters. It is a character fold, not a
// conversion: phrases (軟體 → 软件) are not rewritten, which is what matching names and numbers needs.
import { FROM, TO } from './t2s-table';

/** A bit per UTF-16 unit (8 KB): whether the fold changes it. Most Chinese text has no Traditional character at all. */
let bits: Uint8Array | null = null;
let table: Map<number, number> | null = null;

function build(): Uint8Array {
  const b = new Uint8Array(0x10000 >> 3);
  table = new Map();
  for (let i = 0; i < FROM.length; i++) {
    const c = FROM.charCodeAt(i);
    b[c >> 3]! |= 1 << (c & 7);
    table.set(c, TO.charCodeAt(i));
  }
  return b;
}

/** The Simplified form of one UTF-16 unit (the unit itself when it has none). */
export function foldCharCode(c: number): number {
  const b = bits ?? (bits = build());
  return (b[c >> 3]! >> (c & 7)) & 1 ? (table as Map<number, number>).get(c)! : c;
}

/** Where the first character the fold changes is, or -1. */
function firstTraditional(text: string): number {
  const b = bits ?? (bits = build());
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((b[c >> 3]! >> (c & 7)) & 1) return i;
  }
  return -1;
}

/** Whether `text` holds any character the fold changes (a cheap test before allocating a copy). */
export function hasTraditional(text: string): boolean {
  return firstTraditional(text) >= 0;
}

/**
 * Whether texts are written in Traditional script: at least one in twenty of their Han characters is one the
 * fold changes (about a quarter are in Traditional news; a Simplified page quoting 《明報》 has a handful).
 */
export function writtenInTraditional(texts: readonly string[]): boolean {
  const b = bits ?? (bits = build());
  // Without any character the fold changes the answer is no: the Han characters need no counting (most pages).
  let any = false;
  for (let k = 0; k < texts.length && !any; k++) any = firstTraditional(texts[k]!) >= 0;
  if (!any) return false;
  let han = 0;
  let changed = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x3400 || c > 0x9fff) continue;
      han++;
      if ((b[c >> 3]! >> (c & 7)) & 1) changed++;
    }
  }
  return changed > 0 && changed * 20 >= han;
}

/** `text` with each Traditional character replaced by its Simplified form; same length, same offsets. */
export function foldTraditional(text: string): string {
  const first = firstTraditional(text);
  if (first < 0) return text;
  const b = bits as Uint8Array;
  const t = table as Map<number, number>;
  let out = text.slice(0, first);
  let from = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((b[c >> 3]! >> (c & 7)) & 1)) continue;
    out += text.slice(from, i) + String.fromCharCode(t.get(c)!);
    from = i + 1;
  }
  return out + text.slice(from);
}
