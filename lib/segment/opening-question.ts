// A text opened by a short question on a line of its own ("端還好麼?" / "近兩年,每遇時局波動,…", issue 12 round 65):
// a letter or a column asks its reader something in a few words, then answers in its paragraphs. Alone on its line,
// short and headline-like, the question was taken as a story's headline: a lone story headed by it left the page's
// own headline above it a rubric, and a page reading the headline's deck and credits as one story split at it. But a
// story's headline names what it tells; a question of two to eight characters with nothing else on its line, closed
// by its question mark, right over a paragraph of prose, names nothing: it opens the text. So such a question heading
// a lone story under a headline candidate (not a question) a few rubric lines above is the first line of that
// headline's text, and such a question heading a story right under a story of a deck and a few credit lines only
// is the first line of that story's text. Reads a few lines around each story's head only: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isHeadlineCandidate } from './page-headline';

/** A question of two to eight characters alone on its line, closed by its question mark, no other stop in it. */
const SHORT_QUESTION = /^[^\s。！？!?，,；;:：]{2,8}[?？]$/u;
/** Prose under it: a paragraph closing a sentence. */
const PROSE = /[。！？!?」”]$/u;
const MIN_PROSE = 16;
/** Lines between the headline and the question in a lone story: a standfirst, a byline, a credit, a date, tags. */
const MAX_BETWEEN = 4;
/** A story above the question holding no text of its own: its deck, credit, date and tag lines, this many at most,
 *  one of them prose at most (the deck). */
const MAX_CREDITS_BODY = 6;
/** Lines between that story's last and the question, read as its date or tag lines, none a story's. */
const MAX_GAP = 3;

function isOpeningQuestion(blocks: readonly Block[], a: { head: number[]; headline: number; body: number[] }): boolean {
  const h = a.headline;
  if (h < 0 || a.head.length !== 1 || a.head[0] !== h || a.body[0] !== h + 1) return false;
  if (!SHORT_QUESTION.test(blocks[h]!.text.trim())) return false;
  return isProse(blocks[h + 1]!.text);
}

function isProse(text: string): boolean {
  const t = text.trim();
  return t.length >= MIN_PROSE && PROSE.test(t);
}

const isQuestion = (t: string) => /[?？]\s*$/u.test(t.trim());

/** Stories headed by an opening question: their question is their text's first line, under the headline above. */
export function withOpeningQuestion(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const arts = p.articles;
  if (arts.length === 1) {
    const a = arts[0]!;
    if (!isOpeningQuestion(blocks, a)) return p;
    const h = a.headline;
    const rubrics = new Set(p.rubricBlocks);
    for (let u = h - 1; u >= 0 && u >= h - 1 - MAX_BETWEEN; u--) {
      if (!rubrics.has(u)) return p;
      if (isHeadlineCandidate(blocks[u]!, infos[u]!) && !isQuestion(blocks[u]!.text)) {
        const between = Array.from({ length: h - u - 1 }, (_, k) => u + 1 + k);
        return {
          articles: [{ ...a, head: [u, ...between], headline: u, body: [h, ...a.body] }],
          rubricBlocks: p.rubricBlocks.filter((k) => k < u || k > h),
        };
      }
    }
    return p;
  }
  let changed = false;
  const out: Plan['articles'] = [];
  for (const a of arts) {
    const prev = out[out.length - 1];
    if (
      prev && prev.headline >= 0 && prev.body.length > 0 && prev.body.length <= MAX_CREDITS_BODY &&
      prev.body.filter((k) => isProse(blocks[k]!.text)).length <= 1 &&
      a.headline - prev.body[prev.body.length - 1]! - 1 <= MAX_GAP && !isQuestion(blocks[prev.headline]!.text) &&
      isOpeningQuestion(blocks, a)
    ) {
      const gap = Array.from({ length: a.headline - prev.body[prev.body.length - 1]! - 1 }, (_, k) => prev.body[prev.body.length - 1]! + 1 + k);
      if (gap.some((k) => !p.rubricBlocks.includes(k))) { out.push(a); continue; }
      out[out.length - 1] = { ...prev, body: [...prev.body, a.headline, ...a.body] };
      changed = true;
      continue;
    }
    out.push(a);
  }
  return changed ? { ...p, articles: out } : p;
}
