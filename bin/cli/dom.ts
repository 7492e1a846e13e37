// A DOM for Node. Saved pages are untrusted: neither DOM runs scripts, loads anything or lays anything out.
// linkedom parses a well-formed page in about half happy-dom's time with the same results on the benchmark's
// pages (README, "Command line"), but its parser (htmlparser2) does not build what the HTML standard implies: a
// fragment or a page without <body> gets an empty body, and what follows </html> is left outside the tree. Such a
// page is parsed again by happy-dom, which builds it as a browser does; happy-dom (1 MB of code) is loaded only then.
import { parseHTML } from 'linkedom';

export interface ParsedPage {
  document: Document;
  close(): void;
}

/** A linkedom document as a browser would build it: one <html> root holding a <body> that holds the page. */
function wellFormed(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || root.localName !== 'html' || !doc.body || doc.body.parentNode !== root) return false;
  const only = (parent: Node, allowed: (n: Node) => boolean): boolean => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (allowed(n) || n.nodeType === 8 || (n.nodeType === 3 && !(n.textContent ?? '').trim())) continue;
      return false;
    }
    return true;
  };
  // Nothing beside the root but a doctype and comments; nothing in the root but <head> and <body>.
  return only(doc, (n) => n === root || n.nodeType === 10) && only(root, (n) => n === doc.head || n === doc.body);
}

async function happyDom(html: string, url: string | null): Promise<ParsedPage> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url ?? 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

export async function parseHtml(html: string, url: string | null): Promise<ParsedPage> {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return wellFormed(doc) ? { document: doc, close: () => {} } : happyDom(html, url);
}
