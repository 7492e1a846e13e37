// Parse.ly's page tags: the analytics meta a publisher writes for Parse.ly beside (or instead of) its article and
// Open Graph tags. The repeated-tag form names each writer in its own <meta name="parsely-author"> and the
// publication time in <meta name="parsely-pub-date"> (ISO 8601). A page whose article:* and author/date tags are
// absent (a Sitecore sports site: og:type article, no article:author, no article:published_time) may state its
// writer and date only here, so page-meta.ts reads them after the standard tags and before the hAtom / hNews entry.
// The older one-tag form (the wp-parsely plugin's <meta name="parsely-page" content='{"author": …, "pub_date": …}'>)
// states the same two facts as one JSON object (parselyPageClaim); a CMS fills its author from the post's credit
// line, where an agency or paper may stand beside the writer, so page-meta.ts reads it last, after the hAtom entry.
import { safeQueryAll } from './query';

export interface ParselyClaim {
  /** The content of every parsely-author tag, in page order (raw: page-meta.ts splits and filters them). */
  authors: string[];
  /** The first parsely-pub-date tag's content (raw: page-meta.ts reads it as ISO 8601). */
  published: string | null;
}

/** A page-meta JSON longer than this is no Parse.ly page record (it holds a title, link, tags and a few ids). */
const MAX_PAGE_JSON = 20_000;

/** The writers and time of a parsely-page JSON object: "author" (a name or a list) or "authors", and "pub_date". */
function pageRecord(json: string): ParselyClaim {
  const none: ParselyClaim = { authors: [], published: null };
  if (json.length > MAX_PAGE_JSON || !json.startsWith('{')) return none;
  let rec: unknown;
  try {
    rec = JSON.parse(json);
  } catch {
    return none;
  }
  if (!rec || typeof rec !== 'object') return none;
  const r = rec as Record<string, unknown>;
  const names = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const authors = [...names(r.author), ...names(r.authors)].map((a) => a.trim()).filter(Boolean);
  const published = typeof r.pub_date === 'string' && r.pub_date.trim() ? r.pub_date.trim() : null;
  return { authors, published };
}

export function parselyClaim(doc: Document): ParselyClaim {
  const authors: string[] = [];
  let published: string | null = null;
  for (const el of safeQueryAll(doc, 'meta[name]')) {
    const name = el.getAttribute('name')!.trim().toLowerCase();
    if (name !== 'parsely-author' && name !== 'parsely-pub-date') continue;
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    if (name === 'parsely-author') authors.push(v);
    else published ??= v;
  }
  return { authors, published };
}

/** The first parsely-page tag's JSON record: its writers and time (raw, as parselyClaim's). */
export function parselyPageClaim(doc: Document): ParselyClaim {
  for (const el of safeQueryAll(doc, 'meta[name]')) {
    if (el.getAttribute('name')!.trim().toLowerCase() !== 'parsely-page') continue;
    const v = el.getAttribute('content')?.trim();
    if (v) return pageRecord(v);
  }
  return { authors: [], published: null };
}
