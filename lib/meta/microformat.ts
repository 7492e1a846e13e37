// The headline a page marks with the hAtom / hNews microformat: the element of class "entry-title" (inside its
// "hentry" / "hnews" item), which blog engines and news wire hosts print where no structured data or Open Graph
// tag states the story's title. What the page states about itself, like its meta tags: nothing here reads the
// text's words. A page that marks several entries with different titles (an index of posts) states no one
// headline.
import { safeQueryAll } from './query';

const MIN_LENGTH = 6;
const MAX_LENGTH = 300;
/** At most this many marked titles are read: an index page lists many, and several distinct ones say "no". */
const MAX_MARKED = 16;

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
