// Numbered items that follow one another: a picture's alt line and caption between item 2 and item 3 are item 2's
// picture, no story of their own (round 64, lib/segment/numbered-runs.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const PAGE = `Morning notes

Hello! Here is what happened overnight in the markets.

1. Copper rose for a fourth day as mines in the north stayed shut. Traders expect a shortage by June.

2. A shipping firm said it would order twelve new tankers. The ships will burn methanol.

Harbour cranes

Cranes at the east harbour, Monday. Photo/Jan Novak

3. Wheat fell after rain came to the plains. Farmers had feared a second dry year.

4. A bank in the capital cut its savings rate. It is the first cut this year.`;

describe('a caption between two numbered items', () => {
  it('stays with the item above it', () => {
    const { articles } = extractText(PAGE, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual(['', '', '', '']);
    expect(articles[1]?.paragraphs.join(' ')).toContain('Cranes at the east harbour');
  });
});
