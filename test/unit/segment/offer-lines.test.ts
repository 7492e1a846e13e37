// Layouts met in the fifty-second held-out round of issue #19: a magazine's column under its site's subscription
// offer, a bracketed section label, a text-size tool and a bracketed picture placeholder. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { TOOL_LABEL, isOfferLine } from '../../../lib/segment/offer-lines';
import { isToolRow } from '../../../lib/segment/tool-rows';

const text = (s: string) => segment(blocksFromText(s));

describe('a magazine column under its site\'s offer and tools', () => {
  const page = [
    'Get Access to Print and Digital for $19.99 per year.',
    'Subscribe for Full Access',
    '[Harbour Notebook]',
    'Harbour Notebook',
    'Adjust',
    '[Image: A lighthouse, 1890]',
    'The harbour board met on Tuesday and voted to close the old pier for a year of repairs, after engineers found the piles rotten below the waterline. Fishermen said they would moor at the new quay.',
  ].join('\n\n');

  it('heads the column with its title, the offer, the tool and the placeholder no words of it', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('Harbour Notebook');
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^The harbour board met/);
    expect(seg.articles[0]?.paragraphs.join(' ')).not.toMatch(/Get Access|Adjust|Image:/);
  });

  it('keeps a wire story\'s round-bracketed graphic link in its text', () => {
    const story = [
      'Markets close higher',
      'Stocks rose on Monday as investors bet on lower rates, with technology shares leading the gains in late trade.',
      '(Graphic: Global assets in 2019 - here)',
      'Bond yields fell for a third day, and the dollar slipped against the yen and the euro in thin holiday trading.',
    ].join('\n\n');
    expect(text(story).articles[0]?.paragraphs.join(' ')).toContain('(Graphic: Global assets in 2019 - here)');
  });

  it('reads one list of English tool labels, each reader under its own bound', () => {
    for (const t of ['Adjust', 'E-mail', 'Print', 'Text size', 'Print this story', 'Send a link to a friend']) expect(isToolRow(t)).toBe(true);
    for (const t of ['Adjust', 'E-mail', 'Share this']) expect(TOOL_LABEL.test(t)).toBe(true);
    expect(isToolRow('Print the harbour board minutes')).toBe(false);
    expect(TOOL_LABEL.test('Adjusted')).toBe(false);
  });

  it('reads a newsletter box\'s inbox prompt as the site\'s line, no paragraph of the story under it', () => {
    const story = [
      'Growers count the cost of the late frost',
      'Get the latest orchard news and updates directly to your inbox.',
      'Apple growers in the valley lost as much as a third of their blossom to the frost of last week, the growers\' association said on Monday.',
      'The association asked the state for help with the cost of replanting and said it would know the full losses by the end of the month.',
    ].join('\n\n');
    const seg = text(story);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^Apple growers/);
    expect(seg.articles[0]?.paragraphs.join(' ')).not.toMatch(/your inbox/);
  });

  it('keeps a story\'s sentence about an inbox in its text', () => {
    expect(isOfferLine('Get the latest orchard news and updates directly to your inbox.')).toBe(true);
    expect(isOfferLine('Sign up to receive our weekly stories in your inbox')).toBe(true);
    expect(isOfferLine('The council said the letters went to the wrong inbox.')).toBe(false);
  });
});
