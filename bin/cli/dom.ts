// A DOM for Node: happy-dom, with scripts and network off (saved pages are untrusted). linkedom was measured
// against it (README, "Command line"): 4× faster on the benchmark's pages with the same body F1, but its
// selector engine and child lists made the pipeline quadratic on wide pages and cubic on deep ones (1,000 nested
// divs: 54 s), so a hostile page could stall a batch; happy-dom stays.
import { Window } from 'happy-dom';

export function parseHtml(html: string, url: string | null): { document: Document; close(): void } {
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
