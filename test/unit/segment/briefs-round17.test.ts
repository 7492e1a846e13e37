// Layouts met in the seventeenth held-out round of issue #19: a briefs column whose first item lost its headline,
// a column of one-paragraph "CITY —" reports, ■-marked one-sentence items, a column under its compilation credit,
// and galleries set in <figure>s with "© Name / AFP" or "Image copyright" credit lines. Texts written here; each
// layout beside the trap it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parsePhotoCredit } from '../../../lib/segment/photo-credit';
import { segmentHtml } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('a briefs column whose first item lost its headline', () => {
  const item = [
    'The city council voted late on Monday to close the old bridge over the river for repairs that will last until the end of next summer.',
    'Engineers found cracks in two of the bridge\'s supports during an inspection in the spring, the council said in a statement.',
    'Drivers will be sent over the new ring road, which the council said would add about ten minutes to the journey into town.',
    'Shops near the bridge said they feared losing customers during the works, and asked the council for help with their rents until it reopens.',
  ];
  const second = [
    'Storm knocks out power to thousands along the coast',
    'PORTLAND, Maine (AP) — A storm with winds of up to 70 mph knocked out power to thousands of homes along the coast on Tuesday, utilities said.',
  ];

  it('reads the paragraphs under the column\'s name as a headless item, not as the column\'s standfirst', () => {
    const seg = text(['News in Brief at 6:02 a.m. EDT', ...item, ...second].join('\n\n'));
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[0]?.headline).toBe('');
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^The city council voted/);
    expect(seg.articles[1]?.headline).toBe(second[0]);
  });

  it('keeps a one-sentence standfirst under the column\'s name out of the stories', () => {
    const standfirst = 'The stories making news this morning, from around the country and the world.';
    const seg = text(['News in Brief at 6:02 a.m. EDT', standfirst, ...second, 'Bridge to close for a year of repairs', ...item].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual([second[0], 'Bridge to close for a year of repairs']);
    expect(seg.articles.flatMap((a) => a.paragraphs)).not.toContain(standfirst);
  });
});

describe('one-paragraph reports opened by "CITY —"', () => {
  it('reads a column of them, each from another place, as one story each', () => {
    const page = [
      'World datelines',
      'PARIS — Rail workers walked off the job on Tuesday over a plan to raise the retirement age, halting most trains across the country.',
      'NAIROBI — Floods after a week of heavy rain have driven some 20,000 people from their homes in the west of the country, officials said.',
      'LIMA — The government declared a state of emergency in three mountain provinces after a month of protests over a copper mine.',
      'SEOUL — The central bank left its main interest rate unchanged on Thursday, saying inflation was slowing as it had expected.',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 10))).toEqual(['Rail worke', 'Floods aft', 'The govern', 'The centra']);
  });

  it('keeps a story built from reports of several paragraphs, filed from its places, as one story', () => {
    const page = [
      'Leaders meet over the border dispute',
      'GENEVA — The foreign ministers of the two countries met on Monday for the first time since fighting broke out on their border in the spring.',
      'The talks lasted four hours, and both sides said they would meet again next month.',
      'MOSCOW — The government said it welcomed the talks and was ready to host the next round.',
      'A spokesman said the country had offered to send observers to the border.',
      'ANKARA — Officials said they had not been asked to take part in the talks but would support any agreement.',
      'The foreign minister is due to visit both capitals next week.',
    ].join('\n\n');
    expect(text(page).articles).toHaveLength(1);
  });
});

describe('items marked by a bare ■', () => {
  it('reads a column whose every paragraph opens with the mark as one item a paragraph', () => {
    const page = [
      'In the news',
      '■ Jane Doe, mayor of a river town, said “we will rebuild” as the waters went down and residents returned to their flooded homes.',
      '■ John Roe, a fire chief in the hills, said crews had “turned the corner” on a wildfire that had burned for two weeks.',
      '■ Mary Major, a school superintendent, said classes would resume on Monday after a week of repairs to the heating system.',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.every((a) => a.headline === '')).toBe(true);
  });

  it('keeps marked captions under one story\'s own paragraphs in that story', () => {
    const page = [
      'Floods force thousands from their homes',
      'Rivers burst their banks across the region on Sunday after three days of heavy rain, forcing thousands of people from their homes.',
      'Rescue teams worked through the night to reach villages cut off by the water, officials said.',
      '■ Residents wade through a flooded street in the town centre.',
      '■ A rescue boat carries an elderly couple to safety.',
    ].join('\n\n');
    expect(text(page).articles).toHaveLength(1);
  });
});

describe('a column under its compilation credit', () => {
  it('reads every paragraph under "Compiled from wire reports" as a brief', () => {
    const page = [
      'Compiled from wire service reports by Jane Doe',
      'The foreign ministers of the two countries met on Monday for the first time since fighting broke out on their border in the spring.',
      'Rail workers walked off the job on Tuesday over a plan to raise the retirement age, halting most trains across the country.',
      'The central bank left its main interest rate unchanged on Thursday, saying inflation was slowing as it had expected it would.',
    ].join('\n\n');
    expect(text(page).articles).toHaveLength(3);
  });
});

describe('a gallery set in figures', () => {
  const figure = (caption: string, credit: string) => `<figure><img src="x.jpg" alt=""><figcaption><p>${caption}</p>${credit ? `<p>${credit}</p>` : ''}</figcaption></figure>`;
  const captions = [
    'A man rows a boat across a flooded field near the river on March 2, 2023, after a week of heavy rain in the region.',
    'Children play in the snow in a park in the capital on March 3, 2023, as temperatures dropped below freezing for the first time this winter.',
    'Dancers perform during a festival in the old town on March 4, 2023, marking the start of spring with music and parades through the streets.',
  ];

  it('reads each captioned picture as an item, with its "© Name / AFP" line as its credit, and the standfirst as none', () => {
    const html = `<html><head><title>Pictures of the week</title></head><body><article><h1>Pictures of the week</h1><p>A selection of the photographs taken this week.</p>${figure(captions[0]!, '© Jane DOE / AFP')}${figure(captions[1]!, '')}${figure(captions[2]!, '© John ROE / AFP')}</article></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 12))).toEqual(['A man rows a', 'Children pla', 'Dancers perf']);
    expect(seg.articles[0]?.byline?.photographers).toEqual(['Jane DOE']);
  });

  it('keeps a story illustrated by figures, with paragraphs of its own between them, as one story', () => {
    const para = (k: number) => `<p>Paragraph ${k} of the story tells how the town prepared for the floods, built new walls along the river and moved its archive to higher ground before the rains came in the spring.</p>`;
    const html = `<html><head><title>A town learns to live with the river</title></head><body><article><h1>A town learns to live with the river</h1>${para(1)}${para(2)}${figure(captions[0]!, '© Jane DOE / AFP')}${para(3)}${para(4)}${para(5)}${figure(captions[1]!, '')}${para(6)}${para(7)}${para(8)}${figure(captions[2]!, '© John ROE / AFP')}${para(9)}</article></body></html>`;
    expect(segmentHtml(html).seg.articles).toHaveLength(1);
  });
});

describe('picture credit lines', () => {
  it('reads "© Name / Agency" and "Image copyright Agency" as credits, and a site\'s copyright line as none', () => {
    expect(parsePhotoCredit('© Jane DOE / AFP')?.byline.photographers).toEqual(['Jane DOE']);
    expect(parsePhotoCredit('Image copyright Getty Images')?.byline.photographers).toEqual(['Getty Images']);
    expect(parsePhotoCredit('© 2023 The Daily Paper. All rights reserved.')).toBeNull();
  });
});

describe('a quoted title under the line naming its source', () => {
  it('reads the post\'s own title as the headline, and the source line and the quoted title as its text', () => {
    const page = [
      'Monday, March 6, 2023',
      'Neighbours respond',
      'From the town archive:',
      '“Letters to the council”',
      'A shopkeeper on the high street wrote that the new parking rules had cost her a third of her customers in the first month, and asked the council to think again.',
      'A teacher at the primary school wrote that the rules had made the street safer for children walking to school, and thanked the council for them.',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('Neighbours respond');
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^From the town archive/);
  });
});
