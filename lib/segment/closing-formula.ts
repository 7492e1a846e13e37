// A closing formula: the same short sentence ending two or more paragraphs of a page ("请听报导。", "详见附件。",
// "Stay tuned."), the words a programme or a digest says at the end of every item, which close it as an agency
// credit does. One story says such a sentence once; a page that says it at the end of several paragraphs parts its
// items there. An advertisement line ("Ad: …", "广告：…") set between items is the page's, never an item's text.
import type { Block } from '../types';

/** The last sentence of a paragraph, words only (no figures: "…丰镇市2.2毫米。" ends on no formula), after a stop. */
const LAST = /(?:[。！？!?]|\.\s)\s*([^。！？!?.\d]{2,12}[。！？!?.])\s*$/u;
const MIN_REPEATS = 2;
/** A paragraph closed so holds a sentence before its formula. */
const MIN_PARAGRAPH = 40;
const AD_LINE = /^\s*(?:Ad|AD|Advertisement|广告|廣告)\s*[:：]\s*\S.{0,80}$/u;

/** Whether the line is an advertisement's, set off by its label. */
export function isAdLine(text: string): boolean {
  return AD_LINE.test(text);
}

/** The paragraphs (indexes) closed by a formula the page repeats; empty when none is repeated. */
export function formulaClosed(blocks: readonly Block[], prose: Int32Array): number[] {
  const byTail = new Map<string, number[]>();
  // (A paragraph printed twice over is one paragraph: its copies say its last sentence once.)
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]?.text ?? '';
    if (!prose[i] || t.length < MIN_PARAGRAPH || seen.has(t)) continue;
    seen.add(t);
    const m = LAST.exec(t.slice(-16));
    if (!m) continue;
    const tail = (m[1] as string).replace(/\s+/g, '');
    const at = byTail.get(tail);
    if (at) at.push(i);
    else byTail.set(tail, [i]);
  }
  const out: number[] = [];
  for (const at of byTail.values()) if (at.length >= MIN_REPEATS) out.push(...at);
  return out;
}

/** What a start after a formula-closed item says: as much as a start after an agency credit in a run of them. */
const FORMULA_START = 2.5;

/**
 * Starts where a repeated closing formula parts the page: after each paragraph it closes, and, where the closed
 * paragraphs follow one another (only furniture between: one paragraph an item), at the first of them too.
 */
export function withFormulaStarts<C extends { head: number; body: number; score: number; kind: string; runIn: number }>(
  cands: C[],
  blocks: readonly Block[],
  facts: { prose: Int32Array; furniture: Uint8Array },
): C[] {
  const closed = formulaClosed(blocks, facts.prose).sort((a, b) => a - b);
  if (closed.length < MIN_REPEATS) return cands;
  const next = (k: number) => {
    let j = k + 1;
    while (j < blocks.length && facts.furniture[j]) j++;
    return j;
  };
  const starts = new Set<number>();
  for (const k of closed) if (next(k) < blocks.length && facts.prose[next(k)]) starts.add(next(k));
  const first = closed[0] as number;
  if (next(first) === closed[1]) starts.add(first);
  const out = cands.map((c) => (starts.has(c.body) && c.head === c.body ? { ...c, score: Math.max(c.score, FORMULA_START) } : c));
  // (Blocks a candidate already covers, its head lines and its first text: marked once, so the page is read once.)
  const covered = new Uint8Array(blocks.length);
  for (const c of cands) for (let k = c.head; k <= c.body && k < blocks.length; k++) covered[k] = 1;
  for (const k of starts) if (!covered[k]) out.push({ head: k, body: k, kind: 'after-credit', score: FORMULA_START, runIn: 0 } as C);
  return out.sort((a, b) => a.head - b.head);
}
