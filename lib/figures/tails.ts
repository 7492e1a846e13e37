// What may follow a figure's unit and belongs to the figure: 9秒83 (hundredths), 一年半, 三成半 and 七成五 (more of a
// share), 5年多 (approximate), 以上, 左右, or more (a bound or an approximation).
import { charIn, charIs, isDigit, isHan, matchAt } from './chars';
import type { Draft } from './draft';
import { AFTER_MEANING, AFTER_RE, MID_APPROX } from './modifiers';
import type { ArabicNumeral } from './numerals';
import { CN_DIG, CN_DIGIT_VALUE, CN_NUM, Core } from './scan';
import { cjkUnitWordAt } from './units';

const EN_AFTER_RE = /[ \t]?(or more|or less|or so)(?![A-Za-z])/y;

/**
 * Extends `fig` (read up to fig.end, its unit's word `unitWord`, its number `base` or `arabic`, scale `pow`) over
 * what follows it and belongs to it, adjusting its value, approximation and bound.
 */
export function readTail(text: string, fig: Draft, type: Core, unitWord: string, arabic: ArabicNumeral | null, base: number, pow: number): void {
  // 9秒83: a race time, seconds and hundredths
  if (unitWord === '秒' && arabic !== null && arabic.decimals === 0 && isDigit(text.charCodeAt(fig.end)) && isDigit(text.charCodeAt(fig.end + 1)) &&
    !isDigit(text.charCodeAt(fig.end + 2))) {
    fig.value = Number(`${base}.${text.slice(fig.end, fig.end + 2)}`);
    fig.end += 2;
  }
  // 一年半, 两米半
  if (charIs(text, fig.end, '半') && (fig.kind === 'duration' || fig.kind === 'quantity') && pow === 0 && fig.value !== null) {
    fig.value += 0.5;
    fig.end++;
  }
  // 三成半 (35%), 七成五 (75%): half a tenth, or one more digit of tenths
  if (unitWord === '成' && fig.value !== null && (arabic === null || arabic.decimals === 0)) {
    const d = CN_DIG.indexOf(text[fig.end] ?? '');
    if (charIs(text, fig.end, '半')) {
      fig.value += 5;
      fig.end++;
    } else if (d > 2 && !charIn(CN_NUM, text, fig.end + 1) && cjkUnitWordAt(text, fig.end + 1) === null && !isDigit(text.charCodeAt(fig.end + 1))) {
      fig.value += CN_DIGIT_VALUE[d] as number; // 零〇一二两三… → their values
      fig.end++;
    } else if (arabic !== null && isDigit(text.charCodeAt(fig.end)) && !isDigit(text.charCodeAt(fig.end + 1)) && !charIn('.．,，%％', text, fig.end + 1) &&
      cjkUnitWordAt(text, fig.end + 1) === null) {
      fig.value += text.charCodeAt(fig.end) % 16; // 4成5 (45%): '5' and '５' alike
      fig.end++;
    }
  }
  // 5年多, 3个月余
  if (fig.kind === 'duration' && charIn(MID_APPROX, text, fig.end) && (!isHan(text.charCodeAt(fig.end + 1)) || charIn('来前后里间', text, fig.end + 1))) {
    fig.approx = true;
    fig.end++;
  }
  const after = matchAt(AFTER_RE, text, fig.end);
  if (after !== null) {
    const mod = AFTER_MEANING[after[0]];
    if (mod !== undefined) {
      fig.approx = fig.approx || mod.approx;
      fig.bound = mod.bound ?? fig.bound;
      fig.end += after[0].length;
    }
  } else if (type !== Core.Chinese) {
    const en = matchAt(EN_AFTER_RE, text, fig.end);
    if (en !== null) {
      const mod = AFTER_MEANING[en[1] as string];
      if (mod !== undefined) {
        fig.approx = fig.approx || mod.approx;
        fig.bound = mod.bound ?? fig.bound;
        fig.end += en[0].length;
      }
    }
  }
}
