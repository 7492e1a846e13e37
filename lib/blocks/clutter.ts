// Page furniture by its element: navigation, footers, share bars, comment threads, named or tagged as such.
// Read once per element, during the block walk (dom.ts) or, for blocks made elsewhere, up the tree (content.ts).

const CLUTTER_NAME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|footer|foot|breadcrumbs?|crumbs?|sidebar|sidenav|share|sharing|social|comments?|related|recommend|copyright|masthead|toolbar|pagination|pager|ads?|advert\w*|sponsor\w*|subscribe|newsletter|cookies?|login|signin|search|tags?|topbar|header-nav|site-header|site-footer|modal|popup|lightbox|dialog)(?:[\s_-]|$)/i;
/** A comment thread or its rules: below the story, never the wrapper of a page's content. */
const COMMENT_NAME = /(?:^|[\s_-])(?:comments?|discuss\w*|disqus\w*)(?:[\s_-]|$)/i;
const CLUTTER_TAGS = new Set(['nav', 'footer', 'aside', 'menu', 'dialog']);
/**
 * Wrappers a page's whole content sits in: their class lists describe the page ("sidebar-second", "tag-economy",
 * "has-share-bar"), not the element, so names never make them furniture (Readability spares them likewise).
 */
const WRAPPER_TAGS = new Set(['html', 'body', 'main', 'article']);

/** Whether this element itself is furniture (`tag` lower-case; a <header> counts only outside an <article>). */
export function isClutterElement(tag: string, cls: string | null, id: string, role: string | null, inArticle: boolean): boolean {
  if (CLUTTER_TAGS.has(tag) || (tag === 'header' && !inArticle)) return true;
  if (role === 'navigation' || role === 'contentinfo' || role === 'dialog' || role === 'alertdialog') return true;
  if (WRAPPER_TAGS.has(tag)) return false;
  return ((!!cls && cls.trim() !== '') || id !== '') && CLUTTER_NAME.test(`${cls ?? ''} ${id}`);
}

/** Whether a furniture element is named as a comment thread (its class or id). */
export function isCommentElement(el: Element): boolean {
  return COMMENT_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`);
}

/**
 * The furniture element at or nearest above an element (null: none), read up the tree (memoised per element).
 * The nearest one, so that a navigation list inside a wrapper named like furniture is told from the wrapper.
 */
export function makeClutterTest(): (el: Element | null) => Element | null {
  const memo = new Map<Element, Element | null>();
  return (start) => {
    const chain: Element[] = [];
    let el: Element | null = start;
    let result: Element | null = null;
    while (el) {
      const known = memo.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(el);
      const tag = el.tagName.toLowerCase();
      if (isClutterElement(tag, el.getAttribute('class'), el.id ?? '', el.getAttribute('role'), tag === 'header' && !!el.closest('article'))) {
        result = el;
        break;
      }
      el = el.parentElement;
    }
    for (const c of chain) memo.set(c, result);
    return result;
  };
}
