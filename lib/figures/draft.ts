// A figure as the readers build it (Draft), what one reading yields (Read), and the signs and modifiers written
// before a figure, which every reader applies the same way.
import type { FigureKind } from '../types';
import { charIn, charIs, isAsciiLetter, isDigit } from './chars';
import { cjkModifierBefore, englishModifierBefore } from './modifiers';
import { Core } from './scan';
import { cjkUnitWordAt, type UnitInfo } from './units';

/** What may stand before a "-" or "+" that is a sign (温度-3℃, ( -5%, 增长+5%) rather than a hyphen, a range or a sum. */
const MINUS_AFTER = /[\s(（:：\u3400-\u9fff]/;

/**
 * Whether text[0, at) ends in a figure written with a Chinese unit (98天, 3个月, 600元): a "+" or "-" right after
 * one joins two figures (98天+2个月, 3天-5天), a sum or a range, and is no sign of the figure after it.
 */
function endsInCjkFigure(text: string, at: number): boolean {
  for (let k = 1; k <= 3 && at - k - 1 >= 0; k++) {
    const w = cjkUnitWordAt(text, at - k);
    if (w !== null && w.length === k && isDigit(text.charCodeAt(at - k - 1))) return true;
  }
  return false;
}

/** Whether the character before text[at - 1] lets a "-" or "+" at at - 1 be a sign. */
function signMayFollow(text: string, at: number): boolean {
  return at < 2 || (MINUS_AFTER.test(text[at - 2] ?? '') && !endsInCjkFigure(text, at - 1));
}

export interface Draft {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approx: boolean;
  bound: 'min' | 'max' | null;
}

export interface Read {
  figures: Draft[];
  /** When the core had neither unit nor scale (a range's first side may borrow them). */
  bare: boolean;
  pow: number;
  unitInfo: UnitInfo | null;
  currency: string | null;
}

/** A reading of one figure. */
export function single(d: Draft): Read {
  return { figures: [d], bare: false, pow: 0, unitInfo: null, currency: null };
}

/** Modifiers and signs written before the figure: 约, 超过, about, more than; 负, minus. */
export function applyBefore(text: string, fig: Draft, type: Core): void {
  let at = fig.start;
  if (type !== Core.English && charIs(text, at - 1, '负')) {
    fig.start = --at;
    if (fig.value !== null) fig.value = -fig.value;
  } else if (type !== Core.English && text.startsWith('零下', at - 2)) {
    fig.start = at -= 2; // 零下3℃
    if (fig.value !== null) fig.value = -fig.value;
  } else if (charIs(text, at - 1, '−') || (charIn('-－﹣', text, at - 1) && signMayFollow(text, at))) {
    fig.start = --at;
    if (fig.value !== null) fig.value = -fig.value;
  } else if (charIn('+＋﹢', text, at - 1) && signMayFollow(text, at)) {
    fig.start = --at; // ＋5％, rose +3.5%: a plus sign is the figure's too (1+5 is a sum)
  } else if (at >= 6 && text.charCodeAt(at - 1) === 32 && text.slice(at - 6, at).toLowerCase() === 'minus ') {
    fig.start = at -= 6;
    if (fig.value !== null) fig.value = -fig.value;
  }
  let mod = cjkModifierBefore(text, at);
  if (mod === null) {
    let p = at;
    while (p > 0 && charIs(text, p - 1, ' ')) p--;
    if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) mod = englishModifierBefore(text, at, fig.kind === 'duration');
  }
  if (mod !== null) {
    fig.approx = fig.approx || mod.approx;
    fig.bound = fig.bound ?? mod.bound;
  }
}

/** A fraction of a whole (三分之一, a third of, 一半) as a plain number, with what is written before it. */
export function readFraction(text: string, s: number, e: number, value: number, type: Core): Read {
  const fig: Draft = { start: s, end: e, kind: 'number', value, unit: null, approx: false, bound: null };
  applyBefore(text, fig, type);
  return single(fig);
}
