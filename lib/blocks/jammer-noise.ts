// A forum's anti-copy noise, as a page text keeps it: a few random ASCII characters closing every Chinese line after
// a space ("南方的理想主义者  3Tze`Q 9", "…可以这样做。 (pM5B8U") and lines of nothing else between the paragraphs
// (" la#f,C3_", ".V[]<"). Forum software prints them in hidden type so that a copy carries them; they are no words
// of the story, so a headline keeps no noise and no noise line is a paragraph. Only a page that shows the pattern
// again and again (MIN_MARKS noise tails and lines together) is touched: a Chinese line closed by a code, a date or a
// URL once is no evidence. One pass over the lines, and one more only on such a page.

/** A noise token: printable ASCII, a few characters, with a symbol a word or a number is not spelt with, or letters
 * and digits mixed up ("3Tze`Q", "(pM5B8U", "i5&o!"). */
const SYMBOL = /[`~!@#$%^&*()_+=[\]{}|\\;'"<>?,]/;
const MAX_TOKEN = 12;

function isNoiseToken(t: string): boolean {
  if (t.length < 2 || t.length > MAX_TOKEN || !/^[\x21-\x7e]+$/.test(t)) return false;
  if (SYMBOL.test(t)) return true;
  // Letters and digits interleaved (not a word, a number, nor a code like "A380" or "5G").
  return /[A-Za-z]/.test(t) && /\d/.test(t) && !/^(?:[A-Za-z]+\d+|\d+[A-Za-z]+)$/.test(t);
}

const HAN_OR_STOP = /[\u3400-\u9fff，。、；：！？”）》」』)]/;
/** Up to three ASCII tokens closing a line after a space. */
const TAIL = /[ \t\u3000]+((?:[\x21-\x7e]{1,12}[ \t]+){0,2}[\x21-\x7e]{1,12})[ \t\u3000]*$/;
const MAX_NOISE_LINE = 16;
const MIN_MARKS = 4;
/** Noise closing Chinese lines, two at least: rule lines ("---", "***") alone are no evidence. */
const MIN_TAILS = 2;

/** The line with its noise tail cut, or null when it has none. */
function noiseTail(line: string): number | null {
  const m = TAIL.exec(line);
  if (!m || m.index === 0 || !HAN_OR_STOP.test(line[m.index - 1] ?? '')) return null;
  return (m[1] ?? '').split(/[ \t]+/).some(isNoiseToken) ? m.index : null;
}

/** A line of noise alone: no Han character, a few ASCII tokens, one of them noise. */
function isNoiseLine(line: string): boolean {
  const t = line.trim();
  // A rule of one character repeated ("---", "***") parts a page: kept.
  if (!t || /^(.)\1*$/.test(t) || t.length > MAX_NOISE_LINE || !/^[\x20-\x7e\t]+$/.test(t)) return false;
  const tokens = t.split(/\s+/);
  return tokens.some(isNoiseToken) || (tokens.length === 1 && /^[\x21-\x7e]{2,6}$/.test(t) && /[^A-Za-z0-9]/.test(t));
}

export function stripJammerNoise(text: string): string {
  const lines = text.split('\n');
  let marks = 0;
  let tails = 0;
  for (const l of lines) {
    if (noiseTail(l) !== null) tails++;
    else if (isNoiseLine(l)) marks++;
    if (tails >= MIN_TAILS && tails + marks >= MIN_MARKS) break;
  }
  if (tails < MIN_TAILS || tails + marks < MIN_MARKS) return text;
  const out: string[] = [];
  for (const l of lines) {
    if (isNoiseLine(l)) continue;
    const cut = noiseTail(l);
    out.push(cut === null ? l : l.slice(0, cut));
  }
  return out.join('\n');
}
