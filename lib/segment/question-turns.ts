// An interview's questions set as heads over the answers, read as stories of their own (issue 12: one story is one
// article). A Q&A prints each question on a line of its own ("How many ships came this year?") and the answer under
// it in the speaker's own voice ("Forty-one … We will cap it …"). A page of briefs may head a story with a question,
// but its text reports in the third person and not every story of it asks. So where every later story of a reading
// is headed by a question, carries nothing of a story's own (no dateline, byline or picture), and at least half of
// the answers speak in the first person, they are the first story's turns. Each answer's opening paragraph is read
// once: linear in the page.
import type { SegmentedArticle } from '../types';

/** Questions enough to call the reading an interview's. */
const MIN_TURNS = 2;
/** A question of a sentence, not a paragraph. */
const MAX_QUESTION_WORDS = 30;
/** The share of answers that must speak in the first person. */
const MIN_VOICED = 0.5;
const QUESTION = /\?["”’']?$/u;
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|I’m|I'm|I’ve|I've|I’d|I'd|we|We|we’re|We’re|we're|We're|our|Our|my|My|me|us)(?![\p{L}’'])/u;

/** Whether the reading's later stories are an interview's questions and answers under its first. */
export function isQuestionTurns(articles: readonly SegmentedArticle[]): boolean {
  if (articles.length < MIN_TURNS + 1) return false;
  if (!(articles[0] as SegmentedArticle).headline.trim()) return false;
  if (articles.some((a) => a.dateline || a.byline || a.photo)) return false;
  let voiced = 0;
  for (let k = 1; k < articles.length; k++) {
    const a = articles[k] as SegmentedArticle;
    const q = a.headline.trim();
    if (!QUESTION.test(q) || q.split(/\s+/).length > MAX_QUESTION_WORDS) return false;
    if (FIRST_PERSON.test(a.paragraphs[0] ?? '')) voiced++;
  }
  return voiced >= (articles.length - 1) * MIN_VOICED;
}
