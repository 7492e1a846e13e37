// The place tagger: a first-order linear chain over B/I/O labels, scored by hashed feature weights (an averaged
// perceptron, trained by scripts/train-places.ts) and decoded by Viterbi; I never follows O. Positions the
// features mark inactive (far from anything place-like) are outside a place without being scored.
import { B, I, LABELS, O } from './hash';
import type { SparseWeights } from './sparse';

/** Weights: `w[slot * 3 + label]`; `trans[from * 3 + to]` with from = 3 for the sentence start. */
export interface Weights {
  w: ArrayLike<number>;
  trans: ArrayLike<number>;
}

const NEG = -1e30;
const FORCE = 1e9;

/**
 * Per-position label scores (`e[i * 3 + label]`) from `k` feature slots per position (`feats[i * k + j]`);
 * an inactive position (active[i] === 0) scores O.
 */
export function emissions(feats: Int32Array, n: number, k: number, w: ArrayLike<number>, active: Uint8Array | null, e: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const at = i * 3;
    if (active !== null && active[i] === 0) {
      e[at] = 0;
      e[at + 1] = -FORCE;
      e[at + 2] = -FORCE;
      continue;
    }
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    for (let j = i * k, end = j + k; j < end; j++) {
      const s = feats[j]! * 3;
      e0 += w[s]!;
      e1 += w[s + 1]!;
      e2 += w[s + 2]!;
    }
    e[at] = e0;
    e[at + 1] = e1;
    e[at + 2] = e2;
  }
}

/** emissions() with the loaded model's sparse weights. */
export function sparseEmissions(feats: Int32Array, n: number, k: number, w: SparseWeights, e: Float64Array): void {
  const v = w.values;
  for (let i = 0; i < n; i++) {
    const at = i * 3;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    for (let j = i * k, end = j + k; j < end; j++) {
      const r = w.row(feats[j]!) * 3;
      if (r < 0) continue;
      e0 += v[r]!;
      e1 += v[r + 1]!;
      e2 += v[r + 2]!;
    }
    e[at] = e0;
    e[at + 1] = e1;
    e[at + 2] = e2;
  }
}

/** Working arrays of decoding and span scoring, reused from sequence to sequence (grown as needed). */
export class TaggerBuffers {
  score = new Float64Array(3 << 10);
  back = new Uint8Array(3 << 10);
  alpha = new Float64Array(3 << 10);
  beta = new Float64Array(3 << 10);
  fit(n: number): void {
    if (this.score.length >= n * LABELS) return;
    this.score = new Float64Array(n * LABELS * 2);
    this.back = new Uint8Array(n * LABELS * 2);
    this.alpha = new Float64Array(n * LABELS * 2);
    this.beta = new Float64Array(n * LABELS * 2);
  }
}

/** Viterbi labels of `n` positions with emission scores `e`, written into `out`. */
export function decode(e: Float64Array, n: number, t: ArrayLike<number>, out: Uint8Array, buffers: TaggerBuffers): void {
  if (n === 0) return;
  buffers.fit(n);
  const { score, back } = buffers;
  score[0] = t[9]! + e[0]!;
  score[1] = t[10]! + e[1]!;
  score[2] = NEG;
  for (let i = 1; i < n; i++) {
    const at = i * LABELS;
    const p = at - LABELS;
    const p0 = score[p]!;
    const p1 = score[p + 1]!;
    const p2 = score[p + 2]!;
    // To O and to B: from any label.
    for (let y = 0; y < 2; y++) {
      const a = p0 + t[y]!;
      const b = p1 + t[3 + y]!;
      const c = p2 + t[6 + y]!;
      let best = a;
      let arg = O;
      if (b > best) {
        best = b;
        arg = B;
      }
      if (c > best) {
        best = c;
        arg = I;
      }
      score[at + y] = best + e[at + y]!;
      back[at + y] = arg;
    }
    // To I: from B or I only.
    const b = p1 + t[5]!;
    const c = p2 + t[8]!;
    score[at + 2] = (b >= c ? b : c) + e[at + 2]!;
    back[at + 2] = b >= c ? B : I;
  }
  let y = O;
  const last = (n - 1) * LABELS;
  if (score[last + 1]! > score[last + y]!) y = B;
  if (score[last + 2]! > score[last + y]!) y = I;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * LABELS + y]!;
  }
}

/** [start, end) position ranges of the B I* runs in `labels`. */
export function labelRuns(labels: Uint8Array, n: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (labels[i] !== B) continue;
    let j = i + 1;
    while (j < n && labels[j] === I) j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/**
 * Max-marginal scores of one sequence: how strongly the tagger holds that a span is a place. Built once per
 * sequence (forward and backward max-product passes); each question then costs the span's length.
 */
export class SpanScorer {
  private alpha: Float64Array;
  private beta: Float64Array;
  readonly best: number;
  /** `buffers` are the scorer's until the next scorer or decode on them (apply.ts uses one at a time). */
  constructor(private e: Float64Array, private n: number, private t: ArrayLike<number>, buffers: TaggerBuffers) {
    buffers.fit(n);
    const alpha = (this.alpha = buffers.alpha);
    const beta = (this.beta = buffers.beta);
    beta.fill(0, (n - 1) * LABELS, n * LABELS);
    // Max-product passes over the three labels, written out (I never follows O; a sequence opens with O or B).
    const t0 = t[0]!, t1 = t[1]!, t3 = t[3]!, t4 = t[4]!, t5 = t[5]!, t6 = t[6]!, t7 = t[7]!, t8 = t[8]!;
    alpha[0] = t[9]! + e[0]!;
    alpha[1] = t[10]! + e[1]!;
    alpha[2] = NEG + e[2]!;
    for (let i = 1; i < n; i++) {
      const p = (i - 1) * 3;
      const a0 = alpha[p]!;
      const a1 = alpha[p + 1]!;
      const a2 = alpha[p + 2]!;
      alpha[p + 3] = Math.max(NEG, a0 + t0, a1 + t3, a2 + t6) + e[p + 3]!;
      alpha[p + 4] = Math.max(NEG, a0 + t1, a1 + t4, a2 + t7) + e[p + 4]!;
      alpha[p + 5] = Math.max(NEG, a1 + t5, a2 + t8) + e[p + 5]!;
    }
    for (let i = n - 2; i >= 0; i--) {
      const q = (i + 1) * 3;
      const e0 = e[q]!;
      const e1 = e[q + 1]!;
      const e2 = e[q + 2]!;
      const b0 = beta[q]!;
      const b1 = beta[q + 1]!;
      const b2 = beta[q + 2]!;
      beta[q - 3] = Math.max(NEG, t0 + e0 + b0, t1 + e1 + b1);
      beta[q - 2] = Math.max(NEG, t3 + e0 + b0, t4 + e1 + b1, t5 + e2 + b2);
      beta[q - 1] = Math.max(NEG, t6 + e0 + b0, t7 + e1 + b1, t8 + e2 + b2);
    }
    let best = NEG;
    for (let y = 0; y < LABELS; y++) best = Math.max(best, alpha[(n - 1) * 3 + y]!);
    this.best = best;
  }

  /** The best score of a labelling holding exactly the span [a, b) (B I…I, then no I). */
  withSpan(a: number, b: number): number {
    const { e, alpha, beta, n, t } = this;
    let s = a === 0 ? t[10]! : Math.max(alpha[(a - 1) * 3]! + t[1]!, alpha[(a - 1) * 3 + 1]! + t[4]!, alpha[(a - 1) * 3 + 2]! + t[7]!);
    s += e[a * 3 + 1]!;
    for (let i = a + 1; i < b; i++) s += t[(i === a + 1 ? B : I) * 3 + I]! + e[i * 3 + 2]!;
    if (b < n) {
      const last = b - a === 1 ? B : I;
      s += Math.max(t[last * 3]! + e[b * 3]! + beta[b * 3]!, t[last * 3 + 1]! + e[b * 3 + 1]! + beta[b * 3 + 1]!);
    }
    return s;
  }

  /** The best score of a labelling with no place over [a, b) (all O there). */
  withNone(a: number, b: number): number {
    const { e, alpha, beta, t } = this;
    let s = a === 0 ? t[9]! : Math.max(alpha[(a - 1) * 3]! + t[0]!, alpha[(a - 1) * 3 + 1]! + t[3]!, alpha[(a - 1) * 3 + 2]! + t[6]!);
    s += e[a * 3]!;
    for (let i = a + 1; i < b; i++) s += t[0]! + e[i * 3]!;
    return s + beta[(b - 1) * 3]!;
  }

  /** How much better the best labelling holding [a, b) as a place scores than the best with no place there. */
  placeMargin(a: number, b: number): number {
    return this.withSpan(a, b) - this.withNone(a, b);
  }

  /** The best score of a labelling without exactly the span [a, b). */
  without(a: number, b: number): number {
    const { e, alpha, beta, n, t } = this;
    let s = Math.max(alpha[a * 3]! + beta[a * 3]!, alpha[a * 3 + 2]! + beta[a * 3 + 2]!);
    // withSpan(a, end) for every end up to 16 units on, other than b: its running sum carried from one end to the
    // next (the same additions in the same order, so the same values) instead of summed again for each.
    let run = a === 0 ? t[10]! : Math.max(alpha[(a - 1) * 3]! + t[1]!, alpha[(a - 1) * 3 + 1]! + t[4]!, alpha[(a - 1) * 3 + 2]! + t[7]!);
    run += e[a * 3 + 1]!;
    const last = Math.min(n, a + 16);
    for (let end = a + 1; end <= last; end++) {
      if (end !== b) {
        let w = run;
        if (end < n) {
          const l = end - a === 1 ? B : I;
          w += Math.max(t[l * 3]! + e[end * 3]! + beta[end * 3]!, t[l * 3 + 1]! + e[end * 3 + 1]! + beta[end * 3 + 1]!);
        }
        s = Math.max(s, w);
      }
      if (end < last) run += t[(end === a + 1 ? B : I) * 3 + I]! + e[end * 3 + 2]!;
    }
    return s;
  }

  /** How much better the best labelling holding [a, b) scores than the best one without it (negative: worse). */
  confidence(a: number, b: number): number {
    return this.withSpan(a, b) - this.without(a, b);
  }
}
