// An overview article read as stories: a title line with no text of its own right over the first of a run of short
// topic heads ("打击网络犯罪", "社会面管控", "执法规范化"), each over a sentence or two of the overview's own summary. A
// news headline says who did what at a headline's length; a phrase of a few characters naming a topic, with no
// punctuation, heads a section. Where every head on the page is such a phrase, the title sits straight over the
// first, and no item carries what a story of its own carries (a dateline, a byline, a credit, a picture), the page is
// one article under its title. One pass over the plan's stories.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { cjkCount } from './sentence';

/** A topic head: this many CJK characters at most, and nothing else but them. */
const MAX_TOPIC = 10;
/** The heads' mean length stays a phrase's. */
const MAX_MEAN = 8;
/** The title: a line of this many CJK characters at least (a bare rubric, "要闻", "简讯", is shorter). */
const MIN_TITLE = 6;
const MAX_TITLE = 30;
/** Sections an overview shows so at least. */
const MIN_SECTIONS = 4;
/** A section's summary: this many paragraphs at most (the last section's may hold the overview's close), each at most this long. */
const MAX_PARAS = 3;
const MAX_PARA = 200;

function isTopic(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_TOPIC && cjkCount(t) === t.length;
}

/** Whether the plan's stories are the sections of one overview article under the title line right above them. */
export function isTopicOverview(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  const arts = p.articles;
  if (arts.length < MIN_SECTIONS) return false;
  const first = arts[0]!;
  // The title: a line right above the first topic head, read as a rubric or as the top line of the first head group,
  // of a title's length with no sentence in it.
  const top = first.head[first.head.length - 1];
  if (top === undefined || first.head.length > 2) return false;
  const titleAt = top - 1;
  if (first.head.length === 2 ? first.head[0] !== titleAt : !p.rubricBlocks.includes(titleAt)) return false;
  const t = (blocks[titleAt]?.text ?? '').trim();
  if (cjkCount(t) < MIN_TITLE || t.length > MAX_TITLE || /[。！？!?,，;；]/.test(t)) return false;
  let chars = 0;
  for (const a of arts) {
    if ((a !== first && a.head.length !== 1) || a.runIn) return false;
    const head = blocks[a.head[a.head.length - 1]!]?.text ?? '';
    if (!isTopic(head)) return false;
    chars += head.trim().length;
    // A topic head the plan read into the section above as a line of text counts as no summary paragraph.
    if (a.body.length === 0 || a.body.filter((k) => !isTopic(blocks[k]?.text ?? '')).length > MAX_PARAS) return false;
    for (const k of a.body) {
      const info = infos[k];
      if ((blocks[k]?.text ?? '').length > MAX_PARA && k !== a.body[a.body.length - 1]) return false;
      if (info?.dateline || info?.byline || info?.openingByline || info?.credit || info?.caption || info?.from) return false;
    }
  }
  return chars <= MAX_MEAN * arts.length;
}
