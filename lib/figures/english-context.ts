// What a bare number among English words is when no unit names it: a year, an age, a count of people.
import { matchAt } from './chars';
import { applyBefore, single, type Draft, type Read } from './draft';
import type { Core } from './scan';

/** Words right before a four-digit number that make it a year (in 2019, since 1998, by 2030). */
const YEAR_CONTEXT_RE =
  /(?<![A-Za-z])(?:in|since|by|until|till|from|during|before|after|through|throughout|between|early|late|mid-|summer|winter|spring|autumn|fall|(?:half|quarter|end|start|beginning|middle|class) of)\s*$/i;
/** "2019 to 2023", "2019 and 2021", "2019-2023": the second year of a pair. */
const YEAR_PAIR_RE = /(?<![0-9])[12][0-9]{3}\s*(?:to|and|or|-|–|—)\s*$/;
/** "Mr Smith, 54, said": an age in apposition to a name. */
const NAME_COMMA_RE = /(?<![A-Za-z])[A-Z][a-z'’.-]*\s[A-Z][a-z'’-]+, $/;
/** What follows such an age: ", said", ", who" (a lower-case word), not another number of a list. */
const AFTER_AGE_RE = /, [a-z]/y;
/** Casualty reports name people by a bare number: killed at least 15, 40 were injured. */
const HARM_BEFORE_RE =
  /(?<![A-Za-z])(?:killed|killing|injured|injuring|wounded|wounding|arrested|detained|evacuated|rescued|displaced|death toll (?:rose |climbed |rising )?to)\s+(?:(?:at least|more than|nearly|almost|about|around|some|over|another|up to)\s+)?$/i;
const HARM_AFTER_RE =
  /\s+(?:others?\s+|more\s+|people\s+)?(?:were\s+|have been\s+|had been\s+|are\s+|was\s+)?(?:killed|dead|injured|wounded|missing|hurt|arrested|detained)(?![A-Za-z])/y;

/**
 * A bare whole number set off by a space among English words, text[s, e) read up to `pos` (from `start`, with what
 * is written before it): a year (in 2019, 2019 to 2023), an age in apposition (Smith, 54, said) or a count of people
 * in a casualty report (killed at least 15); undefined when it is none of these.
 */
export function readBareInWords(
  text: string,
  type: Core,
  s: number,
  e: number,
  pos: number,
  start: number,
  lastEnd: number,
  base: number,
  plainInt: boolean,
  approx: boolean,
  bound: 'min' | 'max' | null,
): Read | undefined {
  const before = text.slice(Math.max(lastEnd, s - 24), s);
  const yearLike = plainInt && e - s === 4 && base >= 1800 && base <= 2100;
  if (yearLike && (YEAR_CONTEXT_RE.test(before) || YEAR_PAIR_RE.test(text.slice(Math.max(0, s - 12), s)))) {
    return single({ start: s, end: pos, kind: 'date', value: base, unit: null, approx: false, bound: null });
  }
  if (plainInt && e - s === 2 && matchAt(AFTER_AGE_RE, text, pos) !== null && NAME_COMMA_RE.test(before)) {
    return single({ start: s, end: pos, kind: 'quantity', value: base, unit: 'age', approx: false, bound: null });
  }
  if (HARM_BEFORE_RE.test(before) || matchAt(HARM_AFTER_RE, text, pos) !== null) {
    const fig: Draft = { start, end: pos, kind: 'count', value: base, unit: 'people', approx, bound };
    applyBefore(text, fig, type);
    return single(fig);
  }
  return undefined;
}
