// The public article-extraction benchmark (scrapinghub/article-extraction-benchmark, MIT; ../shared/fixtures/
// article-extraction-benchmark/): 181 real single-article pages with hand-checked bodies, scored by the benchmark's
// own shingle F1 (eval/shingle.ts, the port of its evaluate.py). In one run, on the same DOM of each page:
//  - Jianbao through the pipeline `jianbao extract --format json` runs (extractDocument), the body being every
//    returned article's paragraphs joined;
//  - Readability alone (@mozilla/readability, its textContent);
//  - and the peers' published outputs in output/*.json, scored by the same metric.
// Figures: eval.aeb.bodyF1 / precision / recall (peer `readability`: Readability alone, same run), eval.aeb.oneArticle (share
// of pages returned as exactly one article), eval.aeb.noText (pages with no article at all), eval.aeb.speed
// (pipeline time over Readability time, summed over the pages), eval.aeb.readability.bodyF1 and
// eval.aeb.peer.<name>.bodyF1. Pages run one after another (one worker). JIANBAO_AEB_LIST=1 prints every page's F1.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../bin/cli/dom';
import { extractDocument } from '../lib/pipeline';
import { figure, type EvalFigure, type EvalSuite } from './figure';
import { metrics, shingleMatching, type TpFpFn } from './shingle';

export function aebDir(): string | undefined {
  const shared = process.env.JIANBAO_SHARED ?? [resolve('../shared'), resolve('../../shared')].find((d) => existsSync(d));
  const dir = shared === undefined ? undefined : join(shared, 'fixtures/article-extraction-benchmark');
  return dir && existsSync(join(dir, 'ground-truth.json')) ? dir : undefined;
}

interface Truth {
  url: string;
  articleBody: string;
}

export interface AebPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

export function loadAeb(dir: string): AebPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, url: truth[id]!.url, truth: truth[id]!.articleBody ?? '', html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8') }));
}

export interface AebResult {
  body: string;
  articles: number;
  readability: string;
  pipelineMs: number;
  readabilityMs: number;
}

/** One page through the pipeline and through Readability alone, each on its own parse of the same HTML. */
export async function runPage(page: AebPage): Promise<AebResult> {
  const dom = await parseHtml(page.html, page.url);
  let body = '';
  let articles = 0;
  let readability = '';
  let pipelineMs = 0;
  let readabilityMs = 0;
  try {
    const clone = dom.document.cloneNode(true) as Document;
    let t = performance.now();
    const extracted = extractDocument(dom.document, { url: page.url, gazetteer: null }).result.articles;
    pipelineMs = performance.now() - t;
    body = extracted.map((a) => a.paragraphs.join('\n')).join('\n');
    articles = extracted.length;
    t = performance.now();
    readability = new Readability(clone).parse()?.textContent ?? '';
    readabilityMs = performance.now() - t;
  } finally {
    dom.close();
  }
  return { body, articles, readability, pipelineMs, readabilityMs };
}

function peerFigures(dir: string, pages: AebPage[]): EvalFigure[] {
  const out: EvalFigure[] = [];
  const outDir = join(dir, 'output');
  if (!existsSync(outDir)) return out;
  for (const file of readdirSync(outDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = file.slice(0, -5);
    const data = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as Record<string, unknown>;
    const output = (data.output && typeof data.output === 'object' && 'version' in data ? data.output : data) as Record<string, { articleBody?: string }>;
    const scored = pages.map((p) => shingleMatching(p.truth, output[p.id]?.articleBody ?? ''));
    out.push(figure(`eval.aeb.peer.${name}.bodyF1`, metrics(scored).f1, pages.length));
  }
  return out;
}

export const aeb: EvalSuite = {
  name: 'aeb',
  async run() {
    const dir = aebDir();
    if (!dir) {
      process.stderr.write('aeb: skipped: ../shared/fixtures/article-extraction-benchmark is absent (set JIANBAO_SHARED)\n');
      return [];
    }
    const pages = loadAeb(dir);
    const ours: TpFpFn[] = [];
    const theirs: TpFpFn[] = [];
    let one = 0;
    let none = 0;
    let pipelineMs = 0;
    let readabilityMs = 0;
    const list = process.env.JIANBAO_AEB_LIST === '1';
    for (const page of pages) {
      const r = await runPage(page);
      // happy-dom closes a window asynchronously: give its clean-up a turn, or 181 windows stay alive (out of memory).
      await new Promise((done) => setImmediate(done));
      const m = shingleMatching(page.truth, r.body);
      ours.push(m);
      theirs.push(shingleMatching(page.truth, r.readability));
      if (r.articles === 1) one++;
      if (r.articles === 0) none++;
      pipelineMs += r.pipelineMs;
      readabilityMs += r.readabilityMs;
      if (list) {
        const f = metrics([m]);
        const rf = metrics([theirs[theirs.length - 1]!]);
        process.stderr.write(`aeb: ${page.id.slice(0, 8)} articles=${r.articles} f1=${f.f1.toFixed(3)} p=${f.precision.toFixed(3)} r=${f.recall.toFixed(3)} readability=${rf.f1.toFixed(3)} rp=${rf.precision.toFixed(3)} rr=${rf.recall.toFixed(3)} ${page.url}\n`);
      }
    }
    const j = metrics(ours);
    const rd = metrics(theirs);
    const n = pages.length;
    return [
      figure('eval.aeb.bodyF1', j.f1, n, 'readability', rd.f1),
      figure('eval.aeb.precision', j.precision, n, 'readability', rd.precision),
      figure('eval.aeb.recall', j.recall, n, 'readability', rd.recall),
      figure('eval.aeb.oneArticle', one / n, n),
      figure('eval.aeb.noText', none, n),
      figure('eval.aeb.speed', readabilityMs > 0 ? pipelineMs / readabilityMs : 0, n),
      figure('eval.aeb.readability.bodyF1', rd.f1, n),
      ...peerFigures(dir, pages),
    ];
  },
};
