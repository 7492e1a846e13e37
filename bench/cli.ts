// The command line's figures (issue #14), JIANBAO_BENCH_ONLY=cli to run only these: whole-process start-up beside
// bare Node, `annotate` throughput beside @node-rs/jieba tagging the same text, and batch extraction of the
// article-extraction benchmark's pages with --jobs 2 beside --jobs 1. Each is the median of several runs; the
// bundle is rebuilt first, as `npm install` leaves it (bin/jianbao.mjs would otherwise fall back to tsx).
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { aebDir } from '../eval/aeb';
import { buildCli } from '../scripts/build-cli.mjs';
import { runNodeChild } from './child';
import { readText, writeGenerated, zhNewsLines } from './generate';
import { Figures, atMost, median, ratioAtLeast } from './measure';

const OUT = resolve('.bench');
const CLI = resolve('bin/jianbao.mjs');
const SAMPLE = resolve('test/fixtures/seed/page.html');
const SAMPLE_TEXT = resolve('test/fixtures/seed/page.txt');
const JIEBA = resolve('bench/jieba-baseline.mjs');
const STARTUP_RUNS = 7;
const THROUGHPUT_RUNS = 3;
const BATCH_RUNS = 3;
/** The corpus size for the jieba comparison. */
const ZH_BYTES = 2_600_000;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function timed(args: string[], input: string, runs: number, expectLines?: number, okCodes = [0]): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runNodeChild(args, input);
    if (r.exitCode === null || !okCodes.includes(r.exitCode) || (expectLines !== undefined && r.outputLines !== expectLines)) {
      throw new Error(`${args.map((a) => a.replace(/.*\//, '')).join(' ')}: exit ${r.exitCode}, ${r.outputLines} lines: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    }
    ms.push(r.ms);
  }
  return median(ms);
}

export async function cliFigures(figures: Figures): Promise<void> {
  const built = await buildCli();
  log(`cli bundle rebuilt (${built.inputs} sources, ${built.ms} ms)`);
  const oneLine = writeGenerated(resolve(OUT, 'one-line.txt'), '本报包头2月9日讯 全区口岸完成进出境货运量5842.2万吨，同比增长14.7%。\n');
  const empty = writeGenerated(resolve(OUT, 'empty.txt'), '');

  figures.add('node.startup.ms', await timed(['-e', ''], empty.path, STARTUP_RUNS), 'ms', null, undefined, 'bare `node -e ""`, the floor');
  figures.add('cli.startup.ms', await timed([CLI, '--help'], empty.path, STARTUP_RUNS), 'ms', 'node.startup.ms', atMost(300, '≤ 300 ms'), '`jianbao --help`, whole process');
  figures.add('cli.annotate.oneLine.ms', await timed([CLI, 'annotate'], oneLine.path, STARTUP_RUNS, 1), 'ms', 'node.startup.ms', atMost(300, '≤ 300 ms'), '`jianbao annotate` on one line (gazetteer load included)');
  figures.add('cli.extract.sample.ms', await timed([CLI, 'extract', SAMPLE, '--format', 'json'], empty.path, STARTUP_RUNS), 'ms', 'node.startup.ms', atMost(500, '≤ 500 ms'), '`jianbao extract` of the sample page, whole process');

  const zh = writeGenerated(resolve(OUT, 'news-zh-2.6MB.txt'), zhNewsLines(readText(SAMPLE_TEXT), ZH_BYTES));
  const lines = readText(zh.path).split('\n').length - 1;
  const mb = zh.bytes / 1e6;
  log(`annotate vs jieba: ${mb.toFixed(1)} MB, ${lines} lines, ${THROUGHPUT_RUNS} runs each`);
  // The baseline runs in one thread; annotate with its default --jobs (one worker per CPU beyond the first: in
  // one thread on two CPUs), then with two worker threads whatever the machine.
  const jieba = await timed([JIEBA], zh.path, THROUGHPUT_RUNS, lines);
  figures.add('jieba.tag.zh.MBps', mb / (jieba / 1000), 'MB/s', null, undefined, '@node-rs/jieba POS tagging, whole process, one thread');
  const annotate = await timed([CLI, 'annotate', '--lang', 'zh'], zh.path, THROUGHPUT_RUNS, lines);
  figures.add('cli.annotate.zh.MBps', mb / (annotate / 1000), 'MB/s', 'jieba.tag.zh.MBps', ratioAtLeast(2), `${mb.toFixed(1)} MB, whole process, default --jobs`);
  const jobs2 = await timed([CLI, 'annotate', '--lang', 'zh', '--jobs', '2'], zh.path, THROUGHPUT_RUNS, lines);
  figures.add('cli.annotate.jobs2.zh.MBps', mb / (jobs2 / 1000), 'MB/s', 'jieba.tag.zh.MBps', undefined, `the same with --jobs 2 (worker threads)`);

  const dir = aebDir();
  if (!dir) {
    log('batch: the article-extraction benchmark is not in ../shared/fixtures: cli.batch.* skipped');
    return;
  }
  const pages = readdirSync(resolve(dir, 'html')).filter((f) => f.endsWith('.html.gz')).length;
  log(`batch: ${pages} pages (.html.gz), --jobs 1 and --jobs 2, ${BATCH_RUNS} runs each`);
  const html = resolve(dir, 'html');
  // Exit status 1 is allowed: a page with no article text is a failed line, not a failed run.
  const one = await timed([CLI, 'extract', html, '--format', 'jsonl', '--jobs', '1'], empty.path, BATCH_RUNS, pages, [0, 1]);
  figures.add('cli.batch.jobs1.pagesPerSec', pages / (one / 1000), 'pages/s', null, undefined, `extract DIR --format jsonl --jobs 1, ${pages} pages`);
  const two = await timed([CLI, 'extract', html, '--format', 'jsonl', '--jobs', '2'], empty.path, BATCH_RUNS, pages, [0, 1]);
  figures.add('cli.batch.pagesPerSec', pages / (two / 1000), 'pages/s', 'cli.batch.jobs1.pagesPerSec', ratioAtLeast(1.8), `the same with --jobs 2 (worker threads)`);
  writeFileSync(resolve(OUT, 'cli-batch.txt'), `${pages} pages: jobs1 ${one.toFixed(0)} ms, jobs2 ${two.toFixed(0)} ms\n`);
}
