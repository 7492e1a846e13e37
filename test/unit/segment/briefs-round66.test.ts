// Round 66's layouts, on invented pages: a blog's column of items each opened by a double hyphen under a motto, a
// title and a one-line note, two of them one short line with no stop (marked-column.ts); a digest's headless items
// each closed by its source in capitals, a quip or a GIF's title under some (capital-tags.ts); a newsletter's items
// each under a line that is its number alone over a one-sentence headline and bulleted points, the first item's
// number not stored (number-lines.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const HYPHENS = `"Never trust a town without a bakery." -Mo

March 03, 2009

Down the Street This Week...

Sorry for the gap, but the links are back for anyone who likes them.

--The river trail will close for repairs from Monday to Friday while crews replace two of the wooden bridges.

--Lena Ortiz writes about the new bus timetable

--The school board voted to keep the old gym open for one more winter, after parents asked for more time.

--The farmers market moves indoors to the grange hall starting next Saturday, with the same vendors as before.

--The library has posted photos of its spring book sale

--A new bakery opens on Main Street next week in the old hardware store, the first in town in ten years.

--The fire department will test its sirens at noon on Wednesday, and asks residents not to call in.`;

describe('a column of items opened by a double hyphen under a short header', () => {
  it('gives each item, the one-line ones too, as a story of its own', () => {
    const { articles } = extractText(HYPHENS, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 16))).toEqual([
      '--The river trai',
      '--Lena Ortiz wri',
      '--The school boa',
      '--The farmers ma',
      '--The library ha',
      '--A new bakery o',
      '--The fire depar',
    ]);
    expect(articles.every((a) => a.headline === '')).toBe(true);
  });

  it('keeps a story whose lead tells its news over its hyphened points as one article', () => {
    const story = `Council passes budget

The city council passed next year's budget on Tuesday night after a four-hour meeting in which residents spoke against the cuts to the parks department and the plan to close a fire station in the north end of town:

--Parks lose two seasonal workers.

--The north fire station closes in June.

--Library hours stay the same.

--Road repairs get an extra half million.`;
    const { articles } = extractText(story, { gazetteer: null });
    expect(articles).toHaveLength(1);
  });
});

const TAGGED = `Daily Digest

The Day's News

A freight train left the tracks near the river crossing on Tuesday, spilling grain across both lanes of the highway. No one was hurt, but the road will stay closed until Thursday. VALLEY HERALD

The central bank held its rate steady for a third month, saying prices are rising more slowly than last year. Markets had expected the pause. FINANCE WIRE

Nothing says spring like a pile of wet grain.

A museum returned a carved mask to the village it was taken from a century ago. Elders held a ceremony to welcome it home. SEE PHOTOS

Dancing Grandpa GIF

Two climbers reached the summit of the northern peak in winter for the first time, after six weeks on the mountain. NPR`;

describe('headless items each closed by a tag in capitals', () => {
  it('gives each tagged paragraph as a story, the quip and the GIF title under one staying with it', () => {
    const { articles } = extractText(TAGGED, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 18))).toEqual(['A freight train le', 'The central bank h', 'A museum returned ', 'Two climbers reach']);
    expect(articles[1]?.paragraphs.join(' ')).toContain('Nothing says spring');
    expect(articles[2]?.paragraphs.join(' ')).toContain('Dancing Grandpa GIF');
  });
});

const NUMBERED = `date 2030-04-02 1

A storm cut power to half the island overnight.

• What we know: Winds reached 140 kilometres an hour, and about 60,000 homes lost power.

• What's next: Crews expect to restore most lines by Friday.

2

The parliament approved a new fishing law.

• Why it matters: Boats will need a licence for each kind of catch.

• Who objects: Small fishing families say the fees are too high.

3

A rare owl was seen in the city park.

• Where? Near the pond, where birders had set up cameras last month.

• What else: It is the first sighting in the city in forty years.`;

describe('items under number lines', () => {
  it('reads each number line as a marker over its item\'s one-sentence headline, the first item too', () => {
    const { articles } = extractText(NUMBERED, { gazetteer: null });
    expect(articles.map((a) => a.headline)).toEqual([
      'A storm cut power to half the island overnight.',
      'The parliament approved a new fishing law.',
      'A rare owl was seen in the city park.',
    ]);
    expect(articles[1]?.paragraphs[0]).toMatch(/^• Why it matters/);
  });
});
