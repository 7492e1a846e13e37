// What a page states about itself, read from its <head> and its structured data: schema.org JSON-LD
// (NewsArticle, Article, BlogPosting, Report …), Open Graph / article:* meta, the plain author and date meta tags,
// and its h1s. Nothing here reads the text: these are the page's own claims, for the segmenter to weigh (one story
// or several; which line is the headline) and for the article's `published`, byline and headline when the text
// has none.
import { jsonLdArticles, type LdArticle } from './json-ld';
import { siteNameParts, stripSiteName } from '../segment/headline';
import { safeQueryAll } from './query';
import { namesColumn } from './column-title';
import { withoutEditors } from './editor-names';
import { microformatAuthors, microformatDate, microformatHeadline } from './microformat';
import { microdataClaim } from './microdata';
import { parselyClaim, parselyPageClaim } from './parsely';

export interface PageMeta {
  /**
   * The story's headline as the page states it: JSON-LD headline, else og:title / twitter:title, else its schema.org
   * microdata article's itemprop headline (microdata.ts), else the one title its hAtom / hNews markup gives its entry
   * (microformat.ts).
   */
  headline: string | null;
  /**
   * Authors named by JSON-LD or the author meta tags, else the Parse.ly author tags (parsely.ts), else the hAtom /
   * hNews entry's author (people, not the publisher).
   */
  authors: string[];
  /**
   * ISO 8601 publication date or date-time (JSON-LD datePublished, article:published_time, date meta, else the
   * Parse.ly pub-date tag, else the hAtom / hNews entry's published or updated value).
   */
  published: string | null;
  /** The site's name (og:site_name, JSON-LD publisher). */
  siteName: string | null;
  /**
   * The page says it is one story: one schema.org article (or several copies of the same one), or og:type
   * "article" (or "news", which Chinese portals write for a news item's page), or one schema.org microdata article
   * item (microdata.ts). A live blog says so too: its entries are one story's updates.
   */
  oneStory: boolean;
  /** The texts of the page's h1 elements, in page order (at most a few). */
  h1: string[];
  /**
   * The page states nothing about what it holds (no structured data, no og:type) but heads its text with one h1
   * that is its <title> less the site's name, and names no date there: an article page by its layout (a page of
   * several stories is titled by its column or edition, "2025-06-22 國際新聞", "Africa's week in pictures: 18 -
   * 24 August 2017"). A weaker claim than oneStory: the segmenter weighs it against the stories' own evidence.
   */
  titled: boolean;
}

const MAX_H1 = 32;

/** A year, a Chinese month and day, or an English month with a day: a heading naming its edition's date. */
const DATED = /(?:^|[^\d])(?:19|20)\d{2}(?!\d)|\d{1,2}月\d{1,2}日|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;

/** The page's one h1 is its <title> less the site's name (one the other begins), and names no date. */
function headsItsTitle(doc: Document, h1: readonly string[]): boolean {
  // (A heading that names a column of items, "World Briefs", 照片一周精選, heads a column, column-title.ts.)
  if (h1.length !== 1 || DATED.test(h1[0]!) || namesColumn(h1[0]!)) return false;
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const title = norm(stripSiteName(doc.title ?? ''));
  const heading = norm(h1[0]!);
  return heading.length >= 6 && title.length >= 6 && (title.startsWith(heading) || heading.startsWith(title));
}

/** Every <meta> of the page by its property / name / itemprop (lower-case), the first of each kept. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of safeQueryAll(doc, 'meta')) {
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, v);
    }
  }
  return table;
}

function pick(table: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = table.get(k);
    if (v) return v;
  }
  return null;
}

/** A date or date-time as ISO 8601, or null when it is none (a free-text date meta says "yesterday"). */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (!m) {
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
    return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  }
  const [, y, mo, d, h, mi, s, zone] = m;
  // CMSs fill an unset date with the year 1 or the Unix epoch.
  if (Number(y) < 1900) return null;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const z = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${z}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Structured data often carries the HTML entities of the CMS's editor ("&#8211;", "&amp;"): decoded, as text. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (all, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
    return ENTITIES[name!.toLowerCase()] ?? all;
  });
}

function clean(s: string | null | undefined): string | null {
  const t = s === null || s === undefined ? undefined : decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function splitAuthors(value: string | null): string[] {
  if (!value || /^https?:\/\//.test(value)) return [];
  return value
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|，|、|;|\band\b|&)\s*/)
    .map((a) => a.trim())
    // A name has letters: a bare number is a content system's user id (人民网: <meta name="author" content="105464">).
    // A name has no underscore or at sign: "sina_mobile" (手机新浪网) is the account that posted the page.
    .filter((a) => a.length > 1 && a.length <= 60 && /\p{L}/u.test(a) && !/[_@]/.test(a));
}

/**
 * The authors the page's hAtom / hNews entry marks (microformat.ts). An hCard is one person: what follows a comma
 * in its text is the writer's paper or group ("Jane Doe, Northeast Media Group"), not a second writer; names
 * joined by "and" in one card are split as an author tag's are.
 */
function markedAuthors(doc: Document): string[] {
  return microformatAuthors(doc).flatMap((a) => splitAuthors(clean(a.split(/[,，]/)[0])));
}

/** A name of four or more Han characters: longer than a person's name is written (two to three, rarely four). */
const HAN_LONG_NAME = /^[\u3400-\u9fff·]{4,}$/u;

/**
 * An author tag that names the site names its publisher, not a writer: a Han name of four or more characters that
 * is the page's og:site_name (or JSON-LD publisher) or that the <title> carries beside its headline as the site's or
 * channel's name ("…符合预期|金融改革|黄益平|离岸人民币_新浪财经_新浪网" with <meta property="article:author"
 * content="新浪财经">). A person's name, two or three characters, is kept even when the title lists it as a keyword;
 * a Latin one is always kept (a blogger's site is often named after the blogger). A portal's repost names the paper
 * it took the story from in a source tag (<meta name="mediaid" content="每日经济新闻">, <meta name="source"
 * content="来源：人民日报">) and often in its author tag too: that paper, four Han characters or more, is the story's
 * source, not its writer (sourceNames).
 */
function withoutSiteNames(authors: string[], siteName: string | null, title: string, sources: readonly string[] = []): string[] {
  if (!authors.length) return authors;
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const sites = new Set<string>();
  for (const part of [siteName ?? '', ...siteNameParts(title), ...sources]) if (HAN_LONG_NAME.test(part)) sites.add(norm(part));
  return sites.size ? authors.filter((a) => !sites.has(norm(a))) : authors;
}

const personKey = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * An author tag names one writer of a story two wrote ("Cyrus Engineer") where the Parse.ly page record names the
 * byline whole ("Cyrus Engineer & Sophie Alexander"): the record's list, when it holds every name the tags gave and
 * more, is the story's writers. A record naming others (an agency, the paper) leaves the tags' names as they are.
 */
function withCoWriters(tagged: string[], recorded: string[]): string[] {
  if (recorded.length <= tagged.length) return tagged;
  const names = new Set(recorded.map(personKey));
  return tagged.every((a) => names.has(personKey(a))) ? recorded : tagged;
}

/**
 * A published date without its time of day ("2014-12-30", as article:published_time often states it) takes the time
 * the Parse.ly page record states for that same day ("2014-12-30T07:00:00+00:00"); another day leaves it as it is.
 */
function withTimeOfDay(published: string | null, recorded: string | null): string | null {
  if (!published || !recorded || published.length !== 10 || recorded.length <= 10) return published;
  return recorded.slice(0, 10) === published ? recorded : published;
}

/** The papers the page's source tags name (mediaid, source), a 来源： label read off. */
function sourceNames(table: Map<string, string>): string[] {
  const names: string[] = [];
  for (const key of ['mediaid', 'source']) {
    const v = clean(table.get(key)?.replace(/^\s*(?:来源|來源|稿源)\s*[:：]\s*/u, ''));
    if (v) names.push(v);
  }
  return names;
}

function distinctStories(articles: LdArticle[]): number {
  return new Set(articles.map((a) => (a.headline ?? a.url ?? '').toLowerCase())).size;
}

/** og:type values that say the page is one story. */
const ONE_STORY_TYPES = new Set(['article', 'news']);

export function readPageMeta(doc: Document): PageMeta {
  const ld = jsonLdArticles(doc);
  const table = metaTable(doc);
  const main = ld[0];
  const ogType = pick(table, ['og:type'])?.toLowerCase() ?? '';
  // schema.org microdata (an article item and its itemprop headline) where no JSON-LD block states the story.
  const marked = ld.length ? null : microdataClaim(doc);
  const headline = clean(main?.headline) ?? clean(pick(table, ['og:title', 'twitter:title'])) ?? clean(marked?.headline) ?? microformatHeadline(doc);
  const ldAuthors = (main?.authors ?? []).flatMap((a) => splitAuthors(clean(a)));
  const siteName = clean(pick(table, ['og:site_name', 'application-name'])) ?? clean(main?.publisher);
  const tagAuthors = ldAuthors.length ? ldAuthors : splitAuthors(clean(pick(table, ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author'])));
  // Else the writers its Parse.ly tags name (parsely.ts).
  const parsely = parselyClaim(doc);
  const metaAuthors = withoutSiteNames(
    tagAuthors.length ? tagAuthors : parsely.authors.flatMap((a) => splitAuthors(clean(a))),
    siteName,
    doc.title ?? '',
    sourceNames(table),
  );
  // Else the author its hAtom / hNews entry marks; else the one its Parse.ly page record names (parsely.ts).
  const hAtomed = metaAuthors.length ? metaAuthors : markedAuthors(doc);
  const record = parselyPageClaim(doc);
  const recorded = withoutSiteNames(record.authors.flatMap((a) => splitAuthors(clean(a))), siteName, doc.title ?? '', sourceNames(table));
  // Co-writers only from names the record joins by "&" or "and": what follows a comma is the writer's paper or group
  // ("Ari Wasserman, Northeast Ohio Media Group"), as in an hCard.
  const coWriters = record.authors.flatMap((a) => splitAuthors(clean(a.split(/[,，]/)[0])));
  const tagged = hAtomed.length ? withCoWriters(hAtomed, coWriters) : recorded;
  // An author tag naming the page's editor (编辑：倪仕轩 under the story) names no writer (editor-names.ts).
  const authors = tagged.length ? withoutEditors(tagged, () => doc.body?.textContent ?? '') : tagged;
  const published = withTimeOfDay(
    isoDate(main?.datePublished) ??
    isoDate(pick(table, ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dcterms.created', 'sailthru.date'])) ??
    // Else the time its Parse.ly tag states (parsely.ts).
    isoDate(parsely.published) ??
    // Else the date its hAtom / hNews entry marks; else the time its Parse.ly page record states.
    isoDate(microformatDate(doc)) ??
    isoDate(record.published),
    isoDate(record.published),
  );
  const h1: string[] = [];
  for (const el of safeQueryAll(doc, 'h1').slice(0, MAX_H1)) {
    const t = clean(el.textContent);
    if (t) h1.push(t);
  }
  const oneStory = ld.length > 0 ? distinctStories(ld) === 1 : ONE_STORY_TYPES.has(ogType) || !!marked?.oneStory;
  const titled = !oneStory && ld.length === 0 && ogType === '' && headsItsTitle(doc, h1);
  return { headline, authors, published, siteName, oneStory, h1, titled };
}
