// English plain-text round 8 (issue 12): a stored date field run on before a Latin-script headline on one line
// (dated-title.ts), an abbreviation's point inside a headline set in capitals (headline.ts isTitleLike), a place in
// capitals closed by a colon and a station's call sign after the place as datelines (dateline.ts), a publication
// line that writes its month in words, above the headline too (worded-dates.ts, article.ts, index.ts), a picture
// library's credit line (credit-lines.ts), a broadcast script's audio cue lines (cue-lines.ts), and short bulleted
// name lines set without blank lines kept apart from the paragraphs round them (lib/blocks/text.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { LAST, LEAD, MORE, TITLE } from './english-story';


function read(text: string) {
  return extractText(text, { gazetteer: null }).articles;
}

describe('English plain-text round 8', () => {
  it('takes a stored date field off a Latin headline on the same line', () => {
    const articles = read(` date 2022-01 ${TITLE}\n\n${LEAD}\n\n${MORE}`);
    expect(articles.map((a) => a.headline)).toEqual([TITLE]);
    const dated = read(` date 2021-06-09 ${TITLE}\n\n${LEAD}\n\n${MORE}`);
    expect(dated.map((a) => a.headline)).toEqual([TITLE]);
    expect(dated[0]!.published).toBe('2021-06-09');
  });

  it('reads a headline in capitals holding an abbreviation as the headline', () => {
    const page = `FIRE CHIEF SAYS ST. PAUL WAREHOUSE FIRE WAS ACCIDENTAL\n\n${LEAD.toUpperCase()}\n\n${MORE.toUpperCase()}`;
    const articles = read(page);
    expect(articles.map((a) => a.headline)).toEqual(['FIRE CHIEF SAYS ST. PAUL WAREHOUSE FIRE WAS ACCIDENTAL']);
    expect(articles[0]!.paragraphs[0]).toBe(LEAD.toUpperCase());
  });

  it('reads a place in capitals closed by a colon as the dateline, a speaker label as none', () => {
    const [a] = read(`${TITLE}\n\nKILMORE: ${LEAD}\n\n${MORE}\n\n${LAST}`);
    expect(a!.dateline?.place).toBe('KILMORE');
    expect(a!.paragraphs[0]).toBe(LEAD);
    const talk = read(`${TITLE}\n\nHOST: ${LEAD}\n\nGUEST: ${MORE}\n\nHOST: ${LAST}`);
    expect(talk[0]!.dateline).toBeNull();
    expect(talk[0]!.paragraphs[0]).toBe(`HOST: ${LEAD}`);
    const label = read(`${TITLE}\n\nUPDATE: ${LEAD}\n\n${MORE}`);
    expect(label[0]!.dateline).toBeNull();
  });

  it("reads a station's call sign after the place as the dateline's source", () => {
    const [a] = read(`${TITLE}\n\nKILMORE, Ire. (WKIL-TV) — ${LEAD}\n\n${MORE}`);
    expect(a!.dateline).toMatchObject({ place: 'KILMORE, Ire.', source: 'WKIL-TV' });
    expect(a!.paragraphs[0]).toBe(LEAD);
  });

  it('reads a publication line written in words as the date, above the headline too', () => {
    expect(read(`${TITLE}\n\nPublished 15 Feb, 2018 05:55am\n\n${LEAD}\n\n${MORE}`)[0]!.published).toBe('2018-02-15');
    expect(read(`KILMORE TIMES\n\nPublished 15 Feb, 2018 05:55am\n\n${TITLE}\n\n${LEAD}\n\n${MORE}`)[0]!.published).toBe('2018-02-15');
    expect(read(`${TITLE}\n\nUpdated March 3, 2015\n\n${LEAD}\n\n${MORE}`)[0]!.published).toBe('2015-03-03');
    // A blog's post under the day it was posted, the day's line alone above the post's title.
    expect(read(`Thursday, June 10, 2021\n\n${TITLE}\n\nKILMORE, Ireland (AP) — ${LEAD}\n\n${MORE}`)[0]!.published).toBe('2021-06-10');
  });

  it("keeps a picture library's credit line out of the paragraphs", () => {
    const [a] = read(`${TITLE}\n\nThe barge will sail to the island villages twice a month.\n\nMary Byrne, Flickr\n\n${LEAD}\n\n${MORE}`);
    expect(a!.paragraphs.join('\n')).not.toContain('Flickr');
    expect(a!.paragraphs).toContain(LEAD);
  });

  it("keeps a radio script's audio cue lines out of the paragraphs", () => {
    const page = `${TITLE}\n\n${LEAD}\n\nLIBRARY1 OC… FOR THE VILLAGES. :18\n\n${MORE}\n\nLIBRARY2 OC...ONE EURO. :09\n\n${LAST}`;
    const [a] = read(page);
    expect(a!.paragraphs).toEqual([LEAD, MORE, LAST]);
  });

  it('keeps five short bulleted names apart from the paragraphs above and below them', () => {
    const list = ['  • The town librarian Mary Byrne', '  • The harbour master Sean Walsh', '  • The mayor of Kilmore', '  • The bishop of the diocese', '  • A crew of six volunteers'];
    const page = `${TITLE}\n\n${LEAD} Aboard for the first sailing were:\n\n${list.join('\n')}\n\n${MORE}\n\n${LAST}`;
    const [a] = read(page);
    expect(a!.paragraphs).toContain(MORE);
    expect(a!.paragraphs).toContain('• The mayor of Kilmore');
  });
});
