// The first of a page's numbered headlines when it reads as a sentence. A digest that numbers its headlines
// ("1、…", "2、…", "3、…", each over its item's paragraph) may open with a long first headline that carries a question,
// a quotation closed inside it and a second clause ("1、…楼盘?海报写道:“…。”但底部…  市场监管部门:已立案"): read on
// its own it is prose, a numbered headless item at best, and under the digest's name it goes with the standfirst.
// Where the headlines below it are read as numbered heads, 2 then 3 (the page's numbering is its headlines'), the
// line numbered one less than the first of them, with no stop at its end and prose under it before that head, is the
// first item's headline: it opens its item as they do. One pass over the candidates and one over the blocks.
import type { Block } from '../types';
import type { Candidate } from './starts';
import { headNumber } from './numbers';
import { endsSentence } from './sentence';

/** A headline reads as no paragraph: at most this long (Chinese characters count one, as Latin letters do). */
const MAX_HEAD = 120;

function isHead(c: Candidate): boolean {
  return (c.kind === 'head-plain' || c.kind === 'head-open') && c.body === c.head + 1;
}

export function withNumberedFirstHead(cands: Candidate[], blocks: readonly Block[], prose: Int32Array): Candidate[] {
  // The numbered head candidates, by the block of their headline.
  const numberAt = new Map<number, Candidate>();
  for (const c of cands) if (isHead(c) && !numberAt.has(c.head)) numberAt.set(c.head, c);
  // The first numbered head (numbered m ≥ 2) with the next one numbered m + 1 below it.
  let first: Candidate | null = null;
  let m = -1;
  const heads = [...numberAt.values()].sort((a, b) => a.head - b.head);
  for (let i = 0; i + 1 < heads.length; i++) {
    const a = heads[i] as Candidate;
    const n = headNumber(blocks[a.head]?.text ?? '');
    if (n >= 2 && headNumber(blocks[(heads[i + 1] as Candidate).head]?.text ?? '') === n + 1) {
      first = a;
      m = n;
      break;
    }
  }
  if (!first) return cands;
  // Above it: prose paragraphs, unnumbered, then the line numbered m − 1.
  let j = first.head - 1;
  while (j >= 0 && prose[j] && headNumber(blocks[j]?.text ?? '') < 0) j--;
  if (j < 0 || j >= first.head - 1) return cands;
  const line = blocks[j]?.text.trim() ?? '';
  if (headNumber(line) !== m - 1 || line.length > MAX_HEAD || endsSentence(line)) return cands;
  const kept = cands.filter((c) => c.head !== j && c.body !== j);
  kept.push({ head: j, body: j + 1, kind: first.kind, score: first.score, runIn: 0, meta: false });
  return kept.sort((a, b) => a.head - b.head || a.body - b.body);
}
