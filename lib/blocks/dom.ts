// DOM -> blocks, remembering for every block the text nodes it was read from, so that offsets in block
// text can be turned back into DOM Ranges. The walk is iterative (deep pages must not overflow the stack)
// and reads each text node once.
import type { Block } from '../types';
import { isClutterElement, makeClutterTest } from './clutter';

export interface NodeRun {
  node: Text;
  /** Offset in the block's text. */
  blockStart: number;
  /** Offset in node.data. */
  nodeStart: number;
  length: number;
  /** The text sits in a link (an <a> below the nearest paragraph-level element): read during the walk. */
  inLink?: boolean;
}

export interface DomBlocks {
  blocks: Block[];
  /** For each block, the runs of text nodes it came from (exact for every non-whitespace character). */
  nodes: NodeRun[][];
  /** For each block, the furniture element (clutter.ts) its first text sits in, nearest first; null: none. Read during the walk. */
  clutter?: (Element | null)[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'head', 'title', 'meta', 'link']);
/** Elements whose text is one paragraph-level block. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt', 'pre', 'caption', 'summary', 'legend']);
/** Elements that break blocks but only make one when they hold text directly. */
const BREAKERS = new Set(['div', 'section', 'article', 'main', 'body', 'html', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'form', 'figure', 'address', 'center', 'fieldset', 'details', 'hr', 'img', 'video', 'audio', 'picture']);
const EMPHASIS_TAGS = new Set(['b', 'strong']);
/** Elements a link test stops at: a link outside them does not make their text link text. */
export const LINK_BOUNDARY_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt', 'pre', 'div', 'section', 'article', 'body', 'ul', 'ol', 'table', 'tr']);

/** Whether text right inside `el` is link text: an <a> at or above it, below the nearest boundary element. */
export function inLinkAt(start: Element | null): boolean {
  let el = start;
  while (el) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') return true;
    if (LINK_BOUNDARY_TAGS.has(tag)) return false;
    el = el.parentElement;
  }
  return false;
}
const TITLE_CLASS = /title|headline|(?:^|[\s_-])bt(?:\d|[\s_-]|$)/i;
const ODD_WS = /[^\S ]+[\s]*| {2,}[\s]*/g;
/** A paragraph indent written into the text: two ideographic or no-break spaces before a block's first words. */
const INDENT = /[\u3000\u00a0]{2}/;

/**
 * Hidden by its attributes (or one of ours). Only asked of elements that have attributes at all: most
 * elements of a page have none, and one hasAttributes() call spares them every read below.
 */
function hiddenByAttributes(el: Element, cls: string | null, style: string | null): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const id = el.id;
  if (id && /^jianbao/i.test(id)) return true;
  if (cls && /(?:^|\s)jianbao/i.test(cls)) return true;
  // Text kept for screen readers only, clipped out of sight by a stylesheet the saved page may not carry: the
  // utility classes of the common frameworks and CMSs (a "You are here" label, a photo's file name over its
  // picture, a caption printed twice, once hidden). The reader never sees it.
  if (cls && SCREEN_READER_ONLY.test(cls)) return true;
  return false;
}

/** The screen-reader-only utility classes (Drupal, HTML5 Boilerplate, Bootstrap, WordPress, and their variants). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:element-invisible|visually-?hidden|sr-only|screen-reader-text|screenreader-only)(?:\s|$)/i;

/**
 * Two inline boxes side by side with no space between them, the first ending in a letter and the second
 * starting with a capitalised word ("<span>By Faisal Islam</span><span>Economics editor</span>"), are lines that CSS
 * sets apart (display:block): the text gets the break a <br> would give, a space. Boxes nested in one
 * another are one run of text ("<a>Faisal</a>'s"), and a lower-case start continues a word.
 */
export function isBoxJunction(prev: Element | null, next: Element, before: string, after: string): boolean {
  if (!prev || prev === next) return false;
  // The letters first (the end of `before` alone: a test anchored at the end would read the whole block),
  // the tree only when they fit.
  if (!/\p{L}$/u.test(before.slice(-2)) || !/^\p{Lu}\p{Ll}/u.test(after)) return false;
  if (prev.contains(next) || next.contains(prev)) return false;
  // A box of a letter or two is part of a word ("<b>i</b>Phone", "Mc<span>Donald</span>").
  return (prev.textContent ?? '').trim().length >= 4;
}

/** Bold or large type set inline (old e-paper systems style their headline cells instead of using h1–h6). */
const HEADING_STYLE =
  /font-weight\s*:\s*(?:bold|bolder|[6-9]00)|font-size\s*:\s*(?:(?:1[8-9]|[2-9]\d)(?:\.\d+)?px|(?:1[4-9]|[2-9]\d)(?:\.\d+)?pt|(?:1\.[3-9]\d*|[2-9](?:\.\d+)?)(?:em|rem)|x+-large|larger)/i;

function styledAsHeading(el: Element, tag: string, style: string | null): boolean {
  if (tag === 'font') return Number(el.getAttribute('size') ?? '0') >= 4 || /^\+[1-4]$/.test(el.getAttribute('size') ?? '');
  return !!style && HEADING_STYLE.test(style);
}

interface Frame {
  el: Element;
  tag: string;
  /** The class and role attributes, read once when the element is entered. */
  cls: string | null;
  role: string | null;
  /** This element owns blocks (a block tag, or a breaker whose direct text becomes a block). */
  owner: boolean;
  container: number | null;
  /** Index of the enclosing <figure>, else null. */
  figure: number | null;
  emphasis: number;
  titled: boolean;
  ownTitled: boolean;
  /** Text right inside this element is link text (see inLinkAt). */
  link: boolean;
  /** The nearest of this element and its ancestors that is page furniture (isClutterElement), or null. */
  clutter: Element | null;
  /** This element or an ancestor is an <article>. */
  inArticle: boolean;
  /** This element is a data table's row (isDataRow), read as one block. */
  dataRow: boolean;
  /** This element is such a row or inside one. */
  inDataRow: boolean;
}

interface Open {
  owner: Element;
  ownerFrame: Frame;
  text: string;
  runs: NodeRun[];
  pendingSpace: boolean;
  /** Whether the pending space is a single " " right before the next run in the same node. */
  allEmphasised: boolean;
  /** Length of the text read while every run so far was emphasised (the block's opening bold run). */
  leadEmphasis: number;
  container: number | null;
  titled: boolean;
  brs: number;
  /** The element holding the last text read into the block, to see where one inline box ends and the next begins. */
  lastParent: Element | null;
  /** The furniture element the block's first text sits in, or null. */
  clutter: Element | null;
  /** The block's first text node opened with a written paragraph indent (Block.indented). */
  indented: boolean;
  /**
   * The outermost inline element below the owner that holds the block's text (Block.innerClass): undefined until the
   * first text, null when the text sits right in the owner or in more than one such element.
   */
  inner: Frame | null | undefined;
}

/** Anything inside a table cell that makes the cell a layout box rather than a datum. */
const CELL_LAYOUT = 'p,div,table,ul,ol,li,dl,h1,h2,h3,h4,h5,h6,blockquote,pre,section,article,figure,br,img';
/** Longest row of a data table read as one line: a longer one is a layout row of prose. */
const DATA_ROW_CHARS = 400;

/**
 * A row of a data table (a league table, a price list): two or more cells of bare inline text in a table of more
 * than one row. Such a row reads as one line, its cells apart by a space, as a reader (and Readability) says it;
 * cell by cell it would be a column of one-word "paragraphs". Layout tables (cells holding paragraphs, line breaks
 * or images: old e-paper pages) keep a block per cell.
 */
export function isDataRow(tr: Element): boolean {
  let cells = 0;
  for (const c of tr.children) {
    const t = c.tagName.toLowerCase();
    if (t === 'td' || t === 'th') cells++;
  }
  if (cells < 2) return false;
  const group = tr.parentElement;
  // More than one row: a sibling row, or a head or body group beside this row's. (Asked of the row's neighbours, not
  // of its group's children: a DOM that builds that list on each call, as linkedom does, made a long table quadratic.)
  if (!group || (!tr.previousElementSibling && !tr.nextElementSibling && !group.previousElementSibling && !group.nextElementSibling)) return false;
  // Layout first: a layout row's first paragraph or break is found at once, and its whole text is never read.
  if (tr.querySelector(CELL_LAYOUT)) return false;
  return (tr.textContent ?? '').length <= DATA_ROW_CHARS;
}

function headingLevel(el: Element, tag: string, role: string | null): number | null {
  if (tag.length === 2 && tag[0] === 'h' && tag[1] && tag[1] >= '1' && tag[1] <= '6') return Number(tag[1]);
  if (role === 'heading') {
    const l = Number(el.getAttribute('aria-level') ?? '2');
    return l >= 1 && l <= 6 ? l : 2;
  }
  return null;
}

interface Level {
  list: NodeListOf<ChildNode>;
  i: number;
  n: number;
}

export function blocksFromDom(root: ParentNode): DomBlocks {
  const blocks: Block[] = [];
  const nodes: NodeRun[][] = [];
  const clutter: (Element | null)[] = [];
  const frames: Frame[] = [];
  const sectionParents = new Map<Node, boolean>();
  let containers = 0;
  let figures = 0;
  let open: Open | null = null;

  const flush = () => {
    if (open && open.text) {
      const f = open.ownerFrame;
      blocks.push({
        text: open.text,
        tag: f.tag,
        headingLevel: headingLevel(f.el, f.tag, f.role),
        className: f.cls ?? '',
        container: open.container,
        emphasis: open.allEmphasised || open.titled,
        ...(!open.allEmphasised && !open.titled && open.leadEmphasis > 0 ? { leadEmphasis: open.leadEmphasis } : {}),
        // (Only inside a <figure>: the picture's caption and credit lines.)
        ...(f.figure !== null ? { figure: f.figure } : {}),
        ...(open.indented ? { indented: true } : {}),
        ...(!f.cls && open.inner && open.inner.cls ? { innerClass: open.inner.cls } : {}),
      });
      nodes.push(open.runs);
      clutter.push(open.clutter);
    }
    open = null;
  };

  const top = (): Frame | undefined => frames[frames.length - 1];

  // Appends node.data[from, to) to the open block, after a collapsed space when one is pending.
  // `t` is the innermost frame, the text's parent element.
  const emit = (node: Text, data: string, from: number, to: number, f: Frame, emphasised: boolean, t: Frame, box: Frame | null) => {
    const link = t.link;
    if (!open) {
      open = { owner: f.el, ownerFrame: f, text: '', runs: [], pendingSpace: false, allEmphasised: true, leadEmphasis: 0, container: f.container, titled: f.titled, brs: 0, lastParent: null, clutter: t.clutter, indented: INDENT.test(data.slice(0, from)), inner: undefined };
    }
    const o: Open = open;
    if (o.inner === undefined) o.inner = box;
    else if (o.inner && o.inner !== box) o.inner = null;
    o.brs = 0;
    if (!emphasised) o.allEmphasised = false;
    if (o.pendingSpace && o.text) o.text += ' ';
    o.pendingSpace = false;
    const last = o.runs[o.runs.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === from && last.blockStart + last.length === o.text.length) {
      last.length += to - from;
    } else {
      o.runs.push({ node, blockStart: o.text.length, nodeStart: from, length: to - from, inLink: link });
    }
    o.text += data.slice(from, to);
    if (emphasised && o.allEmphasised) o.leadEmphasis = o.text.length;
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    let k = frames.length - 1;
    while (k >= 0 && !frames[k]?.owner) k--;
    const f = frames[k];
    if (!f) return;
    const t = top() as Frame;
    // The outermost inline element below the owner that holds this text (Block.innerClass), null: right in the owner.
    const box = frames[k + 1] ?? null;
    const emphasised = t.emphasis > 0;
    if (open && open.owner !== f.el) flush();
    // The walk enters every element it descends into: the innermost frame is the text's parent.
    const parent = t.el;
    if (open) {
      const o: Open = open;
      if (!o.pendingSpace && o.text && parent && isBoxJunction(o.lastParent, parent, o.text, data)) o.pendingSpace = true;
      o.lastParent = parent;
    }
    // Only whitespace that collapsing changes breaks a run: runs of two or more, or a tab/newline/nbsp.
    // Single spaces stay inside the run, so ordinary prose maps with one run per node.
    ODD_WS.lastIndex = 0;
    let i = 0;
    let m: RegExpExecArray | null;
    while ((m = ODD_WS.exec(data))) {
      let from = i;
      let to = m.index;
      // A single space next to the collapsed run belongs to it.
      while (to > from && data.charCodeAt(to - 1) === 32) to--;
      while (from < to && data.charCodeAt(from) === 32) from++;
      if (from > i && open) (open as Open).pendingSpace = true;
      if (to > from) emit(node, data, from, to, f, emphasised, t, box);
      if (open) (open as Open).pendingSpace = true;
      i = m.index + m[0].length;
    }
    if (i < data.length) {
      let from = i;
      let to = data.length;
      while (to > from && data.charCodeAt(to - 1) === 32) to--;
      while (from < to && data.charCodeAt(from) === 32) from++;
      if (from > i && open) (open as Open).pendingSpace = true;
      if (to > from) emit(node, data, from, to, f, emphasised, t, box);
      if (to < data.length && open) (open as Open).pendingSpace = true;
    }
    if (open) (open as Open).lastParent = parent;
  };

  const enter = (el: Element): boolean => {
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return false;
    const attrs = el.hasAttributes();
    const cls = attrs ? el.getAttribute('class') : null;
    const style = attrs ? el.getAttribute('style') : null;
    if (attrs && hiddenByAttributes(el, cls, style)) return false;
    if (tag === 'br') {
      if (open) {
        const o: Open = open;
        o.brs++;
        o.pendingSpace = true;
        if (o.brs >= 2) flush();
      }
      return false;
    }
    const parent = top();
    const role = attrs ? el.getAttribute('role') : null;
    const inArticle = tag === 'article' || !!parent?.inArticle;
    // A data row is the block; its cells are inline text apart by a space (isDataRow).
    const dataRow = tag === 'tr' && isDataRow(el);
    const inRow = !!parent?.dataRow && (tag === 'td' || tag === 'th');
    if (inRow && open) (open as Open).pendingSpace = true;
    const isBlock = dataRow || ((BLOCK_TAGS.has(tag) || role === 'heading') && !inRow && !parent?.inDataRow);
    const isBreaker = !dataRow && BREAKERS.has(tag) && !parent?.inDataRow;
    let container = parent?.container ?? null;
    if (tag === 'article') container = containers++;
    else if (tag === 'section' && el.parentNode) {
      let many = sectionParents.get(el.parentNode);
      if (many === undefined) {
        let n = 0;
        for (let c = el.parentNode.firstChild; c; c = c.nextSibling) {
          if (c.nodeType === 1 && (c as Element).tagName.toLowerCase() === 'section') n++;
        }
        many = n >= 2;
        sectionParents.set(el.parentNode, many);
      }
      if (many) container = containers++;
    }
    const figure = tag === 'figure' ? figures++ : (parent?.figure ?? null);
    const ownTitled = (!!cls && TITLE_CLASS.test(cls)) || (attrs && styledAsHeading(el, tag, style));
    const owner = isBlock || isBreaker;
    if (owner) flush();
    frames.push({
      el,
      tag,
      cls,
      role,
      owner,
      container,
      figure,
      // Inline wrappers count like <b>: the block is emphasised only if they wrap all of its text.
      emphasis: (parent?.emphasis ?? 0) + (EMPHASIS_TAGS.has(tag) || (!owner && ownTitled) ? 1 : 0),
      titled: owner ? ownTitled || (isBlock && !!parent?.ownTitled) : false,
      ownTitled,
      link: tag === 'a' || (!LINK_BOUNDARY_TAGS.has(tag) && (parent ? parent.link : inLinkAt(el.parentElement))),
      // Without attributes an element is furniture only by its tag.
      clutter: isClutterElement(tag, cls, attrs ? el.id : '', role, !!parent?.inArticle) ? el : (parent?.clutter ?? null),
      inArticle,
      dataRow,
      inDataRow: dataRow || !!parent?.inDataRow,
    });
    return true;
  };

  const leave = () => {
    const f = frames.pop();
    if (f?.owner) flush();
  };

  if ((root as Node).nodeType === 1) {
    const el = root as unknown as Element;
    const tag = el.tagName.toLowerCase();
    // The root's own ancestors are read up the tree once.
    frames.push({
      el, tag, cls: el.getAttribute('class'), role: el.getAttribute('role'), owner: true, container: null, figure: null, emphasis: 0, titled: false, ownTitled: false,
      link: inLinkAt(el), clutter: makeClutterTest()(el), inArticle: !!el.closest('article'), dataRow: false, inDataRow: false,
    });
  }
  // Iterative walk over childNodes lists (index access is cheap everywhere; nextSibling is not in every DOM).
  // The walk only reads the tree, so each list's length is read once.
  const stack: Level[] = [{ list: root.childNodes, i: 0, n: root.childNodes.length }];
  while (stack.length) {
    const level = stack[stack.length - 1] as Level;
    if (level.i >= level.n) {
      stack.pop();
      if (stack.length) leave();
      continue;
    }
    const node = level.list[level.i++] as Node;
    const type = node.nodeType;
    if (type === 3) addText(node as Text);
    else if (type === 1 && enter(node as Element)) {
      const children = node.childNodes;
      const n = children.length;
      if (n) stack.push({ list: children, i: 0, n });
      else leave();
    }
  }
  flush();
  return { blocks, nodes, clutter };
}
