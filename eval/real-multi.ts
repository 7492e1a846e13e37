// Pages of briefs, digests, world-in-brief columns and photo pages (test/fixtures/real/multi/): how many of the
// paper's stories come back as articles, and on how many pages the split is exactly the paper's.
import { join } from 'node:path';
import { figure, type EvalSuite } from './figure';
import { extractPage, loadRealSet, scorePage } from './real-set';

export const MULTI_DIR = join(process.cwd(), 'test/fixtures/real/multi');

export const realMulti: EvalSuite = {
  name: 'real-multi',
  async run() {
    const pages = loadRealSet(MULTI_DIR);
    let stories = 0;
    let found = 0;
    let exact = 0;
    for (const page of pages) {
      const articles = await extractPage(page);
      const s = scorePage(page, articles);
      stories += s.stories;
      found += s.found;
      if (s.exact) {
        exact++;
        continue;
      }
      process.stderr.write(`real-multi: ${page.id}: ${s.found}/${s.stories} stories found, ${s.articles} articles:\n`);
      for (const a of articles) process.stderr.write(`  - ${JSON.stringify(a.headline)} | ${JSON.stringify((a.paragraphs[0] ?? '').slice(0, 40))}\n`);
    }
    return [
      figure('eval.real-multi.found', stories ? found / stories : 0, stories),
      figure('eval.real-multi.exact', pages.length ? exact / pages.length : 0, pages.length),
    ];
  },
};
