// The writer's bio set after the story, an author box under the text ("Jane is a tech reporter at … who covers …"):
// a page puts it below the article, and a reader of the page's text takes it in as the story's last paragraph. It
// says who the writer is, in the present tense and the third person, with the writer's name (the whole name, the
// first or the family name) as its subject: the story's byline names the writer, so a last paragraph opening on that
// name and "is"/"has been"/"covers"/"writes" is the box, not the story. Kept as a fragment, the way a caption is.
// Only the last paragraph is read, and only when the story has text above it.
import type { SegmentedArticle } from '../types';

/** The verbs a bio opens on after the writer's name. */
const BIO_VERB = /^\s+(?:is|has been|covers|writes|reports)\b/;
/** A story keeps this many paragraphs at least once the bio is taken off. */
const MIN_LEFT = 2;

/** The ways a bio names the writer: the whole name, the first name, the family name (Latin names only). */
function namings(name: string): string[] {
  const words = name.trim().split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’.-]+$/u.test(w));
  if (words.length < 2) return [];
  return [words.join(' '), words[0] as string, words[words.length - 1] as string];
}

/** Whether the paragraph opens on one of the writers' names and a bio's verb. */
export function isAuthorBio(paragraph: string, writers: readonly string[]): boolean {
  for (const w of writers) {
    for (const n of namings(w)) if (paragraph.startsWith(n) && BIO_VERB.test(paragraph.slice(n.length))) return true;
  }
  return false;
}

/** The story with its last paragraph moved to its fragments when that paragraph is the writer's bio. */
export function withoutAuthorBio(a: SegmentedArticle): SegmentedArticle {
  const writers = [...(a.byline?.authors ?? []), ...(a.byline?.reporters ?? [])];
  const n = a.paragraphs.length;
  if (!writers.length || n <= MIN_LEFT) return a;
  const last = a.paragraphs[n - 1] as string;
  if (!isAuthorBio(last, writers)) return a;
  return { ...a, paragraphs: a.paragraphs.slice(0, -1), paragraphSources: a.paragraphSources.slice(0, -1), fragments: [...a.fragments, last] };
}
