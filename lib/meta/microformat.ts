// What a page marks with the hAtom / hNews microformat, which blog engines and news wire hosts print where no
// structured data or Open Graph tag states the story: the entry's title (the element of class "entry-title"),
// its date (the "published" element, else the "updated" one, as hAtom reads an entry with no published date;
// the ISO value in the element's datetime or title attribute, the <abbr>/<time> pattern) and its author (the
// "author" element inside the "hentry" / "hnews" item, an hCard: its "fn" if it marks one, else its text, unless it
// is a list: the writer's links marked "author", no name). What
// the page states about itself, like its meta tags: nothing here reads the text's words. A page that marks
// several entries with different titles or dates (an index of posts) states no one title or date.
import { safeQueryAll } from './query';

const MIN_LENGTH = 6;
const MAX_LENGTH = 300;
/** At most this many marked titles are read: an index page lists many, and several distinct ones say "no". */
const MAX_MARKED = 16;
/** A marked author longer than this is a paragraph of text, not a name. */
const MAX_AUTHOR = 80;

/** The one title the page's hAtom / hNews markup gives its entry, or null (none, or several different ones). */
export function microformatHeadline(doc: Document): string | null {
  let found: string | null = null;
  for (const el of safeQueryAll(doc, '.entry-title').slice(0, MAX_MARKED)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (found === null) found = text;
    else if (found !== text) return null;
  }
  return found !== null && found.length >= MIN_LENGTH && found.length <= MAX_LENGTH ? found : null;
}

const ENTRY = ['.hentry', '.hnews'];

/** The one value the entry's elements of this class carry (machine value first), or null (none, or several). */
function oneMarked(doc: Document, cls: string): string | null {
  let found: string | null = null;
  const selector = ENTRY.map((e) => `${e} .${cls}`).join(', ');
  for (const el of safeQueryAll(doc, selector).slice(0, MAX_MARKED)) {
    const value = (el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.textContent ?? '').trim();
    if (!value) continue;
    if (found === null) found = value;
    else if (found !== value) return null;
  }
  return found;
}

/**
 * The date the page's hAtom / hNews entry is marked with, as written (the caller reads it as ISO 8601): its
 * "published" value, else its "updated" one; null when it marks none, or several different ones.
 */
export function microformatDate(doc: Document): string | null {
  return oneMarked(doc, 'published') ?? oneMarked(doc, 'updated');
}

/**
 * The names the page's hAtom / hNews entry marks as its author, as printed ("Jane Doe", "Jane Doe, The Daily
 * Planet"): the hCard's "fn" where it marks one, else the author element's text. At most a few distinct.
 */
export function microformatAuthors(doc: Document): string[] {
  const out: string[] = [];
  const selector = ENTRY.map((e) => `${e} .author`).join(', ');
  for (const el of safeQueryAll(doc, selector).slice(0, MAX_MARKED)) {
    const fn = el.classList.contains('fn') ? el : el.querySelector('.fn');
    // A list marked "author" with no name in it is the writer's links ("See All Articles", "Send Email"), no hCard.
    if (!fn && (el.localName === 'ul' || el.localName === 'ol' || el.querySelector('li'))) continue;
    const text = ((fn ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_AUTHOR || out.includes(text)) continue;
    out.push(text);
  }
  return out.length <= 3 ? out : [];
}
