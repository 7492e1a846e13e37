// Chinese shares the scan reads in part or not at all, settled over the (Simplified-folded) text after it:
// - 多 after a share (三成多, 百分之五十多, 5%多) and 几 after its tens (百分之二十几): "over", approximate, and part of
//   the span as 以上 is;
// - 八成 and 九成 as the adverb "most likely" (他八成会来, 八成是他干的), which are no share: after a pronoun and
//   before a verb or a negation, or before 是 and a pronoun.
// 百分百 (百分百投入, 百分百满意) is the idiom "wholly", an intensifier rather than a figure, and gives none; the
// written 百分之百 is 100%. Two neighbouring numerals (两三成, 七八成, 三四个百分点) are a guess, "two or three
// tenths", and stay no figure, as 五六个人 and 七八折 do.
import type { FigureSpan } from '../types';

/** Characters a pronoun subject or object is written with, before or after the adverb 八成. */
const PRONOUN = '他她它我你您咱这那谁';
/** What follows the adverb after a pronoun subject (他八成会来, 她八成不知道, 这八成是假的). */
const ADVERB_NEXT = '是会要得又没不也就还已准能在';
/** Characters after 多 that make it a word of its own (多数, 多少, 多样, 多元, 多种): no "over". */
const NOT_AFTER_DUO = '数少样元种项次';

function oneOf(set: string, text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && set.includes(c);
}

/** 八成/九成 as "most likely": after a pronoun and before a verb, or before 是 and a pronoun. */
function isAdverb(text: string, f: FigureSpan): boolean {
  if ((f.text !== '八成' && f.text !== '九成') || f.approx || f.bound !== null) return false;
  if (oneOf(PRONOUN, text, f.start - 1) && oneOf(ADVERB_NEXT, text, f.end)) return true;
  return text[f.end] === '是' && oneOf(PRONOUN, text, f.end + 1);
}

/** Whether the share may take a 多 after it: 三成, 百分之五十, 5% (not 三成半 or 两个百分点, read already). */
function takesDuo(f: FigureSpan): boolean {
  if (f.kind !== 'percent' || f.unit !== '%' || f.bound !== null || f.approx) return false;
  const last = f.text[f.text.length - 1] ?? '';
  if (last === '成' || last === '%' || last === '％') return true;
  return /^[负+＋\-－−]?百分之/.test(f.text) && /[零〇一二两三四五六七八九十百0-9０-９]$/.test(f.text);
}

/** Settles the shares of `text` in `figures` (sorted, non-overlapping), which is changed and returned. */
export function readZhShares(text: string, figures: FigureSpan[]): FigureSpan[] {
  if (!text.includes('成') && !text.includes('多') && !text.includes('几')) return figures;
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i] as FigureSpan;
    if (f.kind !== 'percent') continue;
    if (isAdverb(text, f)) {
      figures.splice(i, 1);
      continue;
    }
    const next = figures[i + 1];
    const over = text[f.end] === '多' ? !oneOf(NOT_AFTER_DUO, text, f.end + 1) : text[f.end] === '几' && f.text.endsWith('十');
    if (over && takesDuo(f) && (next === undefined || next.start > f.end)) {
      f.end += 1;
      f.text = text.slice(f.start, f.end);
      f.approx = true;
    }
  }
  return figures;
}
