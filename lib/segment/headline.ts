// What a headline looks like: short, no closing stop, no sentence inside; and how to find the story's
// own headline from the page title ("标题 - 新华网", "Headline | Reuters").
import type { Block } from '../types';
import { hasCjk } from './sentence';
import { codeSet, isSpaceCode } from './space';
import { ellipsisTitleStem } from './latin-heads';

const SOFT_OR_HARD_END = codeSet('。，,；;：:、.');
const TITLE_CLOSERS = codeSet('”’"」』》）)');

/** The last character before any closing quotes and brackets: read from the end (a pattern ending in `$` would read the whole text). */
function lastBeforeClosers(t: string): number {
  let i = t.length - 1;
  while (i >= 0 && TITLE_CLOSERS.has(t.charCodeAt(i))) i--;
  return i >= 0 ? t.charCodeAt(i) : -1;
}

/** Whether `t` has more than `n` characters that are not spaces, counted by code and no further than needed. */
function moreNonSpaceThan(t: string, n: number): boolean {
  let chars = 0;
  for (let i = 0; i < t.length; i++) if (!isSpaceCode(t.charCodeAt(i)) && ++chars > n) return true;
  return false;
}

/** Short, unpunctuated text that reads like a headline or a rubric. */
/**
 * A photo's credit line, the photographer's name and 摄 with the date and paper after it ("(上)林宇翔攝 2010.08.27
 * 經濟日報"): it labels a picture, it heads no story.
 */
const PHOTO_CREDIT_LINE = /^\s*(?:[(（][^)）]{1,2}[)）])?\s*[\u3400-\u9fff]{2,4}\s*[摄攝](?:影)?\s+\d{2,4}\s*[.\-/年]/;

/**
 * A long headline set as phrases with spaces between them and no comma ("聖保羅…簡介會 有「優才」父母辭職來港陪讀 K3
 * 兒子…三間學校"): Hong Kong and Taiwan sites part a headline's clauses with spaces where prose uses commas.
 */
const LONG_HEAD = 72;
const HEAD_PHRASE_GAP = /[\u3400-\u9fff」』》）)A-Za-z0-9]\s+[\u3400-\u9fff「『《（(A-Za-z0-9]/g;
function phrasedHeadline(t: string): boolean {
  if (moreNonSpaceThan(t, LONG_HEAD) || /[，,、]/.test(t)) return false;
  return (t.match(HEAD_PHRASE_GAP) ?? []).length >= 2;
}

/** A closing bracket holding nothing but dates and times: "(05月07日08:00至05月08日08:00)", "（2020.5.1-5.7）". */
const TIME_RANGE_TAIL = /\s*[(（][\d\s年月日时時分点點:：.\-–~～至到]{4,40}[)）]\s*$/;

export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 2) return false;
  // (An English title trailing off in an ellipsis, "When the judge got it wrong, I . . .", is read without it.)
  const stem = ellipsisTitleStem(t);
  if (stem) return isTitleLike(stem);
  if (SOFT_OR_HARD_END.has(lastBeforeClosers(t))) {
    // "…？" and "…！" headlines are fine; a closing stop or comma is prose, unless the line is set in title case
    // as older papers set their headlines and decks ("All Rural High Schools … Resume Work.").
    return titleCased(t);
  }
  if (hasCjk(t)) {
    // (Every test here but the last can only say no: the cheapest first, a stop inside the line.)
    if (/[。；;]/.test(t)) return false;
    if (PHOTO_CREDIT_LINE.test(t)) return false;
    // (A bracketed time range closing the line, "(05月07日08:00至05月08日08:00)", dates the headline: it is not counted.)
    const core = t.length > 44 ? t.replace(TIME_RANGE_TAIL, '') : t;
    if (core.length > 44 && moreNonSpaceThan(core, 44) && !phrasedHeadline(core)) return false;
    return !/^[\d\s.,:%-]+$/.test(t);
  }
  if (t.length > 180 || t.split(/\s+/).length > 22) return false;
  // Two sentences are prose; an abbreviation's point ("Wis. Assembly passes…", "U.S. Sen. Smith") is no stop.
  // A headline may ask and then answer with no stop at its end ("Does painting cows prevent bites? Researchers win
  // prize"): a question or exclamation inside a line that ends on a word is the headline's own.
  const open = /[A-Za-z0-9]$/.test(t);
  // (An item number's point, "2. Defeat of…", ends no sentence.) In a line set all in capitals the abbreviation is in
  // capitals too ("… IN SGT. BLUFF", "ST. PAUL …"): a word of no vowel, which no English word ending a sentence is.
  const capitals = !/[a-z]/.test(t);
  for (const m of t.replace(/^\s*\d{1,2}\.\s+(?=[A-Z])/, '').matchAll(/([A-Za-z.]*)([.!?])\s+[A-Z]/g)) {
    if (open && m[2] !== '.') continue;
    if (m[2] === '.' && capitals && /^[B-DF-HJ-NP-TV-XZ]{2,4}$/.test(m[1] ?? '')) continue;
    if (m[2] !== '.' || !/^(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z]?)$/.test(m[1] ?? '')) return false;
  }
  return /[A-Za-z]/.test(t);
}

/**
 * An English line of three to twenty words, nearly all capitalised, with one point at its end and none inside:
 * a headline or deck in title case.
 */
function titleCased(t: string): boolean {
  // (/[A-Za-z]\.$/ read on the last two characters, not tried at every start of the line.)
  if (!(t.endsWith('.') && /^[A-Za-z]$/.test(t.charAt(t.length - 2))) || /[.!?;:]\s/.test(t.slice(0, -1)) || hasCjk(t)) return false;
  const words = t.slice(0, -1).split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 3 || words.length > 20) return false;
  const capital = words.filter((w) => /^["“'‘(]?[A-Z0-9]/.test(w)).length;
  return capital >= words.length * 0.85;
}

/** Whether the block's layout says "heading" (h1–h6 or whole-block emphasis). */
export function looksLikeHeading(block: Block): boolean {
  return block.headingLevel !== null || block.emphasis;
}

const SITE_SEPARATORS = /\s+[-|–—_·•]\s+|\s*[|｜_]\s*|\s+-\s*|--/;

/** The page title without the site name: "标题 - 新华网" -> "标题". */
export function stripSiteName(title: string): string {
  const t = title.trim().replace(/\s+/g, ' ');
  const parts = t.split(SITE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return t;
  // The story's headline is the longest part; site and section names are short.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The parts of the page title that are not the headline (site and section names). */
export function siteNameParts(title: string): string[] {
  const t = title.trim().replace(/\s+/g, ' ');
  const parts = t.split(SITE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const main = stripSiteName(title);
  return parts.length > 1 ? parts.filter((p) => p !== main) : [];
}

function norm(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '').replace(/[“”"‘’']/g, '').toLowerCase();
}

/** The page title normalised, whole and without the site name; one page asks with the same title every time. */
let lastTitle: { title: string; full: string; headline: string } | null = null;

function normTitle(title: string): { full: string; headline: string } {
  if (lastTitle?.title !== title) lastTitle = { title, full: norm(title), headline: norm(stripSiteName(title)) };
  return lastTitle;
}

/** "（原标题：…）": a repost's note naming the source's own headline, never the page's headline. */
const ORIGINAL_TITLE_NOTE = /^\s*[（(【\[]?\s*原[标標][题題]\s*[:：]/;

export function isOriginalTitleNote(text: string): boolean {
  return ORIGINAL_TITLE_NOTE.test(text);
}

/** How well a block's text matches the page title (0 = not at all, 1 = same). */
export function titleMatch(text: string, title: string | undefined): number {
  // A repost titled by its source's headline would otherwise match the note that names it.
  if (!title || isOriginalTitleNote(text)) return 0;
  const a = norm(text);
  const { full, headline: b } = normTitle(title);
  if (!a || !b) return 0;
  if (a === b || a === full) return 1;
  if (a.length >= 4 && b.includes(a)) return a.length / b.length;
  if (b.length >= 4 && a.includes(b) && a.length <= b.length * 1.6) return b.length / a.length;
  return 0;
}
