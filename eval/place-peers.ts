// The peers place recognition is measured against, each giving exact [start, end) spans of the places in a text:
// jieba's POS tag "ns" for Chinese, compromise's .places() for English. Used by `npm run eval` (eval/places.ts) and
// the gold-set comparison (bench/places-eval.ts).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import nlp from 'compromise';
import type { Span } from './span-score';

let jieba: Jieba | null = null;
export function jiebaPlaces(text: string): Span[] {
  jieba ??= Jieba.withDict(dict);
  const out: Span[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    if (tag === 'ns') out.push([at, at + word.length]);
    at += word.length;
  }
  return out;
}

export function compromisePlaces(text: string): Span[] {
  const found = nlp(text).places().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  return found.map((p) => {
    // compromise's offsets include trailing punctuation and spaces it attaches to the term.
    const trimmed = p.text.replace(/[\s.,;:!?'"’”)]+$/, '');
    return [p.offset.start, p.offset.start + trimmed.length] as Span;
  });
}
