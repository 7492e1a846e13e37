// A talk's, a book's or a programme's own title, named in book-title marks in the lead of a page's first story
// ("…周明博士以《沟通无界——自然语言处理让生活更美好》为主题…"), printed again further down as a head: the head opens
// a part of that one story (the lecture's transcript under its title), not a story of its own, and whatever stands
// between the lead and that head (a speaker's card) belongs to the story too.
import type { Block } from '../types';
import type { Plan } from './boundaries';

/** Titles in book-title marks, not a 原标题 note's. */
const NAMED = /(?<!原[标標][题題][:：]?\s*)《([^《》]{4,60})》/gu;

function norm(text: string): string {
  return text.replace(/\s+/gu, '').trim();
}

export function joinLeadNamedParts(p: Plan, blocks: readonly Block[]): Plan {
  if (p.articles.length < 2) return p;
  const first = p.articles[0]!;
  const lead = first.body[0];
  if (lead === undefined) return p;
  const named = new Set([...(blocks[lead]?.text ?? '').matchAll(NAMED)].map((m) => norm(m[1] ?? '')));
  if (!named.size) return p;
  let last = -1;
  p.articles.forEach((a, k) => {
    if (k > 0 && a.head.some((h) => named.has(norm(blocks[h]?.text ?? '')))) last = k;
  });
  if (last < 1) return p;
  const joined = p.articles.slice(1, last + 1).flatMap((a) => [...a.head, ...a.body]);
  const body = [...first.body, ...joined].sort((x, y) => x - y);
  return { ...p, articles: [{ ...first, body }, ...p.articles.slice(last + 1)] };
}
