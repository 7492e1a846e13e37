// Two kinds of page furniture inside a page's content column that no element name gives away (the round-28
// 1905电影网 page): the teaser lists of other stories under it, each a linked heading over a summary cut off with an
// ellipsis ("安雅、锤哥《疯狂的麦克斯：狂暴女神》戛纳首映" / "当地时间2024年5月15日，法国戛纳，…安雅·..."), and a media
// player's own texts around its <video> (the clip's title, 正在为您切换到高清 480P, 很抱歉，当前视频播放失败, 时长：01:45).
// A story's headline and subheads are not links to other pages, and a player's box holds no sentence of prose.
import { inLinkAt, type DomBlocks } from './dom';

/** Linked headings a page must list before they count as a teaser list (one linked subhead is a story's own). */
const MIN_TEASER_HEADS = 3;
/** A teaser's summary: short, cut off by an ellipsis. */
const CUT_SUMMARY = /(?:\.{3}|…+)\s*$/u;
const MAX_SUMMARY = 300;
/** Media elements looked at: a page of many clips is a gallery, read no further than this. */
const MAX_PLAYERS = 20;
/** How far above its media element a player's box may reach, and how much text it may hold. */
const MAX_BOX_DEPTH = 8;
const MAX_BOX_TEXT = 600;
/** A sentence of prose: a clause of some length closed by a full stop (Chinese or Latin). */
const SENTENCE = /[\u3400-\u9fff][^。！？\n]{8,}[。！？]|[A-Za-z][^.!?\n]{20,}[.!?](?:\s|$)/u;
const PAGE_TAGS = new Set(['html', 'body', 'main', 'article']);

function linkedShare(dom: DomBlocks, i: number): number {
  let linked = 0;
  let total = 0;
  for (const r of dom.nodes[i] ?? []) {
    total += r.length;
    if (r.inLink ?? inLinkAt(r.node.parentElement)) linked += r.length;
  }
  return total > 0 ? linked / total : 0;
}

/** Elements and characters a player's box may hold: past either it is a page's column, read no further. */
const MAX_BOX_NODES = 2000;

/** What a box holds: its text (script and style left out), its nodes and non-space characters; `over` once it is
 * too big to be a player's or holds an h1 or h2 (the counts then stop short). */
interface Held {
  text: string;
  nodes: number;
  chars: number;
  over: boolean;
}

/** Whether a box holding this much is too big to be a player's. */
function tooBig(held: Held): boolean {
  return held.nodes > MAX_BOX_NODES || held.chars > MAX_BOX_TEXT;
}

/**
 * Adds what `node` and its subtree hold to `held`, by an explicit walk (no recursion, so a page nested thousands of
 * levels deep is safe) that stops as soon as the box is over.
 */
function addSubtree(node: Node, held: Held): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    held.nodes++;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      held.text += data;
      held.chars += data.replace(/\s+/g, '').length;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toLowerCase();
      if (tag === 'h1' || tag === 'h2') held.over = true;
      else if (tag !== 'script' && tag !== 'style') {
        const kids = n.childNodes;
        for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
      }
    }
    if (held.over || tooBig(held)) {
      held.over = true;
      return;
    }
  }
}

/**
 * What `box` holds, where `inner` (one of its children, or null) was read already as `innerHeld`: only the box's
 * own element and its other children are walked, so a player's ancestors, read one above the other, read each
 * node once.
 */
function boxContent(box: Element, inner: Element | null, innerHeld: Held | null): Held {
  const held: Held = { text: '', nodes: 0, chars: 0, over: false };
  // The box's own element, alone (its children are read below, in order).
  const tag = box.tagName.toLowerCase();
  held.nodes++;
  if (tag === 'h1' || tag === 'h2') held.over = true;
  if (held.over || tag === 'script' || tag === 'style') return held;
  const kids = box.childNodes;
  for (let k = 0; k < kids.length && !held.over; k++) {
    const kid = kids[k]!;
    if (kid === inner && innerHeld) {
      held.text += innerHeld.text;
      held.nodes += innerHeld.nodes;
      held.chars += innerHeld.chars;
      held.over = innerHeld.over || tooBig(held);
    } else addSubtree(kid, held);
  }
  return held;
}

/** The page's <video> and <audio> elements, at most MAX_PLAYERS, found by an explicit walk of the tree. */
function mediaElements(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length && found.length < MAX_PLAYERS) {
    const el = stack.pop()!;
    const tag = el.tagName.toLowerCase();
    if (tag === 'video' || tag === 'audio') found.push(el);
    const kids = el.children;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return found;
}

/** The boxes of the page's media players: the highest ancestor of a <video> or <audio> that holds no prose. */
function playerBoxes(doc: Document): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const boxes: Element[] = [];
  for (const media of mediaElements(root)) {
    let box: Element | null = null;
    let boxHeld: Held | null = null;
    let el = media.parentElement;
    for (let depth = 0; el && depth < MAX_BOX_DEPTH && !PAGE_TAGS.has(el.tagName.toLowerCase()); depth++, el = el.parentElement) {
      // A box that reaches the page's headline (an h1 or h2) is the story's head, not a player's; its characters,
      // not the markup's indentation, count. (The box below, read already, is not read again.)
      const held = boxContent(el, box, boxHeld);
      if (held.over || SENTENCE.test(held.text)) break;
      box = el;
      boxHeld = held;
    }
    if (box) boxes.push(box);
  }
  return boxes;
}

/** Per block: a teaser of another story or a media player's text (true), read once over the blocks. */
export function teaserFlags(dom: DomBlocks): boolean[] {
  const n = dom.blocks.length;
  const flags = new Array<boolean>(n).fill(false);
  // Linked headings; a teaser's is followed by its cut summary or stands in a run of such headings with no text
  // between them. A linked heading over a story's own full text (a front page's headlines) is no teaser.
  const linkedHead = dom.blocks.map((b, i) => b.headingLevel !== null && b.headingLevel >= 2 && linkedShare(dom, i) >= 0.9);
  const cutSummary = (i: number) => {
    const b = dom.blocks[i];
    return !!b && b.headingLevel === null && b.text.length <= MAX_SUMMARY && CUT_SUMMARY.test(b.text) && linkedShare(dom, i) < 0.5;
  };
  const teasers: number[] = [];
  for (let i = 0; i < n; i++) if (linkedHead[i] && (linkedHead[i - 1] || linkedHead[i + 1] || cutSummary(i + 1))) teasers.push(i);
  if (teasers.length >= MIN_TEASER_HEADS) {
    for (const i of teasers) {
      flags[i] = true;
      if (cutSummary(i + 1)) flags[i + 1] = true;
    }
  }
  const doc = dom.nodes.find((runs) => runs.length)?.[0]?.node.ownerDocument;
  const boxes = doc ? playerBoxes(doc) : [];
  if (boxes.length) {
    // Up the tree from each block, remembering every element's answer: each element is asked once.
    const inBox = new Map<Element, boolean>(boxes.map((b) => [b, true]));
    const within = (start: Element | null): boolean => {
      const chain: Element[] = [];
      let el = start;
      let answer = false;
      while (el) {
        const known = inBox.get(el);
        if (known !== undefined) {
          answer = known;
          break;
        }
        chain.push(el);
        el = el.parentElement;
      }
      for (const c of chain) inBox.set(c, answer);
      return answer;
    };
    dom.blocks.forEach((_, i) => {
      if (within(dom.nodes[i]?.[0]?.node.parentElement ?? null)) flags[i] = true;
    });
  }
  return flags;
}
