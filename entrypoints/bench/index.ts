// Benchmark probe (test builds only): injected into a page by bench/run.ts to time Readability alone, the whole
// pipeline and highlight painting on the live document, in the same isolated world the annotator runs in.
import { browser } from 'wxt/browser';
import { pageHighlights } from '@/lib/highlight/entries';
import { extractDocument, readabilityText } from '@/lib/pipeline';
import { parseGazetteer, type Gazetteer } from '@/lib/places';
import { clearHighlights, paintHighlights } from '@/entrypoints/annotator/highlights';

export interface PageBenchResult {
  runs: number;
  readabilityMs: number;
  pipelineMs: number;
  paintMs: number;
  articles: number;
  highlights: number;
  textChars: number;
  /** JSON.parse of the gazetteer resource alone, and JSON.parse + parseGazetteer (what a click pays once). */
  gazetteerParseMs: number;
  gazetteerLoadMs: number;
  /** Where the pipeline's time goes, stage by stage (medians), to explain its ratio to Readability. */
  stages: Record<string, number>;
}

/**
 * Uncounted rounds first, so that the JIT has optimised both sides before anything is timed: 250 rounds
 * (the pipeline's many small per-block functions reach the optimising compiler later than Readability's few
 * per-node ones), or as many as fit in a few seconds on a large page.
 */
const WARM_UP_ROUNDS = 250;
const WARM_UP_MS = 3000;
const MIN_WARM_UP_ROUNDS = 10;
/**
 * performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated, about a tenth of
 * Readability's time on a small page: each sample therefore sums enough back-to-back rounds to last about
 * this long, and the figure is that sum over the rounds (the median over samples).
 */
const SAMPLE_TARGET_MS = 4;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Ranges for every figure and place, painted by the annotator's own painter (no clippings on a bench page). */
function paint(extract: ReturnType<typeof extractDocument>): number {
  const page = pageHighlights(document, extract);
  paintHighlights(page.entries);
  return page.entries.length;
}

/**
 * The steps lib/pipeline.ts chains, timed one by one by extractDocument itself (its `stages` option: a diagnosis;
 * the figure itself is extractDocument untimed): meta (readPageMeta), readability (readabilityText: depth check,
 * clone, Readability), blocks, content, title, lang, segment, pageMeta (withPageMeta), places (scanPlaces),
 * currency (storyCurrency) and figures (annotateArticle: figures of each text, overlaps, place names); "other" is
 * the rest of the pipeline's time.
 */
function stageTimes(gazetteer: Gazetteer, t: Record<string, number>): void {
  const t0 = performance.now();
  const stages: Record<string, number> = {};
  extractDocument(document, { url: location.href, gazetteer, englishNames: false, stages });
  const total = performance.now() - t0;
  let timed = 0;
  for (const [name, v] of Object.entries(stages)) {
    t[name] = (t[name] ?? 0) + v;
    timed += v;
  }
  t.other = (t.other ?? 0) + total - timed;
}

async function run(runs = 7): Promise<PageBenchResult> {
  // The gazetteer is loaded once, as the annotator does; its cost is measured separately (gazetteer.load.ms).
  const raw = await (await fetch(browser.runtime.getURL('/gazetteer.json'))).text();
  let gazetteer: Gazetteer = parseGazetteer(JSON.parse(raw));
  const parsing: number[] = [];
  const loading: number[] = [];
  for (let i = 0; i < runs; i++) {
    parsing.push(time(() => JSON.parse(raw)));
    loading.push(time(() => (gazetteer = parseGazetteer(JSON.parse(raw)))));
  }
  const url = location.href;
  let warm = extractDocument(document, { url, gazetteer, englishNames: false });
  let warmReadability = 0;
  let rounds = 0;
  const warmUntil = performance.now() + WARM_UP_MS;
  for (; rounds < WARM_UP_ROUNDS && (rounds < MIN_WARM_UP_ROUNDS || performance.now() < warmUntil); rounds++) {
    warmReadability += time(() => readabilityText(document));
    warm = extractDocument(document, { url, gazetteer, englishNames: false });
    paint(warm);
    clearHighlights();
  }
  const group = Math.max(1, Math.round(SAMPLE_TARGET_MS / Math.max(warmReadability / rounds, 0.1)));
  const readability: number[] = [];
  const pipeline: number[] = [];
  const painting: number[] = [];
  let extract = warm;
  let highlights = 0;
  // Interleaved, round by round, so that both sides see the same machine load and the same cold caches.
  for (let i = 0; i < runs; i++) {
    let r = 0;
    let p = 0;
    let h = 0;
    for (let k = 0; k < group; k++) {
      r += time(() => readabilityText(document));
      p += time(() => (extract = extractDocument(document, { url, gazetteer, englishNames: false })));
      h += time(() => (highlights = paint(extract)));
      clearHighlights();
    }
    readability.push(r / group);
    pipeline.push(p / group);
    painting.push(h / group);
  }
  const stageRuns: Record<string, number[]> = {};
  for (let i = 0; i < Math.min(runs, 9); i++) {
    const sums: Record<string, number> = {};
    for (let k = 0; k < group; k++) stageTimes(gazetteer, sums);
    for (const [name, v] of Object.entries(sums)) (stageRuns[name] ??= []).push(v / group);
  }
  const stages = Object.fromEntries(Object.entries(stageRuns).map(([k, v]) => [k, median(v)]));
  return {
    stages,
    runs,
    readabilityMs: median(readability),
    pipelineMs: median(pipeline),
    paintMs: median(painting),
    articles: extract.result.articles.length,
    highlights,
    textChars: document.body?.textContent?.length ?? 0,
    gazetteerParseMs: median(parsing),
    gazetteerLoadMs: median(loading),
  };
}

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __jianbaoBench: { run: typeof run } }).__jianbaoBench = { run };
});
