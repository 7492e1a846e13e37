// A set of real pages with hand-written gold (test/fixtures/real/<set>/): loading, running the pipeline without
// places (headlines and boundaries do not depend on them), and scoring stories found against the gold.
//
// Each page is `<id>.html` or `<id>.txt` beside `<id>.gold.json`:
//   { "source": address the page was taken from, "lang": "zh-Hans" | "zh-Hant" | "en",
//     "kind": "single" | "multi", "note"?: string,
//     "articles": [{ "headline": string, "first": first words of the body (≥ 8 characters) }] }
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../bin/cli/dom';
import { extractDocument, extractText } from '../lib/pipeline';
import type { Article } from '../lib/types';

export interface GoldStory {
  headline: string;
  first: string;
}

export interface GoldPage {
  id: string;
  file: string;
  source: string;
  lang: string;
  kind: 'single' | 'multi';
  articles: GoldStory[];
}

export function loadRealSet(dir: string): GoldPage[] {
  if (!existsSync(dir)) return [];
  const pages: GoldPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const id = name.slice(0, -'.gold.json'.length);
    const file = ['.html', '.txt'].map((ext) => join(dir, id + ext)).find((f) => existsSync(f));
    if (!file) throw new Error(`${dir}/${name}: no ${id}.html or ${id}.txt beside it`);
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<GoldPage, 'id' | 'file'>;
    pages.push({ ...gold, id, file });
  }
  return pages;
}

export async function extractPage(page: GoldPage): Promise<Article[]> {
  const text = readFileSync(page.file, 'utf8');
  if (page.file.endsWith('.txt')) return extractText(text, { gazetteer: null }).articles;
  const dom = await parseHtml(text, page.source.startsWith('http') ? page.source : null);
  try {
    return extractDocument(dom.document, { url: null, gazetteer: null }).result.articles;
  } finally {
    dom.close();
  }
}

/** Compared without spaces, punctuation and case: layout and full/half width differ between page and gold. */
export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The headline is right when it is the gold's, up to spacing and punctuation. */
export function headlineMatches(found: string, gold: string): boolean {
  return normalise(found) === normalise(gold);
}

/**
 * A gold story is found by an article whose headline is its headline, or whose body opens with its first words.
 * A headless story (headline "") is found by its first words only: any headless article would match an empty one.
 */
export function storyFound(gold: GoldStory, articles: readonly Article[]): boolean {
  const first = normalise(gold.first);
  return articles.some(
    (a) => (gold.headline !== '' && headlineMatches(a.headline, gold.headline)) || (first.length > 0 && normalise(a.paragraphs.join('')).startsWith(first)),
  );
}

export interface PageScore {
  id: string;
  kind: 'single' | 'multi';
  stories: number;
  found: number;
  articles: number;
  /** Exactly the paper's stories: as many articles as gold stories, each story found. */
  exact: boolean;
  /** Single-story pages: one article with the gold headline. */
  singleRight: boolean;
  headlines: string[];
}

export function scorePage(page: GoldPage, articles: readonly Article[]): PageScore {
  const found = page.articles.filter((g) => storyFound(g, articles)).length;
  const exact = articles.length === page.articles.length && found === page.articles.length;
  const singleRight = page.kind === 'single' && articles.length === 1 && headlineMatches(articles[0]!.headline, page.articles[0]!.headline);
  return { id: page.id, kind: page.kind, stories: page.articles.length, found, articles: articles.length, exact, singleRight, headlines: articles.map((a) => a.headline) };
}
