// A listing of long teasers a site cuts at one length with an ellipsis (lib/segment/snippet-items.ts, longCutPair, read
// in facts.ts): two such teasers, long and of a like length, say the page is a listing, where three are asked of short
// ones, so the paragraph after each cut one opens the next item; a story whose two paragraphs trail off in "…" among
// longer ones stays one story.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { longCutPair } from '../../../lib/segment/snippet-items';

const TEASER_A =
  'A county in the west of the state is seeing the worst outbreak of a poultry disease in the country, with close to half a million birds lost, according to figures from the farm department. Most of the losses come from one large egg farm near the river, where nearly all the hens had to be culled in the space of a week. Cases have also been found on four smaller farms and six backyard flocks across the state, and the state vet has asked farmers to keep their birds indoors until the…';
const TEASER_B =
  'A group of lawmakers from both parties wants to extend federal money for the cables and towers that bring fast internet to country towns. Two senators brought in a bill this week that would keep a farm department program going for another five years, paying for the middle links between the towns and the big networks. The bill covers the years from 2026 through 2031 and would let the program keep its funds under the old rural power law, which its backers say still fits the job of bringing the…';
const TEASER_C =
  'The president on Wednesday signed a law bringing whole milk back to school lunches for the first time in more than ten years. Schools may now offer whole, low-fat, skim, flavored and lactose-free milk as they choose.';

describe('a listing of two long cut teasers', () => {
  it('opens the next item after each long teaser cut with an ellipsis', () => {
    const page = ['Latest farm news', TEASER_A, TEASER_B, TEASER_C].join('\n\n');
    const { articles } = extractText(page, { gazetteer: null });
    const third = articles.find((a) => a.paragraphs[0]?.startsWith('The president on Wednesday'));
    expect(third).toBeDefined();
    expect(third!.paragraphs).toHaveLength(1);
    expect(articles.some((a) => a.paragraphs[0]?.startsWith('A group of lawmakers') && a.paragraphs.length === 1)).toBe(true);
  });

  it('asks long teasers of a like length, none of the page longer', () => {
    const prose = Int32Array.from([0, 480, 500, 300]);
    expect(longCutPair(prose, [1, 2])).toBe(true);
    expect(longCutPair(Int32Array.from([0, 480, 200, 300]), [1, 2])).toBe(false);
    expect(longCutPair(Int32Array.from([0, 480, 500, 900]), [1, 2])).toBe(false);
  });
});
