// Real English timeline and chronology pages (test/fixtures/real/en-dated/): each is one story told in dated entries,
// and comes back as one article under the headline the page prints (lib/segment/dated-sections.ts). Pages that still
// fail for a reason another part of the pipeline owns are listed with it, and asserted to still fail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, headlineMatches, loadRealSet, scorePage } from '../../../eval/real-set';

const pages = loadRealSet(join(process.cwd(), 'test/fixtures/real/en-dated'));

const KNOWN_FAILING: Record<string, string> = {};

describe('English timelines and chronologies: one article under the page\'s headline', () => {
  it('holds its pages, each with its source and gold', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) expect(p.source, p.id).toMatch(/^https?:\/\//);
  });
  for (const page of pages) {
    it(page.id, async () => {
      const articles = await extractPage(page);
      expect(articles, page.id).toHaveLength(1);
      const right = headlineMatches(articles[0]!.headline, page.articles[0]!.headline);
      if (page.id in KNOWN_FAILING) expect(scorePage(page, articles).singleRight, KNOWN_FAILING[page.id]).toBe(false);
      else expect(right, `${articles[0]!.headline} ≠ ${page.articles[0]!.headline}`).toBe(true);
    });
  }
});
