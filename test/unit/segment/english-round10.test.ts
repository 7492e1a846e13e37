// English plain-text round 10 (issue 12): a blog's date line with its day as an ordinal and a comment link run on
// (classify.ts, worded-dates.ts), a name-and-post byline with no "By" (role-bylines.ts) over a 'Font Size:' tool
// label (tool-rows.ts), a picture's file name left where the picture stood (file-name-lines.ts) and a caption
// indented far deeper than the paragraphs (indented-captions.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { LAST, LEAD, MORE, TITLE } from './english-story';

function read(text: string) {
  return extractText(text, { gazetteer: null }).articles;
}

describe('English plain-text round 10', () => {
  it('reads a date line with an ordinal day and a comment link as the date, not the headline', () => {
    const articles = read(`September 17th , 2012 9:21 am Leave a comment\n\n${TITLE}\n\n${LEAD}\n\n${MORE}`);
    expect(articles.map((a) => a.headline)).toEqual([TITLE]);
    expect(articles[0]!.published).toBe('2012-09-17');
    expect(articles[0]!.paragraphs).toEqual([LEAD, MORE]);
    expect(read(`${TITLE}\n\n3rd March 2012\n\n${LEAD}\n\n${MORE}`)[0]!.published).toBe('2012-03-03');
  });

  it("reads a name and a post in lower case as the byline, and a 'Font Size:' label as no text", () => {
    const articles = read(`${TITLE}\n\nJane Doe Gossip blogger\nFont Size:\n\n${LEAD}\n\n${MORE}`);
    expect(articles.map((a) => a.headline)).toEqual([TITLE]);
    expect(articles[0]!.byline?.authors).toEqual(['Jane Doe']);
    expect(articles[0]!.subheadline).toBeNull();
    expect(articles[0]!.paragraphs).toEqual([LEAD, MORE]);
    // Alone above the text, the name line is no headline either.
    expect(read(`Jane Doe Economics editor\n\n${LEAD}\n\n${MORE}`)[0]!.headline).not.toBe('Jane Doe Economics editor');
    // Inside the story, below its text, such a line starts no story of its own.
    expect(read(`${TITLE}\n\n${LEAD}\n\n${MORE}\n\nJohn Roe Harbour editor\n\n${LAST}`)).toHaveLength(1);
    // A headline in title case ending on a post's noun stays the headline.
    const head = 'Mayor Names New Harbour Editor';
    expect(read(`${head}\n\n${LEAD}\n\n${MORE}`).map((a) => a.headline)).toEqual([head]);
  });

  it("keeps a picture's file name out of the story", () => {
    for (const name of ['Screen Shot 2016-05-26 at 3.33.50 PMScreen Shot 2016-05-26 at 3.39.39 PM', 'IMG_4471.JPG']) {
      const articles = read(`${TITLE}\n\n${LEAD}\n\n${MORE}\n\n${name}\n\n${LAST}`);
      expect(articles.map((a) => a.headline), name).toEqual([TITLE]);
      expect(articles[0]!.paragraphs, name).toEqual([LEAD, MORE, LAST]);
    }
  });

  it('reads a line indented far deeper than the paragraphs as a caption, not a paragraph', () => {
    const caption = 'The barge at its mooring by the fish market';
    const text = `${TITLE}\n\n     ${LEAD}\n\n                           ${caption} \n\n     ${MORE}\n\n     ${LAST}`;
    const [a] = read(text);
    expect(a!.headline).toBe(TITLE);
    expect(a!.paragraphs).toEqual([LEAD, MORE, LAST]);
    // The same line set at the paragraphs' indent is a paragraph.
    expect(read(text.replace(/ {27}/, '     '))[0]!.paragraphs).toContain(caption);
  });
});
