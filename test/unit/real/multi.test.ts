// The briefs/digest/photo pages of test/fixtures/real/multi/ hold their hand-written gold: every story found,
// as many articles as the paper has stories. One test per page.
import { describe, expect, it } from 'vitest';
import { MULTI_DIR } from '../../../eval/real-multi';
import { extractPage, loadRealSet, scorePage, storyFound } from '../../../eval/real-set';

const pages = loadRealSet(MULTI_DIR);

describe('real briefs pages', () => {
  it('has the dev set: at least 20 pages in Simplified, Traditional and English', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['zh-Hans', 'zh-Hant', 'en']));
  });

  // Pages whose article count holds but whose story is not yet found (none today).
  const open = new Set<string>();

  for (const page of pages) {
    it(`${page.id}: ${page.articles.length} ${page.articles.length === 1 ? 'story' : 'stories'}`, () => {
      const articles = extractPage(page);
      const missing = page.articles.filter((g) => !storyFound(g, articles)).map((g) => g.headline || g.first);
      if (open.has(page.id)) {
        expect(articles.length).toBe(page.articles.length);
        return;
      }
      expect(missing).toEqual([]);
      expect(articles.map((a) => a.headline)).toHaveLength(page.articles.length);
      expect(scorePage(page, articles).exact).toBe(true);
    });
  }
});
