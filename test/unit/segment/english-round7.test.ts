// English plain-text round 7 (issue 12): a sharing widget's label under the headline (share-lines.ts, set off by
// lib/blocks/own-lines.ts), a headline over its datelined lead across that label (item-context.ts titleOver), a
// section name under the headline (section-names.ts), a credit line with its name left empty over the date
// (classify.ts), and the "More to Read" and "Leave a Reply" boxes below a story (box-labels.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { LAST, LEAD, MORE } from './english-story';


function headlines(text: string): string[] {
  return extractText(text, { gazetteer: null }).articles.map((a) => a.headline);
}

describe('English plain-text round 7', () => {
  it('keeps a share label set under the headline out of the headline', () => {
    const page = `Harbour town opens its first floating library\nShare this @kilmoretimes.example\n\n${LEAD}\n\n${MORE}\n\n${LAST}`;
    expect(headlines(page)).toEqual(['Harbour town opens its first floating library']);
  });

  it('keeps the headline over a datelined lead across a share label', () => {
    const page = `Harbour town opens its first floating library\nShare via\n\nKILMORE, Ireland — ${LEAD}\n\n${MORE}\n\n${LAST}`;
    expect(headlines(page)).toEqual(['Harbour town opens its first floating library']);
  });

  it('reads a section name under the headline as no headline', () => {
    const page = `Floating Library\nHarbour News\n\n${LEAD}\n\n${MORE}\n\n${LAST}`;
    const articles = extractText(page, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Floating Library']);
    expect(articles[0]!.paragraphs.join('\n')).not.toContain('Harbour News');
  });

  it('reads a credit line with no name over the date as no headline', () => {
    const page = `Harbour town opens its first floating library\n\nBy on March 3, 2015\n\n${LEAD}\n\n${MORE}\n\n${LAST}`;
    expect(headlines(page)).toEqual(['Harbour town opens its first floating library']);
  });

  it('keeps the More to Read and Leave a Reply boxes below a story out of the stories', () => {
    const page = [
      'Harbour town opens its first floating library',
      LEAD,
      MORE,
      'More to Read',
      'Sign up for Harbour Mornings',
      'The most important harbour stories and recommendations in your inbox every morning.',
      'You may occasionally receive promotional content from the Kilmore Times.',
    ].join('\n');
    const articles = extractText(page, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Harbour town opens its first floating library']);
    expect(articles[0]!.paragraphs.join('\n')).not.toContain('Sign up');
    const reply = `Harbour town opens its first floating library\n\n${LEAD}\n\n${MORE}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *`;
    expect(extractText(reply, { gazetteer: null }).articles.map((a) => a.headline)).toEqual(['Harbour town opens its first floating library']);
  });
});
