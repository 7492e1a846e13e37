// A breadcrumb that ends on the page's headline ("当前位置: • 体育 > • 资讯 > • 标题 • 标题"): sites print the
// current page's title as the path's last item, and a page text copied from them runs the path's items onto one
// line. Where a path opens the page's text (no paragraph of prose above it) and its last item is a headline's worth
// of words, that item is set on a line of its own under the path (a copy printed twice counts once): the path stays
// furniture, the headline is a line the page-headline reading can take. The source maps point at the line as given.
import type { Block } from '../types';
import type { Origin } from './tail-heads';
import { cjkCount } from './sentence';

/** A path's items: parted by bullets (a middle dot only between spaces: names hold one), or by path arrows. */
const BULLET = /\s*•\s*|\s+·\s+/u;
const ARROW = /\s*[>»›]+\s*/u;
/** A path names where the reader is, or parts its items with arrows. */
const PATH_LABEL = /^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|现在位置|位置)\s*[:：]/u;
/** The last item, a headline: this many CJK characters or more, no sentence stop. */
const MIN_HEAD = 8;
const MAX_HEAD = 60;
/** A paragraph of prose (sentences, not a run of keywords): below it, a path no longer opens the page's text. */
const PROSE = 80;



/** The offset of the headline that closes the path, or -1 when the line is no path ending on one. */
export function crumbTitleAt(text: string): number {
  const t = text.trimEnd();
  const bulleted = t.split(BULLET).filter(Boolean);
  const items = bulleted.length >= 3 ? bulleted : t.split(ARROW).filter(Boolean);
  if (items.length < 3) return -1;
  // A path: labelled as one, or two items at least closed by an arrow before the last.
  const arrows = (t.match(/[>»›]/gu) ?? []).length;
  if (!PATH_LABEL.test(t.replace(/^[•·\s]+/u, '')) && arrows < 2) return -1;
  // (The title printed twice at the path's end counts once: its first copy is taken.)
  const last = (items[items.length - 1] ?? '').trim();
  if (/[>»›:：]$/u.test(last) || /[。！？!?；;]/u.test(last)) return -1;
  const n = cjkCount(last);
  if (n < MIN_HEAD || last.length > MAX_HEAD) return -1;
  const at = t.indexOf(last);
  return at > 0 ? at : -1;
}

/** The page with its opening path's closing headline set on a line of its own, or null when it has none. */
export function splitCrumbTitle(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  let prose = false;
  for (let i = 0; i < blocks.length && !prose; i++) {
    const b = blocks[i] as Block;
    const at = crumbTitleAt(b.text);
    if (at < 0) {
      if (b.text.trim().length >= PROSE && /[。！？.!?]/u.test(b.text)) prose = true;
      continue;
    }
    const rest = b.text.slice(at);
    const item = rest.split(BULLET)[0]?.trim() ?? rest.trim();
    const out = [...blocks.slice(0, i), { ...b, text: b.text.slice(0, at).trimEnd() }, { ...b, headingLevel: null, text: item }, ...blocks.slice(i + 1)];
    const origin: Origin[] = blocks.map((_, k) => ({ block: k, offset: 0 }));
    origin.splice(i + 1, 0, { block: i, offset: at });
    return { blocks: out, origin };
  }
  return null;
}
