// A page text opening on a short headline phrase over a line at least twice its length, that line read as the
// headline and the short one left above it as a rubric: the short line is the headline, the long one its deck
// (副题). A rubric over a page's headline is a label or a kicker leading into it, not a phrase the line under it
// spells out at length in one unbroken phrase (issue 12, round 37). So is a short title closed by an exclamation
// over an unbroken Han phrase ("某台呀!" / "一個曾經參與創台的新聞人的感慨", issue 12 round 57): a kicker frames the
// headline in a phrase and is not exclaimed at the reader; a commentary's exclaimed title is, its subtitle under it
// saying plainly what the piece is. Reads the first two lines only: constant time.
import type { Block } from '../types';
import type { Plan } from './boundaries';

const NOT_HAN = /[^\u3400-\u9fff]/u;

/** An exclaimed title: at most this many characters, its one exclamation mark closing it. */
const MAX_EXCLAIMED = 16;

/** A short title closed by its one exclamation mark over a longer unbroken Han phrase. */
export function isExclaimedTitle(a: string, b: string): boolean {
  if (a.length > MAX_EXCLAIMED || !/[!！]$/u.test(a) || /[!！?？。,，]/u.test(a.slice(0, -1)) || !/[\u3400-\u9fff]/u.test(a)) return false;
  return !NOT_HAN.test(b) && b.length > a.length;
}

/** The page's first line, a short run of Han characters alone, over a second line of Han alone twice its length or more
 * (or an exclaimed title over a longer Han phrase). */
export function isOpeningShortHead(blocks: Block[]): boolean {
  const a = (blocks[0]?.text ?? '').trim();
  const b = (blocks[1]?.text ?? '').trim();
  if (isExclaimedTitle(a, b)) return true;
  if (a.length < 5 || a.length > 8 || NOT_HAN.test(a)) return false;
  // The deck one unbroken phrase: a headline under a kicker is set with its own stops and marks ("…?…", "那些年,…").
  if (NOT_HAN.test(b)) return false;
  return b.length >= 2 * a.length && b.length >= 12;
}

/** The first story headed by the page's second line, its first line a rubric: the first line heads it, over its deck. */
export function withOpeningShortHead(p: Plan, blocks: Block[]): Plan {
  const first = p.articles[0];
  if (!first || first.headline !== 1 || first.head[0] !== 1 || !p.rubricBlocks.includes(0)) return p;
  if (!isOpeningShortHead(blocks)) return p;
  const articles = [{ ...first, head: [0, ...first.head], headline: 0 }, ...p.articles.slice(1)];
  return { ...p, articles, rubricBlocks: p.rubricBlocks.filter((k) => k !== 0) };
}
