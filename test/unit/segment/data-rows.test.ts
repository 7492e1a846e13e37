// A data table's rows kept as lines of a plain-text story (lib/segment/data-rows.ts, issue 12): a quote box of share
// prices set between a business story's paragraphs is the story's data, not the headline of a second story, nor is
// the box's heading row; a line of a date range and a sentence holding figures are no such rows.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isDataRow } from '../../../lib/segment/data-rows';

const STORY = `Bakery chain profit rises as bread prices climb | Market Wire

Northfield Bakeries reported a rise in second-quarter profit on Thursday as higher bread prices made up for a fall in the number of loaves sold, and its shares rose before the market opened.

Symbol Company Last Change Change %

NBK NORTHFIELD BAKERIES PLC 412.50 +18.25 +4.63%

GRN GRANARY FOODS INC. 88.10 -0.45 -0.51%

The chain earned 41 million pounds in the quarter, up from 35 million a year earlier, on sales of 610 million pounds.

Its chief executive said flour costs had eased since the spring and that the chain would open twelve shops next year.

Analysts had expected a smaller rise after a wet summer kept shoppers away from the chain's seaside branches.`;

const STANDINGS = `Hill climb championship: final standings | Motor Weekly

The hill climb championship ended on Sunday at Shelsley, where the leader needed only to finish to take the title.

Pos. Driver Points Wins Poles Podiums

1 Anna Kerr 412 5 4 9

2 Tom Bale 398 3 5 8

3 Rui Santos 350 2 1 6

Only the top three drivers keep their seeded starts for next season, which opens at Prescott in April.

The organisers said two new rounds would be added in the north, making eleven in all.`;

describe('a data table\'s rows inside a plain-text story', () => {
  it('keeps the story one article with its quote box as text', () => {
    const articles = extractText(STORY, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toMatch(/^Bakery chain profit rises/);
    expect(articles[0]!.paragraphs.join('\n')).toContain('Analysts had expected');
  });

  it('reads rows by their figures, not dates or sentences with figures', () => {
    expect(isDataRow('NBK NORTHFIELD BAKERIES PLC 412.50 +18.25 +4.63%')).toBe(true);
    expect(isDataRow('Arsenal 12 8 3 1 27')).toBe(true);
    expect(isDataRow('OCT. 1 - 7, 2021')).toBe(false);
    expect(isDataRow('Profit rose 12% to 41 million pounds on sales of 610 million')).toBe(false);
  });

  it('keeps a standings table with its heading row inside the story', () => {
    const articles = extractText(STANDINGS, { gazetteer: null }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toMatch(/^Hill climb championship/);
  });
});
