// Which DOM blocks are the page's content, read beside Readability: keep what Readability kept, the short
// lines it dropped between them (rubrics, captions, bylines), the headline just above, and leave out
// navigation, footers and link lists. Without Readability, the densest run of prose wins.
import { parseBylineLine } from '../segment/byline';
import { classify, isMetaLine } from '../segment/classify';
import { parsePhotoCredit } from '../segment/photo-credit';
import type { Block } from '../types';
import { isCommentElement, makeClutterTest } from './clutter';
import { isTooltipCount } from './counters';
import { inLinkAt, type DomBlocks } from './dom';
import { ownTextRun } from './own-text';
import { pagerFlags } from './pager';
import { signupBoxFlags } from './signup-boxes';
import { teaserFlags } from './teasers';

/** The share of Readability's text a furniture-named element must hold to count as the page's wrapper. */
const WRAPPER_SHARE = 0.3;
const COPYRIGHT = /©|copyright|版权所有|all rights reserved|未经.{0,8}授权|ICP备|公网安备/i;

function norm(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

/** Per block: the furniture element (nav, footer, named bar) its first text sits in, or null. */
export function furnitureOf(dom: DomBlocks): (Element | null)[] {
  if (dom.clutter) return dom.clutter;
  // The block walk notes it per block; blocks made elsewhere are asked of the tree.
  const inClutter = makeClutterTest();
  return dom.blocks.map((_, i) => inClutter(dom.nodes[i]?.[0]?.node.parentElement ?? null));
}

/**
 * Per block: page furniture (in a furniture element, a copyright line, a link list)? A furniture element that
 * holds a good part of the text Readability kept (`kept`: per block) is a wrapper whose name describes the page
 * ("content-with-sidebar", "Page-ad-margins"), not a bar: its blocks are judged by their own text only.
 */
export function clutterFlags(dom: DomBlocks, kept: boolean[] | null = null): boolean[] {
  const origin = furnitureOf(dom);
  const wrappers = new Set<Element>();
  if (kept) {
    const held = new Map<Element, number>();
    let total = 0;
    dom.blocks.forEach((b, i) => {
      if (!kept[i]) return;
      total += b.text.length;
      const o = origin[i];
      if (o) held.set(o, (held.get(o) ?? 0) + b.text.length);
    });
    // A comment thread (or its rules box) Readability took for the content is still furniture: no page wraps its
    // story in one.
    for (const [el, chars] of held) if (chars >= WRAPPER_SHARE * total && !isCommentElement(el)) wrappers.add(el);
  }
  // Teaser lists of other stories and a media player's texts, which no element name gives away (teasers.ts).
  const teasers = teaserFlags(dom);
  // A gallery's pager: slide numbers counting up, between arrow marks (pager.ts).
  const pager = pagerFlags(dom.blocks);
  // A newsletter's sign-up box, by the e-mail address its form asks for (signup-boxes.ts).
  const signup = signupBoxFlags(dom);
  return dom.blocks.map((b, i) => {
    if (teasers[i] || pager[i] || signup[i]) return true;
    // A views or comments count labelled only by its tooltip (counters.ts).
    if (isTooltipCount(b.text, dom.nodes[i] ?? [])) return true;
    // A picture's credit line ("© Name / AFP", "Image copyright AFP") is its caption's, not the site's furniture,
    // even where the page hides part of it from sight ("Image copyright" for screen readers only).
    const pictureCredit = b.text.length < 200 && parsePhotoCredit(b.text)?.start === 0 && (b.figure !== undefined || /©/.test(b.text));
    if (pictureCredit) return false;
    const o = origin[i];
    if (o && !wrappers.has(o)) return true;
    if (b.text.length < 200 && COPYRIGHT.test(b.text)) return true;
    let linked = 0;
    let total = 0;
    for (const r of dom.nodes[i] ?? []) {
      total += r.length;
      // The walk noted it for each run; runs made elsewhere are asked of the tree.
      // (A link whose text is its own address cites a source in the text, as a footnote does: it is no menu.)
      if ((r.inLink ?? inLinkAt(r.node.parentElement)) && !BARE_ADDRESS.test(r.node.data.slice(r.nodeStart, r.nodeStart + r.length))) linked += r.length;
    }
    // Bylines link their names to author pages; they are not navigation.
    return total > 0 && linked / total > 0.5 && b.headingLevel === null && !parseBylineLine(b.text);
  });
}

/** Link text that is an address itself ("https://www.bbc.com/news/…"). */
const BARE_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** A short line that belongs to the story whatever Readability thought of it: byline, dateline, marker. */
function isStoryLine(b: Block): boolean {
  if (b.text.length > 160) return false;
  const info = classify(b);
  return !!(info.byline || info.dateline || info.from || info.to || info.openingByline);
}

/** The longest standfirst h1Group reads past to the by-line under it. */
const STANDFIRST_MAX = 320;

/** A short by-line block that is no furniture. */
function bylineAt(k: number, dom: DomBlocks, clutter: boolean[]): boolean {
  const b = dom.blocks[k];
  return !!b && !clutter[k] && b.text.length <= 160 && !!classify(b).byline;
}

/** How far above the content the page's h1 may sit and still head it. */
const H1_WINDOW = 16;

/**
 * The page's headline group when an h1 sits a little above the content: the h1, a kicker right over it, and the
 * date, source or author lines right under it. Whatever stands between those and the content (a related-stories
 * box, a share bar, a teaser list) is not the story's; null when no h1 heads the content (none near, or a lesser
 * heading stands nearer).
 */
function h1Group(first: number, dom: DomBlocks, clutter: boolean[]): number[] | null {
  for (let i = first - 1; i >= 0 && first - i <= H1_WINDOW; i--) {
    const b = dom.blocks[i]!;
    // A lesser heading nearer the content is the story's headline under a logo h1.
    if (b.headingLevel !== null && b.headingLevel > 1 && !clutter[i]) return null;
    if (b.headingLevel !== 1 || clutter[i]) continue;
    const out = [i];
    const over = dom.blocks[i - 1];
    if (over && !clutter[i - 1] && over.text.length <= 40 && (over.emphasis || (over.headingLevel ?? 0) > 1)) out.unshift(i - 1);
    let readPast = false;
    for (let k = i + 1; k < first && out.length < 5; k++) {
      const c = dom.blocks[k]!;
      if (clutter[k]) break;
      if (c.text.length <= 160 && (isMetaLine(c.text) || isStoryLine(c))) {
        out.push(k);
        continue;
      }
      // A standfirst between the h1 and the by-line under it (h1, a one-sentence lead, "By Jane Doe / Published …"),
      // as tabloid templates set them: read past, once, to reach the by-line; left out as before.
      if (readPast || c.text.length > STANDFIRST_MAX || k + 1 >= first || !bylineAt(k + 1, dom, clutter)) break;
      readPast = true;
    }
    return out;
  }
  return null;
}

/** Up to a few short, non-clutter blocks right above the content: the headline, kicker, byline. */
function headAbove(first: number, dom: DomBlocks, clutter: boolean[]): number[] {
  const group = h1Group(first, dom, clutter);
  if (group) return group;
  const out: number[] = [];
  let i = first - 1;
  for (; i >= 0 && out.length < 4; i--) {
    const b = dom.blocks[i];
    if (!b || clutter[i] || b.text.length > 240) break;
    out.unshift(i);
  }
  const over = publicationOverToolbar(i, dom, clutter);
  if (over !== null) out.unshift(over);
  return out;
}

/** The most toolbar buttons ("打印", "字号", "Print") read past above the content, and the longest such button. */
const TOOLBAR_BUTTONS = 2;
const TOOLBAR_BUTTON_MAX = 12;

/**
 * The story's publication line (its date and source) set over a toolbar right above the text, as article templates
 * print "来源：… 2024-05-20 09:47" then the print and font-size buttons: the buttons are furniture, the line over
 * them the story's. `at` is the furniture block the head above the content stopped at; only a few short buttons are
 * read past, and only a publication line (isMetaLine) is taken.
 */
function publicationOverToolbar(at: number, dom: DomBlocks, clutter: boolean[]): number | null {
  let i = at;
  for (let n = 0; i >= 0 && n < TOOLBAR_BUTTONS && clutter[i] && dom.blocks[i]!.text.length <= TOOLBAR_BUTTON_MAX; n++) i--;
  if (i === at || i < 0 || clutter[i]) return null;
  return isMetaLine(dom.blocks[i]!.text) ? i : null;
}

function densest(dom: DomBlocks, clutter: boolean[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  dom.blocks.forEach((b, i) => {
    const len = norm(b.text).length;
    // Prose adds its length; short unflagged lines (rubrics, captions) cost little; furniture costs a lot.
    const score = clutter[i] ? -40 - len : b.headingLevel !== null ? 10 : len < 20 ? -5 : len - 10;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  });
  return bestRange;
}

/**
 * Which blocks Readability kept: a block of at least 12 characters whose text occurs in Readability's text. Blocks
 * come in document order, as Readability's text does, so each is looked for from where the last one was found
 * first, and from the start only when that fails.
 */
function readabilityKept(dom: DomBlocks, read: string): boolean[] {
  let cursor = 0;
  return dom.blocks.map((b) => {
    const t = norm(b.text);
    if (!t) return false;
    if (t.length < 12) {
      // A short block (a table cell, a subhead "Meal 1") is too common a string to look for anywhere: it counts
      // as kept only where Readability's text goes on with it right after the block found last.
      if (cursor === 0 || !read.startsWith(t, cursor)) return false;
      cursor += t.length;
      return true;
    }
    const at = read.indexOf(t, cursor);
    if (at >= 0) {
      cursor = at + t.length;
      return true;
    }
    return read.includes(t);
  });
}

/** A paragraph of prose (40 characters or more, no picture's caption) Readability kept between `first` and `last`. */
const PROSE_MIN = 40;
function keptProse(dom: DomBlocks, kept: boolean[], clutter: boolean[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const b = dom.blocks[i]!;
    if (kept[i] && !clutter[i] && b.figure === undefined && norm(b.text).length >= PROSE_MIN) return true;
  }
  return false;
}

export interface ContentOptions {
  /** The page states that it holds one story (lib/meta): other <article>s on it are teasers, not stories. */
  oneStory?: boolean;
}

export function selectContentBlocks(dom: DomBlocks, readabilityText: string | null, options: ContentOptions = {}): number[] {
  const n = dom.blocks.length;
  const read = readabilityText ? norm(readabilityText) : '';
  let byReadability = read.length > 0 ? readabilityKept(dom, read) : null;
  const clutter = clutterFlags(dom, byReadability);
  // Only the first and the last block Readability kept bound the range (furniture aside).
  let first = -1;
  let last = -1;
  if (byReadability) {
    for (let i = 0; i < n && first < 0; i++) if (byReadability[i] && !clutter[i]) first = i;
    for (let i = n - 1; i >= first && first >= 0 && last < 0; i--) if (byReadability[i] && !clutter[i]) last = i;
  }
  // Readability kept no paragraph outside the page's furniture (only a picture's caption beside a comment box it
  // took for the content): the page's prose is read as if Readability had found nothing.
  if (first >= 0 && byReadability && !keptProse(dom, byReadability, clutter, first, last)) {
    first = -1;
    byReadability = null;
  }
  if (first < 0) {
    const r = densest(dom, clutter);
    if (!r) return [];
    [first, last] = r;
  }
  const keep: number[] = headAbove(first, dom, clutter);
  // On a page that says it holds one story, what Readability left out between its first and last paragraph is
  // the page's (teasers, "more stories", sign-up boxes) unless it is a story's own line: its byline, dateline or
  // a continuation marker, which Readability drops and the segmenter reads.
  // The page's own text Readability passed over for stories loaded below it (own-text.ts) is the page's all the same.
  const own = new Set(byReadability && options.oneStory ? ownTextRun(dom, byReadability, clutter, first, last) : []);
  const inRange = byReadability && options.oneStory ? (i: number) => byReadability[i] || own.has(i) || isStoryLine(dom.blocks[i]!) : () => true;
  for (let i = first; i <= last && i < n; i++) if (!clutter[i] && inRange(i)) keep.push(i);
  // On a page of several <article>s Readability may pick just one: keep every story container with prose.
  const containers = new Set(dom.blocks.map((b) => b.container).filter((c) => c !== null));
  if (containers.size >= 2 && !options.oneStory) {
    const prose = new Set<number>();
    dom.blocks.forEach((b, i) => {
      if (b.container !== null && !clutter[i] && b.text.length > 60) prose.add(b.container);
    });
    const inKeep = new Set(keep);
    dom.blocks.forEach((b, i) => {
      if (b.container !== null && prose.has(b.container) && !clutter[i] && !inKeep.has(i)) keep.push(i);
    });
    keep.sort((a, b) => a - b);
  }
  // Short lines Readability dropped right after the last paragraph (credits, "（下转第3版）").
  for (let i = last + 1; i < n && i <= last + 2; i++) {
    const b = dom.blocks[i];
    if (!b || clutter[i] || b.text.length > 60) break;
    if (/摄|下转|转第|By |Reporting|Editing|完）|完\)/.test(b.text)) keep.push(i);
    else break;
  }
  return keep;
}
