// What the reader sees of Jianbao before clicking: its toolbar icon at every size the stores ask for, and the
// action's title in the browser's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/extension';

let browser: ExtensionBrowser;

/** The bits of the extension API these checks call in the service worker. */
declare const chrome: {
  runtime: { getManifest(): { icons?: Record<string, string> }; getURL(path: string): string };
  action: { getTitle(details: object): Promise<string> };
  i18n: { getMessage(name: string): string };
};

beforeAll(async () => {
  browser = await launchWithExtension({ locale: 'en-US' });
});
afterAll(async () => {
  await browser?.close();
});

describe('the toolbar button', () => {
  it('has a PNG icon of each size the stores ask for (16, 32, 48, 128), drawn from the SVG source', async () => {
    const icons = await browser.worker.evaluate(async () => {
      const manifest = chrome.runtime.getManifest();
      const out: Record<string, { width: number; height: number }> = {};
      for (const [size, path] of Object.entries(manifest.icons ?? {})) {
        const blob = await (await fetch(chrome.runtime.getURL(path))).blob();
        const bitmap = await createImageBitmap(blob);
        out[size] = { width: bitmap.width, height: bitmap.height };
      }
      return out;
    });
    for (const size of [16, 32, 48, 128]) expect(icons[String(size)]).toEqual({ width: size, height: size });
  });

  it('is titled in the browser’s language, not with a hard-coded name', async () => {
    const title = await browser.worker.evaluate(() => chrome.action.getTitle({}));
    expect(title).toBe(await browser.worker.evaluate(() => chrome.i18n.getMessage('actionTitle')));
    expect(title).not.toBe('');
  });
});
