// A page text's headline over a short label line (a site widget's or a column's name, "相链区块链") and the byline
// under it: the story's first headline group reads its two lines as kicker (引题) and headline, the line nearest the
// text taken as the headline. But a deck (副题) under a headline says more than it does, and a main title under a
// kicker carries the story's own words: a run of two to five Han characters alone, under a headline line twice its
// length or more with no pair of characters in common, straight over the byline, is a label left between headline
// and byline, a rubric (issue 12, round 39). Reads the first story's head only: constant time.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

const HAN_ONLY = /^[\u3400-\u9fff]{2,5}$/u;
const HAS_HAN = /[\u3400-\u9fff]/u;
/** A headline line: no stop closing it, no colon opening a run-in. */
const STOPPED = /[。．.！!？?；;:：,，]$/u;
const MIN_UPPER = 10;
const MAX_UPPER = 40;

/** Two-character runs of `text`, for the words a main title would share with its kicker. */
function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** A short Han label under a headline line twice its length or more, sharing no two-character word with it. */
export function isLabelUnderHeadline(upper: string, lower: string): boolean {
  const u = upper.trim();
  const l = lower.trim();
  if (!HAN_ONLY.test(l)) return false;
  if (u.length < MIN_UPPER || u.length > MAX_UPPER || u.length < 2 * l.length || !HAS_HAN.test(u) || STOPPED.test(u)) return false;
  const above = pairs(u);
  for (const p of pairs(l)) if (above.has(p)) return false;
  return true;
}

/** The first story headed by a label line under its headline, over its byline: the line above heads it, the label a rubric. */
export function withHeadlineOverLabel(p: Plan, blocks: Block[], infos: BlockInfo[]): Plan {
  const first = p.articles[0];
  if (!first || first.head.length !== 2) return p;
  const [upper, lower] = first.head as [number, number];
  if (first.headline !== lower || upper !== lower - 1 || first.body[0] !== lower + 1) return p;
  if (!infos[lower + 1]?.byline) return p;
  if (!isLabelUnderHeadline(blocks[upper]?.text ?? '', blocks[lower]?.text ?? '')) return p;
  const articles = [{ ...first, head: [upper], headline: upper }, ...p.articles.slice(1)];
  return { ...p, articles, rubricBlocks: [...p.rubricBlocks, lower].sort((a, b) => a - b) };
}
