// The writer's name alone on a line between a story's headline and its text ("林晓明" under an essay's title, over
// its first paragraph), as e-paper article pages and essay columns print a contributor's piece: the story's byline.
// Read as the page lays it out, the line is a short unstopped line under the headline (the deck) or a story's first
// paragraph; it is neither: a name says who wrote the story, not what it says. Only a story with no byline read, only
// its deck or its first paragraph, only a Han name (a known surname, two or three characters, byline.ts) alone on its
// line, and only over prose (a paragraph closed by a stop, or a long one): a name among the text (a portrait's
// caption, a speaker's label) is left alone. A look at the story's first lines only: constant work a story.
// A column signs off the same way at its foot: the writer's name alone on the story's last line, under a paragraph
// closed by a stop (a newspaper column's "…難忘的回憶。" then "陳美玲"), is the byline too; a stored page cut just after it
// may leave a scrap of the site's footer under the name (a few Latin letters, "hd"), which is no text. Only a
// three-character name there: two characters alone at a foot are as often the next brief's place label ("高雄") or a
// word the stored page cut ("哈尔"). A look at the story's last three lines only.
import type { SegmentedArticle } from '../types';
import { emptyByline, looksLikeHanName } from './byline';

/** A name alone on its line. */
const LONE_NAME = /^[\u3400-\u9fff]{2,4}$/u;
/** Prose: closed by a stop (a quotation's close after it), or long. */
const STOPPED = /[。！？!?][」』”"）)]?$/u;
const LONG_PROSE = 40;

const isProse = (text: string | undefined) => !!text && (STOPPED.test(text.trim()) || text.trim().length >= LONG_PROSE);
const isLoneName = (text: string | null | undefined) => !!text && LONE_NAME.test(text.trim()) && looksLikeHanName(text.trim());
/** A scrap of a cut footer: one to three Latin letters alone. */
const FOOTER_SCRAP = /^[A-Za-z]{1,3}$/;
/** A signed foot: three characters, not closed by a place's word (石家莊, 高雄市). */
const FOOT_NAME = /^[\u3400-\u9fff]{2}[^市縣县區区鎮镇鄉乡省州村港島岛灣湾山]$/u;

/** The story with the writer's name alone on its last line (a scrap of footer after it aside) read as its byline. */
function withSignedFoot(a: SegmentedArticle): SegmentedArticle {
  const ps = a.paragraphs;
  let end = ps.length;
  if (end && FOOTER_SCRAP.test(ps[end - 1]!.trim())) end--;
  const name = ps[end - 1];
  // (Under a stopped paragraph: a name under a long unstopped line may be a caption's or a list's.)
  if (end < 2 || !isLoneName(name) || !FOOT_NAME.test(name!.trim()) || !STOPPED.test(ps[end - 2]!.trim())) return a;
  return {
    ...a,
    byline: { ...emptyByline(), authors: [name!.trim()] },
    paragraphs: ps.slice(0, end - 1),
    paragraphSources: a.paragraphSources.slice(0, end - 1),
  };
}

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
  return withSignedFoot(a);
}
