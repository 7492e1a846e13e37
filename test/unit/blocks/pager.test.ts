// A gallery's pager (slide numbers counting up between arrow marks, each a block of its own) is no line of the
// story (issue #12, round 47): the pictures' caption and the story stay, and the story's own numbered steps.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pagerFlags } from '../../../lib/blocks/pager';
import { extractDocument } from '../../../lib/pipeline';

const nav = (n: number) => `<div class="thumbItem" onclick="go(${n})"><span>${n}</span></div>`;
const BODY = `<div class="story"><h1>Ferry line reopens after the winter storms</h1>
<div class="gallery"><div class="slide"><img src="a.jpg" alt=""><cite>Passengers wait on the repaired pier on Monday morning as the first ferry since the storms comes in to land.</cite></div><div class="slide" style="display:none"><img src="b.jpg" alt=""></div>
<div class="strip"><div class="btnA"><span>&lt;&lt;</span></div><div class="btnB"><span>&lt;</span></div>
<div class="thumbs">${[1, 2, 3, 4, 5, 6].map(nav).join('\n')}</div>
<div class="btnC"><span>&gt;</span></div><div class="btnD"><span>&gt;&gt;</span></div></div></div>
<p>The harbour ferry ran again on Monday for the first time since the storms of early December closed the old pier.</p>
<p>Crews had worked for three weeks to repair the landing, the port office said, and the timetable is back to normal.</p>
<p>The steps the office listed for passengers:</p>
<p>1</p><p>Buy tickets at the kiosk before boarding, as the crew can no longer sell them on the boat itself.</p>
<p>2</p><p>Arrive ten minutes early, since boarding now closes five minutes before each scheduled departure.</p>
<p>Passengers on the first crossing said the water was calm and the boat was nearly full by the second run.</p></div>`;

const page = () =>
  parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>Ferry line reopens after the winter storms</title><meta property="og:type" content="article"></head><body>${BODY}</body></html>`).document;

describe('a gallery pager', () => {
  it('leaves the slide numbers and arrows out, and keeps the caption, the story and its own numbered steps', () => {
    const articles = extractDocument(page(), { gazetteer: null }).result.articles;
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs.some((p) => p.startsWith('The harbour ferry ran again'))).toBe(true);
    for (const n of ['3', '4', '5', '6']) expect(paragraphs).not.toContain(n);
    expect(paragraphs.some((p) => /^<+$|^>+$/.test(p.replace(/\s/g, '')))).toBe(false);
    expect(paragraphs.some((p) => p.includes('Buy tickets at the kiosk'))).toBe(true);
  });

  it('reads only numbers counting up from one, three or more in a row, and the arrows at their ends', () => {
    const flags = (texts: string[]) => pagerFlags(texts.map((text) => ({ text })));
    expect(flags(['<', '1', '2', '3', '>', 'Text'])).toEqual([true, true, true, true, true, false]);
    expect(flags(['1', 'Step one.', '2', 'Step two.', '3'])).toEqual([false, false, false, false, false]);
    expect(flags(['2014', '2015', '2016'])).toEqual([false, false, false]);
    expect(flags(['1', '3', '5'])).toEqual([false, false, false]);
  });
});
