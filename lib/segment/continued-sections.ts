// A story's later sections under subheads, read as stories of their own (issue 12: one story is one article). A
// reading that parts a page into a first story and, after it, sections that carry nothing of a story's own (no
// dateline, byline or picture; a phrase for a head, no sentence) is one story when each later section goes on with
// the text above it: it keeps that text's words (lexical cohesion, cohesion.ts) and opens as a continuation does,
// on a pronoun or connective ("But", "He", "Meanwhile") or on a definite noun the text above already named ("The
// crash comes a day after …" under a headline on a helicopter crash). A new story opens by naming its subject; a page
// of briefs shares little beyond the words any news shares, and its items are a paragraph or two. Sections whose
// words run through the text above strongly enough stand without the opening. Each section's words are read once
// and added to the words above: linear in the page.
//
// The same grammar in Chinese page texts, read on the plan before any story is built (isContinuedPage): section heads whose text goes on with the story above: a report parts its text with heads ("別人眼中的記者 vs 記者眼中
// 的記者") whose first sentence's subject is a third-person pronoun ("在講座中，她提到…", "他指出…") — the person the
// text above has named. A story of its own introduces whom it speaks of; a pronoun with nothing before it to point back
// to is the grammar of a text that goes on. Where every later story of a page text opens so, and no story carries a
// dateline, byline, credit or caption of its own, the page is one story and the heads its sections; a section may
// instead open by naming again the headline's subject ("麗娜坦言…" under "土地婆麗娜：…"), as named-sections.ts reads,
// where at least one other opens on the pronoun. Each block of the plan is read once: linear in the page.
import type { Block, SegmentedArticle } from '../types';
import { contentWords, shareAbove } from './cohesion';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isPhraseHead, type PhraseShape } from './phrase-head';
// (A headline read for the name a later section opens on is a line: named-sections.ts's bound.)
import { MAX_HEADLINE as MAX_NAMING_HEADLINE, opensOnHeadlineWord, storyOwnsGrammar } from './named-sections';

/** Paragraphs of a story's first section before its later sections may be its own: a lead, not a brief. */
const MIN_LEAD = 3;
/** Paragraphs of a later section: a section of a story's text, not a one-paragraph brief. */
const MIN_SECTION = 2;
/** The smoothed share of a section's words found above, with a continuation's opening (cohesion.ts's COHESIVE). */
const WITH_OPENING = 0.05;
/** … and without it (cohesion.ts's PAGE_COHESIVE). */
const ALONE = 0.18;

/** Words a sentence opening a new story does not start with: they lean on text above. */
const LEANING = new Set(
  ('he she it they his her its their this these those there but and yet still also meanwhile however moreover ' +
    'instead then so thus later afterwards earlier nevertheless nonetheless besides furthermore likewise such').split(' '),
);

const FIRST_WORDS = /^[\s"“‘'(]*([\p{L}’']+)(?:\s+([\p{L}’'-]+))?/u;
/** A subhead: a phrase of a few words, closed by no stop and opening on no number. */
export const SUBHEAD: PhraseShape = { maxWords: 8, closed: /[.!?。！？]["”’']?$/u, digitLead: false };

/** The section opens as a continuation: a leaning word, or "The" and a noun the text above named. */
function continues(paragraph: string, above: Set<string>): boolean {
  const m = FIRST_WORDS.exec(paragraph);
  if (!m) return false;
  const first = (m[1] ?? '').toLowerCase();
  if (LEANING.has(first)) return true;
  if (first !== 'the' || !m[2]) return false;
  const next = contentWords(m[2], new Set());
  for (const w of next) if (above.has(w)) return true;
  return false;
}

/** Whether the reading's later stories are sections of its first. */
export function isContinuedStory(articles: readonly SegmentedArticle[]): boolean {
  if (articles.length < 2) return false;
  const lead = articles[0] as SegmentedArticle;
  if (!lead.headline.trim() || lead.paragraphs.length < MIN_LEAD) return false;
  if (articles.some((a) => a.dateline || a.byline || a.photo)) return false;
  const above = new Set<string>();
  contentWords(lead.headline, above);
  for (const p of lead.paragraphs) contentWords(p, above);
  for (let k = 1; k < articles.length; k++) {
    const a = articles[k] as SegmentedArticle;
    if (!isPhraseHead(a.headline, SUBHEAD) || a.paragraphs.length < MIN_SECTION) return false;
    const own = new Set<string>();
    contentWords(a.headline, own);
    for (const p of a.paragraphs) contentWords(p, own);
    const share = shareAbove(own, above);
    if (share < ALONE && !(share >= WITH_OPENING && continues(a.paragraphs[0] ?? '', above))) return false;
    for (const w of own) above.add(w);
  }
  return true;
}

/** The plan's stories joined into its first: the later heads and texts go on its body, in page order. */
export function joinedPlan(p: Plan): Plan {
  const [first, ...rest] = p.articles;
  if (!first) return p;
  const body = [...first.body];
  for (const a of rest) body.push(...a.head, ...a.body);
  body.sort((x, y) => x - y);
  return { articles: [{ ...first, body }], rubricBlocks: p.rubricBlocks };
}

/**
 * A first sentence whose subject is a third-person pronoun: at its start, or after a short opening phrase of time or
 * place closed by a comma ("在講座中，她…", "其後，他…"). Simplified and Traditional plurals.
 */
const PRONOUN_OPENING = /^(?:[^，,。；;！？!?]{1,8}[，,]\s*)?(?:她們|他們|它們|她们|他们|它们|她|他|它)(?![们們])/u;

/** Whether the plan's later stories are sections that go on with the first: see the head of this file. */
export function isContinuedPage(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (p.articles.length < 2) return false;
  const first = p.articles[0]!;
  const headline = first.headline >= 0 ? (blocks[first.headline] as Block).text : '';
  let pronouns = 0;
  for (const [k, a] of p.articles.entries()) {
    if (storyOwnsGrammar(a, infos)) return false;
    if (k === 0) continue;
    if (a.head.length !== 1 || a.headline !== a.head[0] || !a.body.length) return false;
    const opening = (blocks[a.body[0]!] as Block).text.trim();
    if (PRONOUN_OPENING.test(opening)) pronouns++;
    // A section may name again whom the pronouns point back to: the headline's own subject (named-sections.ts).
    else if (!(headline.length <= MAX_NAMING_HEADLINE && opensOnHeadlineWord(opening, headline))) return false;
  }
  return pronouns > 0;
}
