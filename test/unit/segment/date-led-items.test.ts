// A listing of summaries each under a bare date line (lib/segment/date-led-items.ts): a newsletter's page prints, for
// every item, the day on a line alone, one paragraph summing the story up, and under some items a label over the
// source's name or over topic words. Each dated paragraph is an item of its own, not a paragraph of the one above; a
// story whose chronology sets dates over paragraphs after its lead stays one story.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { dateLedParagraphs } from '../../../lib/segment/date-led-items';

const LISTING = `All Farming News

Top stories picked by our editors

3/9/2021

A county extension office in Ohio says early planting paid off for growers who took the risk this spring, with yields of corn well above the state's average and fewer losses to late frost than expected.

Source:

Valley Farm Radio

3/9/2021

Researchers at a state university watched dairy cows choose between two kinds of bedding for a month and found that most of them preferred sand, which also kept their hooves healthier over the winter.

3/9/2021

A seed company will open a new plant in Iowa next year, bringing some two hundred jobs to a small town that lost its grain elevator to a fire in 2019, the county's development office said on Monday.

Source:

Prairie Business Daily

3/9/2021

Farmers in the southern plains are cutting back on fertilizer this season as prices climb for a third month, a survey of growers shows, and many say they will plant more soybeans instead of corn.`;

const CHRONOLOGY = `How the river town rebuilt

The town by the river spent three years rebuilding after the great flood, and its mayor says the work taught the council more about planning than any study it had ever paid for over the decades.

March 2, 2019

The water rose over the levee in the night and reached the main street by morning, forcing some four hundred families to leave their homes for the school gym on the hill above the town.

April 10, 2019

The council voted to rebuild the levee two feet higher and asked the state for help with the cost, which engineers put at several million dollars over the next two years of work.

June 1, 2020

Work on the new levee began after a long wait for the state's money, and the first section was finished by the autumn, just before the rains of the season came down the valley again.`;

describe('a listing of summaries under date lines', () => {
  it('opens an item at each paragraph under a date line', () => {
    const { articles } = extractText(LISTING, { gazetteer: null });
    expect(articles).toHaveLength(4);
    expect(articles[1]!.paragraphs[0]).toMatch(/^Researchers at a state university/);
    expect(articles[2]!.paragraphs[0]).toMatch(/^A seed company will open/);
    expect(articles[3]!.paragraphs[0]).toMatch(/^Farmers in the southern plains/);
  });

  it('leaves a story whose dated paragraphs follow its undated lead alone', () => {
    const blocks = CHRONOLOGY.split('\n\n').map((text) => ({ text }));
    const prose = Int32Array.from(blocks, (b) => b.text.length);
    expect(dateLedParagraphs(blocks as never, prose)).toEqual([]);
  });
});
