// The writer's name alone on a line between a story's headline and its text ("阮子旭" under an essay's title, over
// its first paragraph), as e-paper article pages and essay columns print a contributor's piece: the story's byline.
// Read as the page lays it out, the line is a short unstopped line under the headline (the deck) or a story's first
// paragraph; it is neither: a name says who wrote the story, not what it says. Only a story with no byline read, only
// its deck or its first paragraph, only a Han name (a known surname, two or three characters, byline.ts) alone on its
// line, and only over prose (a paragraph closed by a stop, or a long one): a name among the text (a portrait's
// caption, a speaker's label) is left alone. A look at the story's first lines only: constant work a story.
import type { SegmentedArticle } from '../types';
import { emptyByline, looksLikeHanName } from './byline';

/** A name alone on its line. */
const LONE_NAME = /^[\u3400-\u9fff]{2,4}$/u;
/** Prose: closed by a stop (a quotation's close after it), or long. */
const STOPPED = /[。！？!?][」』”"）)]?$/u;
const LONG_PROSE = 40;

const isProse = (text: string | undefined) => !!text && (STOPPED.test(text.trim()) || text.trim().length >= LONG_PROSE);
const isLoneName = (text: string | null | undefined) => !!text && LONE_NAME.test(text.trim()) && looksLikeHanName(text.trim());

/** The story with the name alone under its headline read as its byline; else the story as given. */
export function withLoneNameByline(a: SegmentedArticle): SegmentedArticle {
  if (a.byline || !a.headline) return a;
  if (isLoneName(a.subheadline) && isProse(a.paragraphs[0])) {
    return { ...a, subheadline: null, byline: { ...emptyByline(), authors: [a.subheadline!.trim()] } };
  }
  if (isLoneName(a.paragraphs[0]) && isProse(a.paragraphs[1])) {
    return {
      ...a,
      byline: { ...emptyByline(), authors: [a.paragraphs[0]!.trim()] },
      paragraphs: a.paragraphs.slice(1),
      paragraphSources: a.paragraphSources.slice(1),
    };
  }
  return a;
}
