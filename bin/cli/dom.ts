// A DOM for Node: happy-dom, with scripts and network off (saved pages are untrusted).
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
