// Numbered points of lists inside one story (lib/segment/numbered-points.ts, issue 12): an explainer kept as plain
// text, its known and unknown facts as two lists each numbered from one, keeping the story's words, stays one
// article; a numbered column of briefs on different subjects, numbered once from first to last, still splits.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const EXPLAINER = `Chemical plant fire: what we know and what we don't

A fire broke out at the Hartwell chemical plant on the edge of Dunmore on Tuesday night, sending a plume of smoke over the town.

Firefighters put out the blaze by morning, and the county told residents near the plant to keep their windows shut.

What we know

1. The fire started in a storage hall where the plant keeps solvents, the fire service said.

2. Two workers were treated for smoke inhalation at Dunmore hospital and have gone home.

3. The county measured the air near the plant overnight and found no harmful levels of solvents.

What we don't know

1. Why the storage hall caught fire: the plant's owners said they would open their records to the fire service.

2. When the plant will reopen, and whether the county will order an inspection of its other halls first.`;

const BRIEFS = `Around the county

1. Dunmore library will open on Sundays from next month, after the council found money for two more librarians in its spring budget.

2. A farmer near Castlebar has found a bronze axe head while ploughing; the county museum says it is about three thousand years old.

3. The Ashford under-12 football team won the regional cup on Saturday, beating Kilrea four goals to one in the final.

4. Roadworks on the coast road at Ballyhale will close one lane from Monday for six weeks while a new drain is laid.

5. The town's farmers' market moves to the old mill yard in June, its organisers said, because the square is being repaved.`;

describe('numbered points of lists inside one story', () => {
  it('keeps an explainer with two numbered lists one article', () => {
    const articles = extractText(EXPLAINER, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(["Chemical plant fire: what we know and what we don't"]);
    expect(articles[0]!.paragraphs.join('\n')).toContain('2. When the plant will reopen');
  });

  it('still splits a numbered column of briefs', () => {
    expect(extractText(BRIEFS, { gazetteer: null }).articles.length).toBeGreaterThanOrEqual(5);
  });
});
