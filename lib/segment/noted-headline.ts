// A page text that opens on an editor's note and prints the headline under it, the writer's name alone on the line
// below ("编者按" / "…他们也有许多话,想对我们说。" / "人好刊才好" / "蓝锡麟" / text, issue 12 round 43): an e-paper page
// of a series sets the series' note over each piece. Read as one headless story, the headline is lost among its text.
// A note is announced by its label (编者按, 编者的话, 编者注: alone on the page's first line, or run into its first
// paragraph with a colon); under it, a headline-like line (short, closing no sentence) straight over a line that is a
// name alone (two to four Han characters) and then prose is the piece's headline over its byline: it heads the story,
// and the note stays the story's text, before the rest. Only a page already read as one headless story is touched, so
// no story is joined or split; looks at the first few blocks of the story only (constant work).
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isHeadlineCandidate, isProse } from './page-headline';

/** The note's label, alone on its line or run into its first paragraph with a colon. */
const NOTE_LABEL = /^\s*[【\[〔(（]?\s*(?:编者|編者)(?:按|注|的话|的話)\s*[】\]〕)）]?\s*(?:$|[:：])/u;
/** How many of the note's paragraphs may stand above the headline. */
const MAX_NOTE = 5;
/** A headline line is short and closes no sentence. */
const MAX_HEADLINE = 30;
const SENTENCE_END = /[。！？!?：:,，;；、]\s*$/u;
/** The writer's name alone on its line. */
const NAME_LINE = /^\s*[\u3400-\u9fff]{2,4}\s*$/u;

/** The plan with the headline under the editor's note heading the one story, the note kept as its text. */
export function withNotedHeadline(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn || a.body.length < 4) return p;
  if (!NOTE_LABEL.test(blocks[a.body[0]!]?.text ?? '')) return p;
  for (let j = 1; j <= MAX_NOTE + 1 && j + 2 < a.body.length; j++) {
    const k = a.body[j]!;
    const line = blocks[k] as Block;
    const info = infos[k] as BlockInfo;
    const text = line.text.trim();
    const isTitle = j > 1 && isHeadlineCandidate(line, info) && text.length <= MAX_HEADLINE && !SENTENCE_END.test(text);
    if (!isTitle) {
      // Above the headline, the note's prose only.
      if (!isProse(line, info) || info.dateline || info.byline || info.openingByline) return p;
      continue;
    }
    const name = a.body[j + 1]!;
    const next = a.body[j + 2]!;
    if (name !== k + 1 || next !== k + 2) return p;
    if (!NAME_LINE.test(blocks[name]?.text ?? '') || !isProse(blocks[next] as Block, infos[next] as BlockInfo)) return p;
    return { ...p, articles: [{ ...a, head: [k], headline: k, body: [...a.body.slice(0, j), ...a.body.slice(j + 1)] }] };
  }
  return p;
}
