// English plain-text round 11 (issue 12): a notice about the reader's browser or the page's loading, alone or set
// right under a summary line (page-notices.ts, own-lines.ts), and a font-size switch's option lines under its label
// (tool-rows.ts), which kept the posted line under them from being read as the date.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { LAST, LEAD, MORE, TITLE } from './english-story';

function read(text: string) {
  return extractText(text, { gazetteer: null }).articles;
}

describe('English plain-text round 11', () => {
  it("keeps a browser notice over the headline out of the story", () => {
    for (const notice of [
      'IE 11 is not supported. For an optimal experience visit our site on another browser.',
      'For optimal browsing, we recommend Chrome, Firefox or Safari browsers.',
    ]) {
      const articles = read(`${notice}\n\n${TITLE}\n\n${LEAD}\n\n${MORE}`);
      expect(articles.map((a) => a.headline), notice).toEqual([TITLE]);
      expect(articles[0]!.paragraphs, notice).toEqual([LEAD, MORE]);
    }
  });

  it("keeps a page's error notice under the text out of the story's last paragraph", () => {
    const notice = 'An unknown error has occurred. Please click the button below to reload the page.';
    const articles = read(`${TITLE}\n\n${LEAD}\n\n${MORE}\n\n${LAST}\n\n${notice}`);
    expect(articles[0]!.paragraphs).toEqual([LEAD, MORE, LAST]);
    // A sentence of the story about an error stays text.
    const told = 'An error has occurred in the ferry timetable, the harbour office said on Monday.';
    expect(read(`${TITLE}\n\n${LEAD}\n\n${told}\n\n${MORE}`)[0]!.paragraphs).toContain(told);
  });

  it("keeps a player's loading words set right under the summary line out of it", () => {
    const summary = 'The harbour board said the ferry would run again by the spring.';
    const articles = read(`${TITLE}\n\n${summary}\nLOADINGERROR LOADING\n\n${LEAD}\n\n${MORE}`);
    expect(articles.map((a) => a.headline)).toEqual([TITLE]);
    const text = articles[0]!.paragraphs.join('\n');
    expect(text).not.toContain('LOADING');
    expect(text).toContain(LEAD);
  });

  it("keeps a font-size switch's options out of the story and reads the posted line under them as the date", () => {
    const articles = read(
      `${TITLE}\n\nFont Size:\nDefault font size\nLarger font size\n\nPosted: Friday, September 16, 2005 4:56 pm | Updated: 10:04 am, Fri Oct 7, 2011.\n\n${LEAD}\n\n${MORE}`,
    );
    expect(articles.map((a) => a.headline)).toEqual([TITLE]);
    expect(articles[0]!.paragraphs).toEqual([LEAD, MORE]);
    expect(articles[0]!.published).toBe('2005-09-16');
  });
});
