// Parse.ly's page tags: the analytics meta a publisher writes for Parse.ly beside (or instead of) its article and
// Open Graph tags. The repeated-tag form names each writer in its own <meta name="parsely-author"> and the
// publication time in <meta name="parsely-pub-date"> (ISO 8601). A page whose article:* and author/date tags are
// absent (a Sitecore sports site: og:type article, no article:author, no article:published_time) may state its
// writer and date only here, so page-meta.ts reads them after the standard tags and before the hAtom / hNews entry.
import { safeQueryAll } from './query';

export interface ParselyClaim {
  /** The content of every parsely-author tag, in page order (raw: page-meta.ts splits and filters them). */
  authors: string[];
  /** The first parsely-pub-date tag's content (raw: page-meta.ts reads it as ISO 8601). */
  published: string | null;
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
