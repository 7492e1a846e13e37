// The story a page marks with schema.org microdata: an element whose itemscope is typed as an article
// (itemtype …/NewsArticle, …/Article, …/BlogPosting, …/Report …), with its title in an itemprop="headline" element
// or <meta>. Content systems print this markup in the HTML itself where no JSON-LD block or og:type tag states what
// the page holds (a Drupal article template, a page whose <html> is the item). What the page states about itself,
// like its meta tags: nothing here reads the text's words. One marked article, or several marking the same
// headline, is a one-story page; several with different headlines (an index of teasers) state nothing.
import { safeQueryAll } from './query';

/** schema.org types that are one story (CreativeWork > Article and its kinds, and blog posts). */
const ARTICLE_TYPE = /(?:^|\/)(?:(?:News|Scholarly|Tech|Satirical|Advertiser|Reportage|Analysis|Opinion|Review|Background)?(?:News)?Article|BlogPosting|LiveBlogPosting|Report)$/;
/** At most this many marked items are read: an index page marks many, and two different headlines say "no". */
const MAX_ITEMS = 16;
const MIN_LENGTH = 6;
const MAX_LENGTH = 300;

export interface MicrodataClaim {
  /** The page marks one story (one article item, or several with the same headline). */
  oneStory: boolean;
  /** That story's marked headline, or null. */
  headline: string | null;
}

function isArticleItem(el: Element): boolean {
  const types = (el.getAttribute('itemtype') ?? '').trim().split(/\s+/);
  return types.some((t) => ARTICLE_TYPE.test(t.replace(/[/#]+$/, '')));
}

/** The item's own itemprop="headline": the first inside it whose nearest item is this one. */
function headlineOf(item: Element): string | null {
  for (const el of safeQueryAll(item, '[itemprop]')) {
    const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (!props.includes('headline')) continue;
    const scope = el.parentElement?.closest('[itemscope]');
    if (scope && scope !== item) continue;
    const raw = el.tagName.toLowerCase() === 'meta' ? el.getAttribute('content') : el.textContent;
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    return text.length >= MIN_LENGTH && text.length <= MAX_LENGTH ? text : null;
  }
  return null;
}

/** What the page's schema.org microdata says it holds, or null when it marks no article. */
export function microdataClaim(doc: Document): MicrodataClaim | null {
  const items = safeQueryAll(doc, '[itemscope][itemtype]').filter(isArticleItem).slice(0, MAX_ITEMS);
  if (!items.length) return null;
  const headlines = new Set<string>();
  let first: string | null = null;
  for (const item of items) {
    const h = headlineOf(item);
    if (h === null) continue;
    first ??= h;
    headlines.add(h.toLowerCase());
  }
  if (items.length === 1) return { oneStory: true, headline: first };
  return headlines.size === 1 && first !== null ? { oneStory: true, headline: first } : { oneStory: false, headline: null };
}
