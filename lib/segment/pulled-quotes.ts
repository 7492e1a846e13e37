// A feature's parts headed by pull quotes: a line that is one quotation alone ("“我订阅《长沙晚报》是在1982年至
// 1985年”"), over a part whose own text quotes those words again ("“我订阅《长沙晚报》是在1982至1985年,那时候…").
// The scored reading takes each such line for one more story's headline; but a quotation lifted from the text under
// it is that text's head, as a part title is, and the part carries no dateline, byline or credit of its own: the
// later stories are the first story's parts (issue 12, round 39). Each part's text is read once: linear.
import type { SegmentedArticle } from '../types';
import { bareWords } from './bare-words';

/** A line that is one quotation and nothing else, of a phrase's length. */
const QUOTED_LINE = /^\s*[“「『"]([^“”「」『』"]{6,40})[”」』"]\s*$/u;
const OPEN_QUOTE = /[“「『"]/gu;
/** The quotation's first characters the text must quote again (after spaces and punctuation are taken off). */
const PREFIX = 8;
/** How far after its opening mark the quoted words are looked for, in characters. */
const WINDOW = 24;

/** The quoted head's first words quoted again in the part's own text. */
function quotesAgain(head: string, paragraphs: readonly string[]): boolean {
  const m = QUOTED_LINE.exec(head);
  if (!m) return false;
  const prefix = bareWords(m[1] ?? '').slice(0, PREFIX);
  if (prefix.length < PREFIX) return false;
  for (const p of paragraphs) {
    for (const q of p.matchAll(OPEN_QUOTE)) {
      const at = (q.index ?? 0) + q[0].length;
      if (bareWords(p.slice(at, at + WINDOW)).startsWith(prefix)) return true;
    }
  }
  return false;
}

/** Whether the reading's later stories are the first story's parts under pull quotes. */
export function isPulledQuoteStory(articles: readonly SegmentedArticle[]): boolean {
  if (articles.length < 2) return false;
  const lead = articles[0] as SegmentedArticle;
  if (!lead.headline.trim() || QUOTED_LINE.test(lead.headline) || lead.paragraphs.length < 2) return false;
  for (let k = 1; k < articles.length; k++) {
    const a = articles[k] as SegmentedArticle;
    if (a.dateline || a.byline || a.photo) return false;
    if (!quotesAgain(a.headline, a.paragraphs)) return false;
  }
  return true;
}
