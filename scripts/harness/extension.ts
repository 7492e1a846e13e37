// Chromium with the built extension loaded, and the click hook: what npm start, e2e tests and benchmarks share.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { AnnotateReport } from '../../lib/messages';
import { findChromium } from './chromium';
import { panelOf, type Panel } from './panel';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Runs the toolbar click on the tab showing `page` (through globalThis.__jianbao.click). */
  click(page: Page): Promise<AnnotateReport>;
  tabId(page: Page): Promise<number>;
  /** The in-page panel of `page` (closed shadow root), read from the extension's isolated world. */
  panel(page: Page): Panel;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean; locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:test\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'jianbao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30000 }));
  const extensionId = new URL(worker.url()).host;
  // A string, not a function: tsx would wrap a named inner function in a helper the worker does not have.
  await worker.evaluate(`new Promise((ok) => { (function poll() { globalThis.__jianbao ? ok() : setTimeout(poll, 20); })(); })`);

  /** The tab showing `page`: brought to the front first, since several tabs may show the same URL. */
  async function tabId(page: Page): Promise<number> {
    await page.bringToFront();
    const url = page.url();
    const id = await worker.evaluate(async (u) => {
      type Tabs = { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } };
      const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ active: true, url: u.split('#')[0] });
      return tabs[0]?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  }

  return {
    context,
    worker,
    extensionId,
    tabId,
    panel: (page) => panelOf(page, extensionId),
    async click(page) {
      const id = await tabId(page);
      return worker.evaluate((tab) => (globalThis as unknown as { __jianbao: { click(id: number): Promise<AnnotateReport> } }).__jianbao.click(tab), id);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function isOurs(w: Worker): boolean {
  return w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
}
