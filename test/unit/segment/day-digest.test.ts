// A counted list dated to one day ("7 things in science you need to know today") over numbered paragraphs is that
// day's digest: each numbered paragraph is a story of its own; a listicle's counted advice stays one article
// (round 64, lib/segment/sections.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const items = [
  '1. A probe launched from the desert reached orbit on its second attempt. Engineers said the fuel valves held.',
  '2. The city council voted to close the old bridge to lorries. Repairs will start in the spring.',
  '3. A museum returned three bronze masks to the island they came from. The masks left in 1902.',
  '4. Rail workers agreed to a new contract after a week of talks. Trains will run on Sunday.',
];

describe('a counted list dated to one day', () => {
  it('splits into its numbered stories', () => {
    const page = ['4 things you need to know today', "Good morning! Here's the news you need to know this Tuesday.", ...items].join('\n\n');
    const { articles } = extractText(page, { gazetteer: null });
    expect(articles).toHaveLength(4);
    expect(articles[2]?.paragraphs[0]?.startsWith('3. A museum returned')).toBe(true);
  });

  it('leaves a counted listicle with no day one article (the trap)', () => {
    const page = ['4 ways to keep a kitchen warm', 'Winter bills are high. Here are four cheap fixes that work in most homes.',
      '1. Seal the drafts around the window frames. A roll of foam tape does most of the work.',
      '2. Hang a thick curtain over the back door. Close it as soon as the sun goes down.',
      '3. Put a rug on the tiled floor. Bare tiles draw warmth out of the room all night.',
      '4. Bleed the radiator every autumn. Trapped air keeps the top of it cold.'].join('\n\n');
    const { articles } = extractText(page, { gazetteer: null });
    expect(articles).toHaveLength(1);
  });
});
