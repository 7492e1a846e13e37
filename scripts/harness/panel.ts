// The in-page panel as tests reach it. Its shadow root is closed, so neither the page nor Playwright's locators can
// look inside; the tests read it from the content script's isolated world (through the DevTools protocol, as the
// extension itself would) and act on it only as a reader does, with real mouse and keyboard input at the element's
// place on screen (trusted events, the only ones the panel answers).
import type { CDPSession, Page } from 'playwright-core';

interface Context {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean; type?: string };
}

export interface Panel {
  /** Runs `body` (a function's source, called with the closed shadow root and the annotator) in the isolated world. */
  run<T>(body: string, arg?: unknown): Promise<T>;
  texts(selector: string): Promise<string[]>;
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  /** The element is rendered (not display:none, not inside a hidden host). */
  visible(selector: string): Promise<boolean>;
  /** Waits until `selector` matches (or, with `gone`, no longer matches) an element. */
  waitFor(selector: string, state?: 'present' | 'gone'): Promise<void>;
  /** Scrolls the `nth` match into view and clicks its centre with the mouse. */
  click(selector: string, nth?: number): Promise<void>;
  /** Focuses the field with a click, selects what it holds and types `text` in its place. */
  fill(selector: string, text: string): Promise<void>;
  /** The passages painted as the reader's clippings (inside the closed root). */
  paintedClippings(): Promise<string[]>;
}

async function isolatedContext(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: Context[] = [];
  const onCreated = (e: { context: Context }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCreated);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onCreated);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const main = frameTree.frame.id;
  const ours = contexts.filter((c) => c.auxData?.frameId === main && c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
  if (!ours.length) throw new Error('the annotator has not been injected into this page');
  return ours[ours.length - 1]!.id;
}

export function panelOf(page: Page, extensionId: string): Panel {
  async function run<T>(body: string, arg?: unknown): Promise<T> {
    const cdp = await page.context().newCDPSession(page);
    try {
      const contextId = await isolatedContext(cdp, extensionId);
      const expression = `(async () => { const a = globalThis.__jianbaoAnnotator; const root = a && a.panelRoot(); return (${body})(root, a, ${JSON.stringify(arg ?? null)}); })()`;
      const result = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) throw new Error(`in the isolated world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      return result.result.value as T;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  const all = (selector: string) => `[...(root ? root.querySelectorAll(${JSON.stringify(selector)}) : [])]`;

  /** The element's centre on screen, polled until it is shown (a button may be revealed a task after the event). */
  async function centre(selector: string, nth: number): Promise<{ x: number; y: number }> {
    const deadline = Date.now() + 15000;
    for (;;) {
      const point = await visibleCentre(selector, nth);
      if (point) return point;
      if (Date.now() > deadline) throw new Error(`no visible ${selector} [${nth}] in the panel`);
    }
  }

  async function visibleCentre(selector: string, nth: number): Promise<{ x: number; y: number } | null> {
    return run<{ x: number; y: number } | null>(
      `(root) => {
        const el = ${all(selector)}[${nth}];
        if (!el) return null;
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }`,
    );
  }

  const panel: Panel = {
    run,
    texts: (selector) => run(`(root) => ${all(selector)}.map((e) => e.textContent ?? '')`),
    text: (selector) => run(`(root) => { const e = ${all(selector)}[0]; return e ? e.textContent : null; }`),
    count: (selector) => run(`(root) => ${all(selector)}.length`),
    visible: (selector) => run(`(root) => { const e = ${all(selector)}[0]; return !!e && e.getClientRects().length > 0; }`),
    async waitFor(selector, state = 'present') {
      // Polled as Playwright's own waits are; the bound only ends a wait that would fail anyway.
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline) {
        const n = await panel.count(selector).catch(() => 0);
        if (state === 'present' ? n > 0 : n === 0) return;
      }
      throw new Error(`${selector} did not become ${state}`);
    },
    async click(selector, nth = 0) {
      await panel.waitFor(selector);
      const { x, y } = await centre(selector, nth);
      await page.mouse.click(x, y);
    },
    async fill(selector, text) {
      await panel.click(selector);
      await run(`(root) => { const e = ${all(selector)}[0]; e.focus(); e.select(); }`);
      if (text) await page.keyboard.insertText(text);
      else await page.keyboard.press('Backspace');
    },
    paintedClippings: () => run(`(root, a) => (a ? a.paintedClippings() : [])`),
  };
  return panel;
}
