// Round 69's layouts, on invented pages: a numbered list of news items under region labels, numbered afresh in each
// region, each opened by a title-case head of two
// words or more set off by a colon (colon-heads.ts, read for numbered items in starts.ts), and a home page's teasers
// each printed as headline, writer's name and one-line deck (teaser-names.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { numberedColonHeadLength } from '../../../lib/segment/colon-heads';

const NUMBERED = `Regional news stories

Here are some regional news stories from the week:

North

1. Harbour Fire: A fire broke out in a warehouse on the harbour front on Tuesday night, and crews fought it until dawn.

2. Library Reopens: The town library opened its doors again after a two-year renovation paid for by local donors.

3. Bridge Closure: The old river bridge will close for three months from May while engineers replace its deck and rails.

1. Market Returns: The Saturday farmers' market returned to the square after the winter, with forty stalls on its first day.

2. School Prize: Pupils of the hill school won the county science prize for a model of the valley's water supply.

South

1. Ferry Delays: Storms on the coast kept the island ferry in port for three days, and shops on the island ran short of bread.`;

const TEASERS = `Morning Reading

Seven Odd Facts About Lighthouse Keepers

Ada Marsh

They once trained pigeons to carry their logs ashore.

Ancient Canoe Pulled From a Mountain Lake

Tom Reyes

Divers found it in the mud under forty feet of cold water.

Why Cats Ignore Their Names

Lena Ford

Researchers say they hear them perfectly well.

The Tallest Sunflowers Ever Grown

Omar Patel

"Taller than the barn, and still growing"`;

describe('numbered items opened by a title-case head and a colon', () => {
  it('reads each head as its item\'s headline, the text after the colon as its body', () => {
    const { articles } = extractText(NUMBERED, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual(['Harbour Fire', 'Library Reopens', 'Bridge Closure', 'Market Returns', 'School Prize', 'Ferry Delays']);
    expect(articles[1]!.paragraphs[0]).toMatch(/^The town library opened its doors/);
  });

  it('reads no head in a numbered point that is a sentence', () => {
    expect(numberedColonHeadLength('1. The council said: We will rebuild the bridge before the winter comes, whatever the cost.')).toBe(0);
  });
});

describe('teasers printed as headline, writer\'s name and deck', () => {
  it('reads the headline over the name as the teaser\'s headline and the name as its byline', () => {
    const { articles } = extractText(TEASERS, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual([
      'Seven Odd Facts About Lighthouse Keepers',
      'Ancient Canoe Pulled From a Mountain Lake',
      'Why Cats Ignore Their Names',
      'The Tallest Sunflowers Ever Grown',
    ]);
    expect(articles[1]!.byline?.authors).toEqual(['Tom Reyes']);
    expect(articles[3]!.paragraphs[0]).toMatch(/Taller than the barn/);
  });
});
