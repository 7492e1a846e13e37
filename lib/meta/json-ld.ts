// schema.org articles in a page's JSON-LD (<script type="application/ld+json">): each object whose @type is an
// article kind, found at the top, in arrays, in @graph, or as mainEntity / mainEntityOfPage. Broken JSON is
// skipped (pages ship it); nothing is evaluated, only parsed.
import { safeQueryAll } from './query';

export interface LdArticle {
  headline: string | null;
  url: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
}

/** Article kinds: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, ScholarlyArticle, Report … */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|OpinionNewsArticle)$/;
/** How deep the walk goes into one script's JSON, and how many objects it visits: hostile pages nest forever. */
const MAX_DEPTH = 6;
const MAX_NODES = 2000;
/** Scripts larger than this are not parsed (a page's state dump, not its metadata). */
const MAX_SCRIPT = 1_000_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v['name'] ?? v['@value']);
  return null;
}

function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const a of list) {
    if (a && typeof a === 'object' && !Array.isArray(a) && /Organization/.test(String(a['@type'] ?? ''))) continue;
    const n = str(a);
    if (n && !/^https?:\/\//.test(n) && n.length <= 80) out.push(n);
  }
  return out;
}

function isArticle(o: { [k: string]: Json }): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

function toArticle(o: { [k: string]: Json }): LdArticle {
  return {
    headline: str(o['headline']) ?? str(o['name']),
    url: str(o['url']) ?? str(o['mainEntityOfPage'] && typeof o['mainEntityOfPage'] === 'object' ? (o['mainEntityOfPage'] as { [k: string]: Json })['@id'] : o['mainEntityOfPage']),
    authors: names(o['author'] ?? o['creator']),
    datePublished: str(o['datePublished']) ?? str(o['dateCreated']),
    publisher: str(o['publisher']),
  };
}

export function jsonLdArticles(doc: Document): LdArticle[] {
  const out: LdArticle[] = [];
  for (const script of safeQueryAll(doc, 'script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT) continue;
    let data: Json;
    try {
      data = JSON.parse(text) as Json;
    } catch {
      continue;
    }
    let visited = 0;
    const walk = (v: Json, depth: number): void => {
      if (depth > MAX_DEPTH || visited++ > MAX_NODES || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (const x of v) walk(x, depth + 1);
        return;
      }
      if (isArticle(v)) {
        out.push(toArticle(v));
        return;
      }
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
        const x = v[key];
        if (x && typeof x === 'object') walk(x, depth + 1);
      }
    };
    walk(data, 0);
  }
  return out;
}
