// The page as one string: the text nodes under a root, concatenated, with an index that maps
// string offsets back to DOM positions and DOM positions to offsets (binary search both ways).

export interface TextNodeEntry {
  node: Text;
  /** Offset of the node's first character in PageText.text. */
  start: number;
}

export interface PageText {
  text: string;
  /** In document order; starts never decrease. */
  nodes: TextNodeEntry[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Text the reader never sees as prose; skipping it keeps offsets stable when scripts change.
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template']);
/** Our own in-page panel host: its text must not shift the page's offsets. */
const OWN_UI_ID_PREFIX = 'jianbao';

function isSkipped(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  return SKIPPED_TAGS.has(el.localName.toLowerCase()) || (typeof el.id === 'string' && el.id.startsWith(OWN_UI_ID_PREFIX));
}

export function pageText(root: Node): PageText {
  const parts: string[] = [];
  const nodes: TextNodeEntry[] = [];
  let offset = 0;
  const take = (node: Node): void => {
    const t = node as Text;
    nodes.push({ node: t, start: offset });
    parts.push(t.data);
    offset += t.data.length;
  };
  if (root.nodeType === TEXT_NODE) {
    take(root);
  } else if (!isSkipped(root)) {
    // Explicit stack over childNodes: deep pages cannot overflow the call stack, and indexing a
    // child list stays cheap even where a DOM implementation makes nextSibling costly.
    const lists: NodeListOf<ChildNode>[] = [root.childNodes];
    const positions: number[] = [0];
    while (lists.length > 0) {
      const depth = lists.length - 1;
      const list = lists[depth];
      const i = positions[depth];
      if (i >= list.length) {
        lists.pop();
        positions.pop();
        continue;
      }
      positions[depth] = i + 1;
      const node = list[i];
      if (node.nodeType === TEXT_NODE) take(node);
      else if (node.nodeType === ELEMENT_NODE && !isSkipped(node) && node.childNodes.length > 0) {
        lists.push(node.childNodes);
        positions.push(0);
      }
    }
  }
  return { text: parts.join(''), nodes };
}

/** Last entry whose start is <= offset (the entry an offset falls in, preferring the later at a seam). */
function lastStartingAtOrBefore(nodes: TextNodeEntry[], offset: number): number {
  let lo = 0;
  let hi = nodes.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** First entry whose start is >= offset (so that an end offset at a seam stays in the earlier node). */
function firstStartingAtOrAfter(nodes: TextNodeEntry[], offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function entryLength(index: PageText, i: number): number {
  const next = index.nodes[i + 1];
  return (next ? next.start : index.text.length) - index.nodes[i].start;
}

/** A DOM Range covering text offsets [start, end) of the indexed page text. */
export function rangeFromOffsets(index: PageText, start: number, end: number, doc: Document): Range {
  const range = doc.createRange();
  const { nodes } = index;
  const total = index.text.length;
  const s = Math.min(total, Math.max(0, Math.min(start, end)));
  const e = Math.min(total, Math.max(0, Math.max(start, end)));
  if (nodes.length === 0) return range;
  const si = lastStartingAtOrBefore(nodes, s);
  range.setStart(nodes[si].node, Math.min(s - nodes[si].start, entryLength(index, si)));
  if (e === s) {
    range.collapse(true);
    return range;
  }
  // The end belongs to the node whose text it closes: the one before the first node starting at >= e.
  const after = firstStartingAtOrAfter(nodes, e);
  const ei = Math.max(si, after - 1);
  range.setEnd(nodes[ei].node, Math.min(e - nodes[ei].start, entryLength(index, ei)));
  return range;
}

const nodeLookup = new WeakMap<PageText, Map<Node, number>>();

function positionOf(index: PageText, node: Node): number | undefined {
  let map = nodeLookup.get(index);
  if (!map) {
    map = new Map();
    index.nodes.forEach((entry, i) => map!.set(entry.node, i));
    nodeLookup.set(index, map);
  }
  return map.get(node);
}

/** The node after `node` in document order, not descending into it. */
function nextOutside(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Text offset of a boundary point (container, offset), or null if it lies in text we do not index. */
function offsetOfPoint(index: PageText, container: Node, offset: number): number | null {
  const { nodes } = index;
  if (container.nodeType === TEXT_NODE) {
    const i = positionOf(index, container);
    if (i === undefined) return null;
    return nodes[i].start + Math.min(Math.max(0, offset), entryLength(index, i));
  }
  for (let a: Node | null = container; a; a = a.parentNode) if (isSkipped(a)) return null;
  // An element boundary sits before child[offset]: its offset is where the next indexed text
  // begins. That text is almost always a few nodes away, so walk forward to it.
  let n: Node | null = container.childNodes[offset] ?? nextOutside(container);
  while (n) {
    if (n.nodeType === TEXT_NODE) {
      const i = positionOf(index, n);
      if (i !== undefined) return nodes[i].start;
    }
    n = n.firstChild ?? nextOutside(n);
  }
  return index.text.length;
}

/** Text offsets of a DOM Range, or null when an end lies inside skipped text (scripts, our panel). */
export function offsetsFromRange(index: PageText, range: Range): { start: number; end: number } | null {
  const start = offsetOfPoint(index, range.startContainer, range.startOffset);
  const end = offsetOfPoint(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
