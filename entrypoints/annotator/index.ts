// Injected into one tab by the background on a click; answers the background's typed requests.
import { browser } from 'wxt/browser';
import { parseContentRequest, type ContentRequest, type ContentResponses } from '@/lib/messages';
import { Annotator } from './annotator';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { __jianbaoAnnotator?: Annotator };
  if (g.__jianbaoAnnotator) return;
  const annotator = (g.__jianbaoAnnotator = new Annotator());

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // Only the background talks to this script; a request is checked before it is acted on (lib/messages.ts).
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseContentRequest(raw);
    if (!message) return undefined;
    const reply = (p: Promise<ContentResponses[ContentRequest['type']]>) => {
      p.then(sendResponse, (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }));
      return true;
    };
    switch (message.type) {
      case 'jianbao:ping':
        sendResponse({ ready: true });
        return undefined;
      case 'jianbao:click':
        return reply(annotator.click());
      case 'jianbao:rerun':
        return reply(annotator.run());
      case 'jianbao:save-selection':
        return reply(annotator.saveSelection());
      default:
        return undefined;
    }
  });
});
