// A bulletin read from other outlets' reports: a radio or TV news script gives each item as one paragraph opened by
// the outlet it cites ("據臺灣《中時電子報》報道,一名網友…", "据美国“有线电视新闻网”报道,…"). Where such paragraphs, three
// or more, make the page's text from the first of them to its end, with at most a greeting above, each is an item.
// One story told from several outlets' reports cites them inside paragraphs that go on from one another, under a
// lead of its own; a page of nothing but cited paragraphs is the bulletin.
import type { Block } from '../types';
import type { PageFacts } from './facts';

/** 据/據, a place of a few characters, the outlet in 《》 or quotes, then 报道/報道/消息 and a comma. */
const CITED_LEAD = /^\s*[据據][\u3400-\u9fff]{0,6}(?:《[^》]{1,20}》|[“"「][^”"」]{1,20}[”"」])[\u3400-\u9fff]{0,4}?(?:报道|報道|報導|消息|称|稱)\s*[,，:：]/;
/** A whole paragraph, not a one-line quote. */
const MIN_ITEM = 60;
const MIN_ITEMS = 3;
/** Paragraphs above the run: the presenter's greeting. */
const MAX_ABOVE = 1;

/** Per block, 1 where it opens a cited item of such a bulletin. */
export function citedItems(blocks: readonly Block[], facts: PageFacts): Uint8Array {
  const out = new Uint8Array(blocks.length);
  const prose: number[] = [];
  for (let k = 0; k < blocks.length; k++) if (facts.prose[k] && !facts.furniture[k]) prose.push(k);
  const first = prose.findIndex((k) => cited(blocks[k]?.text ?? ''));
  if (first < 0 || first > MAX_ABOVE) return out;
  const run = prose.slice(first);
  if (run.length < MIN_ITEMS || !run.every((k) => cited(blocks[k]?.text ?? ''))) return out;
  for (const k of run) out[k] = 1;
  return out;
}

function cited(text: string): boolean {
  return text.length >= MIN_ITEM && CITED_LEAD.test(text);
}
