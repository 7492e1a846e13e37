// The Chinese real-page set (test/fixtures/real/zh/): ordinary article pages, e-paper article pages and e-paper page
// texts, each with hand-written gold. Figures: single-story pages returned as one article with the gold headline;
// one-article rate on those pages; stories found on the multi-story pages; pages returned exactly as the gold.
// Every page that misses is printed on stderr with what Jianbao returned.
import { fileURLToPath } from 'node:url';
import { figure, type EvalFigure, type EvalSuite } from './figure';
import { extractPage, loadRealSet, scorePage, type PageScore } from './real-set';

const DIR = fileURLToPath(new URL('../test/fixtures/real/zh', import.meta.url));

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function describe(s: PageScore): string {
  const got = s.headlines.map((h) => JSON.stringify(h)).join(', ');
  return `  ${s.id} (${s.kind}, ${s.found}/${s.stories} found): ${s.articles} article(s): ${got}\n`;
}

export async function scoreRealZh(dir = DIR): Promise<{ scores: PageScore[]; figures: EvalFigure[] }> {
  const scores: PageScore[] = [];
  for (const page of loadRealSet(dir)) scores.push(scorePage(page, await extractPage(page)));
  const single = scores.filter((s) => s.kind === 'single');
  const multi = scores.filter((s) => s.kind === 'multi');
  const stories = multi.reduce((n, s) => n + s.stories, 0);
  const figures = [
    figure('eval.real-zh.headline', ratio(single.filter((s) => s.singleRight).length, single.length), single.length),
    figure('eval.real-zh.oneArticle', ratio(single.filter((s) => s.articles === 1).length, single.length), single.length),
    figure('eval.real-zh.multi', ratio(multi.reduce((n, s) => n + s.found, 0), stories), stories),
    figure('eval.real-zh.exact', ratio(scores.filter((s) => s.exact).length, scores.length), scores.length),
  ];
  return { scores, figures };
}

export const realZh: EvalSuite = {
  name: 'real-zh',
  async run() {
    const { scores, figures } = await scoreRealZh();
    const failing = scores.filter((s) => !s.exact || (s.kind === 'single' && !s.singleRight));
    if (failing.length > 0) {
      process.stderr.write(`real-zh: ${failing.length} of ${scores.length} pages not exactly right:\n`);
      for (const s of failing) process.stderr.write(describe(s));
    }
    return figures;
  },
};
