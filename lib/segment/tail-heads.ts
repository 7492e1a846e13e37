// Headlines run onto the paragraph before them: some stored digests join every item's headline to the end of the
// previous paragraph ("…the world's economy. EU leads call for stronger climate ambition as U.N. summit wavers"),
// with the item's text in the next paragraph. A paragraph closing on a headline-like sentence with no stop, over a
// paragraph that opens a sentence, again and again on the page, is split there before the page is segmented; the
// source maps are carried back to the blocks as given.
import type { Block, Segmentation, SourceSpan } from '../types';
import { isTitleLike } from './headline';
import { hasCjk } from './sentence';

/** Where a block of the split page comes from: the given block and the offset of its text there. */
export interface Origin {
  block: number;
  offset: number;
}

/** A sentence's end followed by the next sentence's capital. */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘]?[A-Z])/g;
const MIN_WORDS = 4;
const MAX_WORDS = 18;
/** Text before the tail: a paragraph's worth, not a short line. */
const MIN_BEFORE = 40;
/** Paragraphs ending in a headline a page shows before it reads them as run on. */
const MIN_RUN_ON = 2;

/** The offset where a headline run onto the end of the text starts, or -1. */
export function tailHeadAt(text: string): number {
  if (hasCjk(text) || !/[A-Za-z0-9]$/.test(text)) return -1;
  let at = -1;
  for (const m of text.matchAll(SENTENCE_END)) at = (m.index ?? 0) + m[0].length;
  if (at < MIN_BEFORE) return -1;
  const tail = text.slice(at);
  const words = tail.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS || !isTitleLike(tail)) return -1;
  // A caption's credit run on after its stop ("… 2024. (AP Photo/…)ASSOCIATED PRESS") is no headline.
  if (/[()[\]]/.test(tail) || /[.!?]\s+[A-Z(]/.test(tail)) return -1;
  return at;
}

function opensSentence(text: string): boolean {
  return /^["“‘]?[A-Z]/.test(text) && text.length >= MIN_BEFORE;
}

/** The page with run-on headlines split off, or null when the page does not run them on. */
export function splitTailHeads(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = new Map<number, number>();
  let paragraphs = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.headingLevel !== null || b.text.length < MIN_BEFORE) continue;
    paragraphs++;
    const next = blocks[i + 1];
    if (!next || next.headingLevel !== null || !opensSentence(next.text)) continue;
    const at = tailHeadAt(b.text);
    if (at > 0) cuts.set(i, at);
  }
  if (cuts.size < MIN_RUN_ON || cuts.size * 2 < paragraphs) return null;
  return splitBlocksAt(blocks, cuts);
}

/**
 * The blocks with each block of `cuts` (block index -> offset) split in two there, the second part made by `tail`
 * from the block (the same layout hints unless `tail` says otherwise), and where each comes from.
 */
export function splitBlocksAt(blocks: Block[], cuts: ReadonlyMap<number, number>, tail: (b: Block) => Partial<Block> = () => ({})): { blocks: Block[]; origin: Origin[] } {
  const out: Block[] = [];
  const origin: Origin[] = [];
  blocks.forEach((b, i) => {
    const at = cuts.get(i);
    if (at === undefined) {
      out.push(b);
      origin.push({ block: i, offset: 0 });
      return;
    }
    out.push({ ...b, text: b.text.slice(0, at).trimEnd() }, { ...b, ...tail(b), text: b.text.slice(at) });
    origin.push({ block: i, offset: 0 }, { block: i, offset: at });
  });
  return { blocks: out, origin };
}

/** The segmentation's source maps carried back to the blocks as given. */
export function mapBack(seg: Segmentation, origin: Origin[]): Segmentation {
  const span = (s: SourceSpan): SourceSpan => {
    const o = origin[s.block] ?? { block: s.block, offset: 0 };
    return { ...s, block: o.block, blockStart: s.blockStart + o.offset };
  };
  return {
    ...seg,
    articles: seg.articles.map((a) => ({ ...a, headlineSource: a.headlineSource.map(span), paragraphSources: a.paragraphSources.map((p) => p.map(span)) })),
  };
}
