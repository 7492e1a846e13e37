// The place tagger's span chooser (apply.ts): candidates from the tagger's runs and the rule recogniser's spans,
// weighed in the tagger's units and kept best first without overlaps.
import type { PlaceLevel, PlaceSpan } from '../../types';
import type { Judge } from './judge';
import type { SpanScorer } from './tagger';

/**
 * How candidates are weighed, in the tagger's own units (one perceptron update): a candidate is the tagger's
 * span or the rule's, valued by the tagger's confidence in it (SpanScorer) plus `rule` when the rule recogniser
 * proposes it (its precision rules and page context are evidence the tagger cannot see), minus `fresh` when
 * only the tagger does, or, when the name is in the gazetteer and the rules, having weighed it there, turned it
 * down: minus `unsupported` for a country, province or prefecture (the rules ask support on the page for a short
 * form others share, and drop 南京 in a weather table or 岳阳 in a legend the tagger is sure of), minus `vetoed`
 * for the rest (示范县's 范县, 伊旗 with no 鄂尔多斯 on the page), and then only on word boundaries (长沙 of
 * 团长|沙祖康 is none); and `one` more for a lone character (中 of 中美 is a place, 港 of 港铁 is not; the
 * grammar of abbreviations.ts reads most). A span that cuts a gazetteer name short (甘其毛 of 甘其毛都) is no
 * candidate. Kept when its value is positive, best first, without overlaps. `unsupported` was weighed on the
 * last fifth of the training split with a tagger of the other four (scripts/train-places.ts --holdout --write).
 */
export const WEIGHING = { zh: { rule: 4, country: 40, local: 100, fresh: 16, one: 8, vetoed: 60, unsupported: 8 }, en: { rule: 16, country: 16, local: 16, fresh: 2, one: 0, vetoed: 8, unsupported: 8 } };
export type Weighing = (typeof WEIGHING)['zh'];

const LOCAL = new Set<PlaceLevel>(['prefecture', 'county', 'township', 'region', 'feature']);

/**
 * The rules' weight: `country` for a country's name, high since organisation.ts, not the tagger, says when a
 * country opens an organisation's name (缅甸 in 缅甸与苏联签署协议 stands where the tagger doubts it); `local` for
 * China's divisions below province level, states and provinces abroad (ISO 3166-2 codes), regions and features,
 * where the rules' hierarchy and page evidence know far more than the news the tagger learnt from; `rule` for
 * China's provinces and cities, which the tagger saw by the hundred, inside organisations' names too.
 */
function ruleWeight(span: PlaceSpan, wts: Weighing): number {
  if (span.level === 'country') return wts.country;
  if (span.level === 'province') return span.code !== null && span.code.includes('-') ? wts.local : wts.rule;
  return LOCAL.has(span.level) && (span.code === null || !/^[A-Z]/.test(span.code)) ? wts.local : wts.rule;
}

interface Candidate {
  a: number;
  b: number;
  value: number;
  rule: PlaceSpan | null;
}

/** The last rule span starting at `a` (what a map of them by start would hold). */
function ruleStarting(rule: readonly { a: number; b: number; span: PlaceSpan }[], a: number): { a: number; b: number; span: PlaceSpan } | undefined {
  let found: { a: number; b: number; span: PlaceSpan } | undefined;
  for (let k = 0; k < rule.length; k++) if (rule[k]!.a === a) found = rule[k];
  return found;
}

function overlapsKept(kept: readonly Candidate[], c: Candidate): boolean {
  for (let k = 0; k < kept.length; k++) if (kept[k]!.b > c.a && c.b > kept[k]!.a) return true;
  return false;
}

/**
 * Sorts `list` in place by `before` (negative: x first), stably: Array.prototype.sort's order for a consistent
 * comparator, without the copy it allocates per call (choose sorts a handful of candidates per run, a page has
 * thousands of runs).
 */
function sortSmall<T>(list: T[], before: (x: T, y: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i;
    while (j > 0 && before(x, list[j - 1]!) < 0) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = x;
  }
  return list;
}

function byValue(x: Candidate, y: Candidate): number {
  return y.value - x.value || x.a - y.a;
}

function byStart(x: Candidate, y: Candidate): number {
  return x.a - y.a;
}

/** Candidates from the tagger's runs and the rule spans (given as position ranges), chosen best first. */
export function choose(scorer: SpanScorer, runs: [number, number][], rule: { a: number; b: number; span: PlaceSpan }[], scale: number, wts: Weighing, judge: Judge): Candidate[] {
  const cands: Candidate[] = [];
  // A run or two and a rule span or two per call: scans of these short lists, no Map or Set per call.
  const taken: number[] = [];
  for (const [a, b] of runs) {
    const r = ruleStarting(rule, a);
    const same = r !== undefined && r.b === b;
    if (same) taken.push(a);
    const conf = scorer.confidence(a, b) / scale;
    const turnedDown = same ? null : judge.veto(a, b);
    const value = same ? conf + ruleWeight(r.span, wts) : conf - (turnedDown ?? wts.fresh) - (b - a === 1 ? wts.one : 0);
    // A gazetteer name the rules turned down must at least sit on word boundaries (checked only when it would be
    // kept).
    if (turnedDown !== null && value > 0 && !judge.bounded(a, b)) continue;
    cands.push({ a, b, value, rule: same ? r.span : null });
  }
  for (const r of rule) {
    if (taken.includes(r.a)) continue;
    cands.push({ a: r.a, b: r.b, value: scorer.placeMargin(r.a, r.b) / scale + ruleWeight(r.span, wts), rule: r.span });
  }
  sortSmall(cands, byValue);
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (c.value <= 0) break;
    if (!overlapsKept(kept, c)) kept.push(c);
  }
  return sortSmall(kept, byStart);
}
