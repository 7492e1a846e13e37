// `npm run bench` (after `npm run build:test`): every figure of docs/cli-contract.md, each next to the baseline it
// is measured against in the same run. Prints a readable table, then one JSON line per figure.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runNodeChild } from './child';
import { largePage, readText, writeGenerated, zhNewsLines } from './generate';
import { Figures, above, below, median, ratioAtMost } from './measure';
import { measurePages, measurePopup, withBrowser, type BenchBrowser } from './browser';
import { cliFigures } from './cli';
import { longTableFigures, longTextFigures } from './long-text';

const ONLY = new Set((process.env.JIANBAO_BENCH_ONLY ?? 'pages,popup,static,text,annotate,cli').split(','));

const OUT = resolve('.bench');
const SAMPLE = resolve('test/fixtures/seed/page.html');
const SAMPLE_TEXT = resolve('test/fixtures/seed/page.txt');
const GAZETTEER = resolve('public/gazetteer.json');
const CONTENT_SCRIPT = resolve('.output/chrome-mv3/annotator.js');
const CLI = resolve('bin/jianbao.mjs');
const BASELINE_CLI = resolve('bench/readline-baseline.mjs');

const LARGE_PAGE_BYTES = 1_100_000;
const ZH_TEXT_BYTES = 10_500_000;
const ANNOTATE_RUNS = 3;

const kb = (bytes: number) => bytes / 1024;

/** "segment 1.2 · figures 0.8 …": where the pipeline's time goes (figuresAndPlaces includes figures). */
function stageNote(stages: Record<string, number>): string {
  return Object.entries(stages)
    .filter(([k]) => k !== 'readability')
    .map(([k, v]) => `${k} ${v.toFixed(v < 1 ? 2 : 1)}`)
    .join(' · ');
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function staticFigures(figures: Figures): void {
  const gazetteer = readFileSync(GAZETTEER);
  figures.add('gazetteer.raw.KB', kb(gazetteer.length), 'KB');
  figures.add('gazetteer.gzip.KB', kb(gzipSync(gazetteer).length), 'KB');
  if (!existsSync(CONTENT_SCRIPT)) throw new Error(`${CONTENT_SCRIPT} is missing: run \`npm run build:test\` first`);
  const script = readFileSync(CONTENT_SCRIPT);
  figures.add('contentScript.raw.KB', kb(script.length), 'KB');
  figures.add('contentScript.gzip.KB', kb(gzipSync(script).length), 'KB');
}

async function annotateFigures(figures: Figures): Promise<void> {
  const input = writeGenerated(resolve(OUT, 'news-zh.txt'), zhNewsLines(readText(SAMPLE_TEXT), ZH_TEXT_BYTES));
  const lines = readFileSync(input.path, 'utf8').split('\n').length - 1;
  const mb = input.bytes / 1e6;
  log(`annotate: ${mb.toFixed(1)} MB, ${lines} lines, ${ANNOTATE_RUNS} runs each`);
  const base: number[] = [];
  const annotate: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < ANNOTATE_RUNS; i++) {
    const b = await runNodeChild([BASELINE_CLI], input.path);
    const a = await runNodeChild([CLI, 'annotate', '--lang', 'zh'], input.path);
    if (a.exitCode !== 0 || a.outputLines !== lines) {
      throw new Error(`jianbao annotate: exit ${a.exitCode}, ${a.outputLines} of ${lines} lines: ${a.stderr.trim().split('\n')[0] ?? ''}`);
    }
    base.push(b.ms);
    annotate.push(a.ms);
    if (a.peakRssKB !== null) rss.push(a.peakRssKB);
  }
  figures.add('readline.zh.MBps', mb / (median(base) / 1000), 'MB/s', null, undefined, 'read lines, write {} (node, no annotation)');
  figures.add('annotate.zh.MBps', mb / (median(annotate) / 1000), 'MB/s', 'readline.zh.MBps', above(1, '> 1 MB/s'), `${mb.toFixed(1)} MB, whole process incl. start-up`);
  if (rss.length) figures.add('annotate.zh.peakRSS.KB', median(rss), 'KB', null, undefined, 'peak resident memory of the annotate process');
}

async function pageFigures(figures: Figures, browser: BenchBrowser, largeBytes: number): Promise<void> {
  const pages = await measurePages(browser, [
    { key: 'sample', path: '/test/fixtures/seed/page.html', runs: 40 },
    { key: 'large', path: '/.bench/large.html', runs: 21 },
  ]);
  const sample = pages.sample!;
  const big = pages.large!;
  figures.add('readability.sample.ms', sample.readabilityMs, 'ms', null, undefined, `${sample.textChars} chars of page text`);
  figures.add('pipeline.sample.ms', sample.pipelineMs, 'ms', 'readability.sample.ms', ratioAtMost(2), `${sample.articles} articles; ${stageNote(sample.stages)}`);
  figures.add('readability.large.ms', big.readabilityMs, 'ms', null, undefined, `${(largeBytes / 1e6).toFixed(2)} MB HTML`);
  figures.add('pipeline.large.ms', big.pipelineMs, 'ms', 'readability.large.ms', ratioAtMost(2), `${big.articles} articles; ${stageNote(big.stages)}`);
  // The segmenter's own share, next to Readability's (issue: segmentation must add little to Readability).
  if (sample.stages.segment !== undefined) figures.add('segment.sample.ms', sample.stages.segment, 'ms', 'readability.sample.ms', undefined, 'articles from blocks: boundaries, datelines, bylines, repair');
  if (big.stages.segment !== undefined) figures.add('segment.large.ms', big.stages.segment, 'ms', 'readability.large.ms');
  figures.add('highlight.paint.ms', sample.paintMs, 'ms', null, undefined, `${sample.highlights} figures and places: ranges + CSS.highlights`);
  figures.add('json.parse.gazetteer.ms', sample.gazetteerParseMs, 'ms', null, undefined, 'in Chromium');
  figures.add('gazetteer.load.ms', sample.gazetteerLoadMs, 'ms', 'json.parse.gazetteer.ms', undefined, 'JSON.parse + parseGazetteer');
}

async function popupFigures(figures: Figures, browser: BenchBrowser): Promise<void> {
  const popup = await measurePopup(browser, 10_000);
  if (!popup) return;
  figures.add('popup.10k.firstRender.ms', popup.firstRenderMs, 'ms', null, below(150, '< 150 ms'), 'database opened and library view mounted until its rows are in the DOM');
  figures.add('popup.10k.query.ms', popup.queryMs, 'ms', null, undefined, `queryClippings "${popup.query}" alone`);
  figures.add('popup.10k.search.ms', popup.searchMs, 'ms', null, below(30, '< 30 ms'), 'a different word each run, typed into the search box until the list shows its matches');
  figures.add('popup.10k.readAll.ms', popup.readAllMs, 'ms', null, undefined, 'every row of the library read, nothing else (the views\' baseline)');
  figures.add('popup.10k.map.ms', popup.mapMs, 'ms', 'popup.10k.readAll.ms', below(150, '< 150 ms'), `map view of all 10,000 until its ${popup.mapRegions} regions are shaded`);
  figures.add('popup.10k.mapCounts.ms', popup.mapCountsMs, 'ms', 'popup.10k.readAll.ms', undefined, 'the map\'s counts alone, from the place index (no rows), listing its codes itself');
  figures.add('popup.10k.figures.ms', popup.figuresMs, 'ms', 'popup.10k.readAll.ms', below(150, '< 150 ms'), `figures view of all 10,000 until its ${popup.figureGroups} kind/unit rows are drawn`);
  figures.add('export.10k.markdown.ms', popup.exportMs, 'ms', null, below(1000, '< 1 s'), `read all 10,000 + Markdown (${(popup.exportBytes / 1e6).toFixed(1)} M chars)`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const figures = new Figures();
  const large = writeGenerated(resolve(OUT, 'large.html'), largePage(readText(SAMPLE), LARGE_PAGE_BYTES));
  log(`large page: ${(large.bytes / 1e6).toFixed(2)} MB of HTML`);

  if (ONLY.has('pages') || ONLY.has('popup')) {
    await withBrowser(async (browser) => {
      if (ONLY.has('pages')) await pageFigures(figures, browser, large.bytes);
      if (ONLY.has('popup')) await popupFigures(figures, browser);
    });
  }

  if (ONLY.has('static')) staticFigures(figures);
  if (ONLY.has('text')) {
    longTextFigures(figures, readText(SAMPLE_TEXT), GAZETTEER);
    longTableFigures(figures, GAZETTEER);
  }
  if (ONLY.has('annotate')) await annotateFigures(figures);
  if (ONLY.has('cli')) await cliFigures(figures);

  process.stdout.write(figures.table() + '\n\n' + figures.jsonLines() + '\n');
  log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
