// Section lead-ins a digest prints in parallel: short lines ending in a colon that name a section of news, told
// apart by their first words and sharing their last ("國內體育賽事熱點:" / "國際體育賽事熱點:", "国内新闻:" /
// "国际新闻:"), each right over a paragraph of text. Two or more such lines are the digest's section labels, not
// sentences announcing one story's list ("主要内容如下:"): the numbered paragraphs under them are the digest's
// items, and the first paragraph under one opens an item though it carries no number. A story's own lead-ins name
// different things ("工作目标:" / "保障措施:"), repeat one word ("问:"), or differ inside ("What we know:" / "What we
// don't know:", facets of one story), and stay as they were. One pass over the blocks, lines grouped by their last
// words.
import type { Block } from '../types';

/** A lead-in is a name, not a sentence: at most this long, with no stop or comma inside. */
const MAX_LEAD_IN = 24;
const INNER_PUNCT = /[。！？!?，,；;、.]/u;
const COLON_END = /[:：]\s*$/u;
/** The last words the parallel lines share: this many characters (a word in Chinese, more in English). */
const TAIL_CJK = 2;
const TAIL_LATIN = 5;
const CJK = /[\u3400-\u9fff]/u;

function core(text: string): string | null {
  const t = text.trim();
  if (t.length > MAX_LEAD_IN || !COLON_END.test(t)) return null;
  const name = t.replace(COLON_END, '').trim();
  if (INNER_PUNCT.test(name)) return null;
  return name;
}

function tailOf(name: string): string | null {
  const cjk = CJK.test(name.slice(-1));
  const size = cjk ? TAIL_CJK : TAIL_LATIN;
  // (The name is more than its tail: the first words tell the sections apart.)
  if (name.length <= size) return null;
  return name.slice(-size).toLowerCase();
}

/** The characters two names share at their ends. */
function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Parallel names: they share their last words over half the shorter name or more, so only their first words differ
 * (國內 / 國際 before 時事政治熱點); "What we know" / "What we don't know" differ inside and are one story's facets.
 */
function parallel(a: string, b: string): boolean {
  return a !== b && sharedTail(a.toLowerCase(), b.toLowerCase()) * 2 >= Math.min(a.length, b.length);
}

/** Blocks that are a digest's parallel section lead-ins (1), each over a paragraph of text (`prose[k + 1] > 0`). */
export function siblingLeadIns(blocks: readonly Block[], prose: Int32Array): Uint8Array {
  const out = new Uint8Array(blocks.length);
  const byTail = new Map<string, { name: string; at: number }[]>();
  for (let k = 0; k + 1 < blocks.length; k++) {
    if (!prose[k + 1]) continue;
    const name = core(blocks[k]!.text);
    const tail = name === null ? null : tailOf(name);
    if (name === null || tail === null) continue;
    const group = byTail.get(tail);
    if (group) group.push({ name, at: k });
    else byTail.set(tail, [{ name, at: k }]);
  }
  // (Each line is weighed against the group's first name only: one pass.)
  for (const group of byTail.values()) {
    const first = group[0]!.name;
    const kin = group.filter((g) => g.name === first || parallel(g.name, first));
    if (kin.some((g) => g.name !== first)) for (const g of kin) out[g.at] = 1;
  }
  return out;
}
