// Briefs pages of round 61 (campus briefs, a topic listing, a higher-education site's quick takes): a column of
// bulleted briefs opening the page with no title keeps its first brief as an item, not as the page's standfirst
// (lib/segment/marked-lead.ts); a run-in head in capitals whose phrases a comma joins ("LOST AND FOUND, AGAIN.")
// heads its brief where the column's other briefs open with plain capitals heads (lib/segment/run-in.ts); a
// headline of two short sentences in the headline slot of a listing of headlines each over one teaser heads its
// own item instead of running on into the teaser above (lib/segment/slot-heads.ts). A story's own points, a
// dateline in capitals and a story's paragraphs stay as they were.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const BULLETED = `• A county library closed its reading room for a week after a pipe burst above the stacks, the local paper reported. About 300 books were moved to a dry basement.

• A college in the hills will offer free bus passes to students who live off campus, its president said on Tuesday. The passes will be paid for by a parking fee.

• The state's teachers' union asked lawmakers to raise the pay of substitute teachers, who have not had a raise in eight years. A hearing is set for March.`;

const STORY_POINTS = `The city council met on Monday night to discuss the new budget and heard from more than forty residents.

Residents raised several points during the meeting:

• Several asked for longer opening hours at the public pool in the summer months.

• Others wanted the bus line to the hospital to run on Sundays as well as weekdays.`;

const CAPITALS = `Campus Notes

LOST AND FOUND, AGAIN. A campus office that collects lost items reported a record year, with more than two thousand umbrellas handed in since September.

QUIET HOURS. Students at a small college voted to extend quiet hours in the library until midnight during the exam weeks.

NEW ROOFS. A university in the north will replace the roofs of six older buildings over the summer, starting with the chemistry hall.

BIKE SHARE. Riders at a state college can now borrow a bicycle for free from twelve racks placed around the campus.`;

const DATELINE = `ALBANY, N.Y. The state's budget office said on Friday that tax receipts ran ahead of forecasts for the third month.

Officials said the gain came mostly from income taxes paid by people who sold stock late last year.`;

const LISTING = `National news

Small town school board votes to keep its library open on weekends

The board voted five to two on Tuesday after parents asked for more study space for older students.

River district hires a new superintendent from a neighbouring county

The new superintendent ran a district of four thousand students for six years and starts in August.

State college will run its own charter school. What parents should know

For years the college has trained teachers in a small lab school, and it now plans to open a full school for six hundred children.

Lunch prices rise in three districts after a state grant runs out

Families will pay about forty cents more a meal from the autumn term, the districts said in letters home.

Coastal schools close early as a storm moves up the shore

Classes ended at noon on Thursday in four districts, and buses left early to beat the rising wind.`;

describe('round 61: a bulleted column opening the page', () => {
  it('keeps the first bulleted brief as an item, not as a standfirst', () => {
    const r = extractText(BULLETED, { gazetteer: null });
    expect(r.articles.map((a) => a.paragraphs[0]?.slice(0, 20))).toEqual(['• A county library c', '• A college in the h', "• The state's teache"]);
    expect(r.rubrics).toEqual([]);
  });

  it('keeps a story whose points are bulleted under its lead as one story', () => {
    const r = extractText(STORY_POINTS, { gazetteer: null });
    expect(r.articles).toHaveLength(1);
  });
});

describe('round 61: a capitals run-in head joined by a comma', () => {
  it('heads the first brief as the plain heads head the others', () => {
    const r = extractText(CAPITALS, { gazetteer: null });
    expect(r.articles.map((a) => a.headline.replace(/\.$/, ''))).toEqual(['LOST AND FOUND, AGAIN', 'QUIET HOURS', 'NEW ROOFS', 'BIKE SHARE']);
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^A campus office/);
  });

  it('reads no head in a place and its state', () => {
    const r = extractText(DATELINE, { gazetteer: null });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline ?? '').not.toMatch(/ALBANY/);
  });
});

describe('round 61: a two-sentence headline in a listing', () => {
  it('heads its own item instead of running on into the teaser above', () => {
    const r = extractText(LISTING, { gazetteer: null });
    expect(r.articles.map((a) => a.headline)).toEqual([
      'Small town school board votes to keep its library open on weekends',
      'River district hires a new superintendent from a neighbouring county',
      'State college will run its own charter school. What parents should know',
      'Lunch prices rise in three districts after a state grant runs out',
      'Coastal schools close early as a storm moves up the shore',
    ]);
    expect(r.articles[1]?.paragraphs).toHaveLength(1);
  });
});
