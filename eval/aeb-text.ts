// The article-extraction benchmark's stories kept as plain text (issue 12: one story is one article). Every page of
// the benchmark (eval/aeb.ts) holds one story; its hand-checked body (ground-truth.json → articleBody, paragraphs
// parted by "\n") is given to the pipeline `jianbao extract` runs on a .txt file (extractText), paragraphs parted
// by blank lines, for every page whose body has 500 characters or more, in two forms:
//  (a) the body alone;
//  (b) the page's <title> (as a browser shows it, site name and all) on a line above the body: what a reader who
//      copies a whole story gets.
// Figures: eval.aeb-text.oneArticle (form b) and eval.aeb-text.bodyOnly.oneArticle (form a), the share of pages
// returned as exactly one article, each also over the halves of the pages sorted by id (`.dev`, the first half,
// the only one whose misses are looked at; `.heldout`, the second); eval.aeb-text.bodyF1 (form b): the benchmark's
// shingle F1 (eval/shingle.ts) of every returned paragraph joined against the gold body (text kept, not lost).
// JIANBAO_AEB_TEXT_LIST=1 prints the dev half's misses (never the held-out half's) with the articles returned.
import { parseHTML } from 'linkedom';
import { extractText } from '../lib/pipeline';
import type { Article } from '../lib/types';
import { aebDir, loadAeb, type AebPage } from './aeb';
import { figure, type EvalFigure, type EvalSuite } from './figure';
import { metrics, shingleMatching, type TpFpFn } from './shingle';

/** Bodies shorter than this are left out (a teaser, a caption: no story to keep whole). */
export const MIN_BODY = 500;

/** The page's <title> as a browser shows it: entities decoded, white space collapsed. Only the head is parsed. */
export function pageTitle(html: string): string {
  const end = html.search(/<\/title\s*>/i);
  if (end < 0) return '';
  const { document } = parseHTML(`<!doctype html><html><head>${html.slice(html.search(/<title[\s>]/i), end)}</title></head><body></body></html>`);
  return (document.title ?? '').replace(/\s+/g, ' ').trim();
}

/** The gold body as a plain-text file: its paragraphs parted by blank lines. */
export function bodyText(truth: string): string {
  return truth
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

export interface TextPage {
  id: string;
  body: string;
  titled: string;
  truth: string;
}

export function textPages(pages: readonly AebPage[]): TextPage[] {
  return pages
    .filter((p) => p.truth.trim().length >= MIN_BODY)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => {
      const body = bodyText(p.truth);
      const title = pageTitle(p.html);
      return { id: p.id, body, titled: title ? `${title}\n\n${body}` : body, truth: p.truth };
    });
}

function run(text: string): Article[] {
  return extractText(text, { url: null, gazetteer: null }).articles;
}

function describe(id: string, form: string, articles: readonly Article[]): string {
  const lines = articles.map((a) => `    - ${JSON.stringify(a.headline.slice(0, 60))} | ${JSON.stringify((a.paragraphs[0] ?? '').slice(0, 50))} (${a.paragraphs.length} ¶)\n`);
  return `  ${id.slice(0, 8)} ${form}: ${articles.length} articles\n${lines.join('')}`;
}

export const aebText: EvalSuite = {
  name: 'aeb-text',
  async run() {
    const dir = aebDir();
    if (!dir) {
      process.stderr.write('aeb-text: skipped: ../shared/fixtures/article-extraction-benchmark is absent (set JIANBAO_SHARED)\n');
      return [];
    }
    const pages = textPages(loadAeb(dir));
    const half = Math.ceil(pages.length / 2);
    const list = process.env.JIANBAO_AEB_TEXT_LIST === '1';
    const one = { titled: [0, 0], body: [0, 0] };
    const scored: TpFpFn[] = [];
    pages.forEach((p, k) => {
      const part = k < half ? 0 : 1;
      const titled = run(p.titled);
      const body = run(p.body);
      if (titled.length === 1) one.titled[part]!++;
      if (body.length === 1) one.body[part]!++;
      scored.push(shingleMatching(p.truth, titled.flatMap((a) => a.paragraphs).join('\n')));
      if (list && part === 0) {
        if (body.length !== 1) process.stderr.write(describe(p.id, 'body', body));
        if (titled.length !== 1) process.stderr.write(describe(p.id, 'titled', titled));
      }
    });
    const n = pages.length;
    const rate = (c: number[], part?: number): EvalFigure['value'] => {
      const count = part === undefined ? c[0]! + c[1]! : c[part]!;
      const of = part === undefined ? n : part === 0 ? half : n - half;
      return of ? count / of : 0;
    };
    return [
      figure('eval.aeb-text.oneArticle', rate(one.titled), n),
      figure('eval.aeb-text.oneArticle.dev', rate(one.titled, 0), half),
      figure('eval.aeb-text.oneArticle.heldout', rate(one.titled, 1), n - half),
      figure('eval.aeb-text.bodyOnly.oneArticle', rate(one.body), n),
      figure('eval.aeb-text.bodyOnly.oneArticle.dev', rate(one.body, 0), half),
      figure('eval.aeb-text.bodyOnly.oneArticle.heldout', rate(one.body, 1), n - half),
      figure('eval.aeb-text.bodyF1', metrics(scored).f1, n),
    ];
  },
};
