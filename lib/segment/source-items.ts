// A column of headless items each opened by its source in brackets: "【Yahoo 新聞】警方…", "【Yahoo 新聞】美國…",
// "【Yahoo 財經】…". A portal's digest names the desk each item comes from; a story names its source once, at
// its top. Where three headless paragraphs or more open with the same bracketed source, each paragraph opened by
// a bracketed source is an item of its own (a picture's caption or a further paragraph between them stays with
// the item above: it opens with no bracket).
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { PageFacts } from './facts';

/** A short bracketed name opening a paragraph, with the text running on after it. */
const SOURCE_LEAD = /^\s*【([^【】。，,；;：:！？!?]{2,10})】\s*(?=\S)/;
/** A bracket that adds to the story above or introduces it ("【又訊】", "【编者按】"): never an item's source. */
const NOT_SOURCE = /^(?:又[讯訊]|[续續]|编者按|編者按|按|注|附)/;
/** Paragraphs opened by the same source that make such a column. */
const MIN_SAME = 3;

function sourceOf(text: string): string | null {
  const m = SOURCE_LEAD.exec(text);
  if (!m || m[0].trim().length >= text.trim().length) return null;
  const name = (m[1] ?? '').trim();
  return NOT_SOURCE.test(name) ? null : name;
}

/** The blocks that open such an item (1), none where the page holds no such column. */
export function sourceItems(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): Uint8Array {
  const out = new Uint8Array(blocks.length);
  const at: number[] = [];
  const counts = new Map<string, number>();
  for (let k = 1; k < blocks.length; k++) {
    // (A paragraph under its own headline is that headline's story: the headline opens it; a section label opens none.)
    if (!facts.prose[k] || facts.furniture[k] || infos[k]?.title || (infos[k - 1]?.title && !facts.label[k - 1]) || infos[k]?.dateline) continue;
    const name = sourceOf(blocks[k]?.text ?? '');
    if (!name) continue;
    at.push(k);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (Math.max(0, ...counts.values()) < MIN_SAME) return out;
  for (const k of at) out[k] = 1;
  return out;
}
