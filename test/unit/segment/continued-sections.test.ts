// A story's lone subhead (lib/segment/continued-sections.ts, issue 12): a story kept as plain text under its page
// title, with one subhead over a section that goes on with the story (its words, and an opening that leans on the text
// above), stays one article under its headline; two reports of a page on different subjects still part, and so does
// a second section that opens as a new story does, naming its subject, however many words it shares.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

function read(text: string) {
  return extractText(text, { gazetteer: null }).articles;
}

const STORY = `Landslide buries mountain road north of Varenna | Lakeside Courier

A landslide buried the mountain road north of Varenna on Tuesday night, cutting off two villages, the provincial roads office said.

Mud and boulders covered about two hundred metres of the road after three days of rain, and no cars were caught in the slide, the office said.

Firefighters reached the villages of Esino and Perledo on foot and said the roughly six hundred residents were safe, with food and power.

The provincial office said it would take at least a week to clear the road and check the slope above it.

Funding delay

The landslide comes a week after geologists warned that heavy autumn storms had loosened the hillside above Varenna.

Their report, sent to the regional government in October, asked for nets and drains along the steepest bends, but funding was delayed until next year.

Local councillors said they had raised the danger twice at public meetings and demanded an inquiry into the delay.

A spokesman for the regional government said the money had been set aside and that work would start in spring.

Residents of Esino said they now fear the winter, when snow and ice weigh on the slopes above the lake.`;

const TWO_REPORTS = `Landslide buries mountain road north of Varenna | Lakeside Courier

A landslide buried the mountain road north of Varenna on Tuesday night, cutting off two villages, the provincial roads office said.

Mud and boulders covered about two hundred metres of the road after three days of rain, and no cars were caught in the slide, the office said.

Firefighters reached the villages of Esino and Perledo on foot and said the roughly six hundred residents were safe, with food and power.

The provincial office said it would take at least a week to clear the road and check the slope above it.

Choir wins festival prize

A children's choir from Bellano won first prize at the regional music festival in Como on Sunday, singing a programme of folk songs.

Forty singers aged nine to fourteen took part, and the jury praised their arrangement of an old fishermen's song.

Their teacher said the prize money would pay for new music stands and a trip to Milan in the spring.`;

/** The same section opening as a report of its own does, naming its subject: no continuation of the text above. */
const NEW_OPENING = STORY.replace('The landslide comes a week after geologists warned', 'Regional geologists warned a week ago');

describe('a story\'s lone subhead over a section that goes on with it', () => {
  it('keeps the story one article under its headline', () => {
    const articles = read(STORY);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toMatch(/^Landslide buries mountain road north of Varenna/);
    expect(articles[0]!.paragraphs.join('\n')).toContain('demanded an inquiry');
  });

  it('parts a page of two reports on different subjects', () => {
    const articles = read(TWO_REPORTS);
    expect(articles).toHaveLength(2);
    expect(articles[1]!.headline).toBe('Choir wins festival prize');
  });

  it('parts a page whose later section opens by naming its own subject', () => {
    expect(read(NEW_OPENING).map((a) => a.headline)[1]).toBe('Funding delay');
  });
});
