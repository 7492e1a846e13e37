// The Chromium side of the benchmarks: the built test extension, the probe script injected into a served page,
// and the benchmark popup page (entrypoints/bench, entrypoints/bench-popup).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, EXTENSION_DIR, type ExtensionBrowser } from '../scripts/harness/extension';
import { serveStatic, type StaticServer } from '../scripts/harness/server';
import type { PageBenchResult } from '../entrypoints/bench/index';
import type { PopupBenchResult } from '../entrypoints/bench-popup/measure';

export interface BenchBrowser {
  ext: ExtensionBrowser;
  server: StaticServer;
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name(...)` helper;
 * functions Playwright serialises into the browser carry that call, so the browser side needs the helper too.
 */
const NAME_HELPER = 'globalThis.__name ??= (f) => f; undefined';

export async function withBrowser(body: (b: BenchBrowser) => Promise<void>): Promise<void> {
  // The repository root: the sample page and the generated .bench/ pages.
  const server = await serveStatic(resolve('.'));
  const ext = await launchWithExtension();
  await ext.worker.evaluate(NAME_HELPER);
  try {
    await body({ ext, server });
  } finally {
    await ext.close();
    await server.close();
  }
}

interface PageSpec {
  key: string;
  path: string;
  runs: number;
}

type Chrome = {
  scripting: {
    executeScript(o: { target: { tabId: number }; files?: string[]; func?: (...a: never[]) => unknown; args?: unknown[] }): Promise<{ result?: unknown }[]>;
  };
};

export async function measurePages(b: BenchBrowser, specs: PageSpec[]): Promise<Record<string, PageBenchResult>> {
  const out: Record<string, PageBenchResult> = {};
  for (const spec of specs) {
    const page = await b.ext.context.newPage();
    await page.goto(b.server.url(spec.path));
    const tabId = await b.ext.tabId(page);
    process.stderr.write(`bench: ${spec.path}: ${spec.runs} runs\n`);
    const result = await b.ext.worker.evaluate(
      async ({ tabId, runs }) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        await chrome.scripting.executeScript({ target: { tabId }, files: ['/bench.js'] });
        const [frame] = await chrome.scripting.executeScript({
          target: { tabId },
          func: ((n: number) => (globalThis as unknown as { __jianbaoBench: { run(n: number): Promise<unknown> } }).__jianbaoBench.run(n)) as (...a: never[]) => unknown,
          args: [runs],
        });
        return frame?.result as PageBenchResult;
      },
      { tabId, runs: spec.runs },
    );
    if (!result) throw new Error(`${spec.path}: the benchmark probe returned nothing`);
    out[spec.key] = result;
    await page.close();
  }
  return out;
}

/** The popup's library with `count` clippings; null when this build has no benchmark popup page. */
export async function measurePopup(b: BenchBrowser, count: number): Promise<PopupBenchResult | null> {
  if (!existsSync(resolve(EXTENSION_DIR, 'bench-popup.html'))) {
    process.stderr.write('bench: no bench-popup.html in the build: popup figures skipped\n');
    return null;
  }
  const page = await b.ext.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${b.ext.extensionId}/bench-popup.html`);
  process.stderr.write(`bench: popup with ${count} clippings\n`);
  await page.evaluate(NAME_HELPER);
  await page.waitForFunction(() => 'jianbaoPopupBench' in globalThis);
  const result = await page.evaluate(
    (n) => (globalThis as unknown as { jianbaoPopupBench: { run(n: number): Promise<PopupBenchResult> } }).jianbaoPopupBench.run(n),
    count,
  );
  await page.close();
  return result;
}
