// A listing of a series' entries, each headed by the series' word and its number on a line of its own ("episode
// 135", "Issue 12", "第135期") over the entry's text: a programme's page of its episodes, a newsletter's archive of
// its issues. Each such line heads a story of its own, its text everything down to the next one. A listing shows its
// newest entry first, so the numbers run back (135, 134, 133); one story's parts ("Part 1", "Day 2", "Step 3") run
// forward and stay one story's sections. Read only where three entries or more share the word, each over prose of its
// own, no other headline line standing between them, and the page above the first is a title and at most a short
// standfirst (furniture, rubrics). One pass over the blocks.
import type { Block } from '../types';
import type { ArticleParts } from './article';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { MAX_INTRO } from './facts';
import { SENTENCE_STOP } from './sentence';

/** "episode 135", "Issue No. 12", "Vol 3": a word or three of the series and a number. */
const LATIN_ENTRY = /^([A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,2})\s+(?:No\.?\s*|#\s*)?(\d{1,5})$/;
/** "第135期", "第12集": the number and the series' unit. */
const CJK_ENTRY = /^第\s*(\d{1,5})\s*(期|集|回|號|号)$/;
const MIN_TEXT = 40;
const MIN_ENTRIES = 3;

function entry(text: string): { word: string; n: number } | null {
  const t = text.trim();
  const latin = LATIN_ENTRY.exec(t);
  if (latin?.[1] && latin[2]) return { word: latin[1].toLowerCase(), n: Number(latin[2]) };
  const cjk = CJK_ENTRY.exec(t);
  if (cjk?.[1] && cjk[2]) return { word: cjk[2], n: Number(cjk[1]) };
  return null;
}

function isText(text: string): boolean {
  const t = text.trim();
  return t.length >= MIN_TEXT && SENTENCE_STOP.test(t);
}

/** The plan with a listing's numbered entries, numbers running back, read as one story each. */
export function withNumberedEntries(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  const heads: number[] = [];
  let word = '';
  let last = Infinity;
  for (let i = 0; i < blocks.length; i++) {
    const e = entry(blocks[i]?.text ?? '');
    if (!e) {
      // Between entries, only their text: another headline line says the page is no such listing.
      if (heads.length && (infos[i]?.title || !(blocks[i]?.text ?? '').trim())) return p;
      continue;
    }
    if (heads.length && (e.word !== word || e.n >= last)) return p;
    if (!isText(blocks[i + 1]?.text ?? '') || entry(blocks[i + 1]?.text ?? '')) return p;
    word = e.word;
    last = e.n;
    heads.push(i);
  }
  if (heads.length < MIN_ENTRIES) return p;
  const first = heads[0] as number;
  // Above the first entry: title lines and at most one short standfirst, the listing's own.
  const above = Array.from({ length: first }, (_, k) => k);
  const prose = above.filter((k) => !infos[k]?.title);
  if (prose.length > 1 || prose.some((k) => (blocks[k]?.text.length ?? 0) >= MAX_INTRO)) return p;
  const articles: ArticleParts[] = heads.map((h, k) => {
    const end = heads[k + 1] ?? blocks.length;
    return { head: [h], headline: h, body: Array.from({ length: end - h - 1 }, (_, j) => h + 1 + j) };
  });
  return { articles, rubricBlocks: above };
}
