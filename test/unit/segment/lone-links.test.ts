// Layouts met in the fifty-third held-out round of issue #19: a listing of headless teasers each closed by the same
// read-on link on a line alone ("Read More →"), and a station's page of teasers each under a bullet alone ("-").
// Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const teasers = [
  'A county deputy who stopped a truck on the coast road found forty crates of stolen oysters in the back of it. He said the driver was "very polite."',
  'The harbour board voted on Tuesday to close the north slipway for repairs until the end of the summer season. Boats will use the south ramp.',
  'Volunteers counted more than two hundred seals on the sandbar this week, the most since the count began. Most were pups.',
];

describe('teasers parted by the same lone line', () => {
  it('reads each teaser closed by a lone "Read More →" as a headless story of its own', () => {
    const seg = text(teasers.flatMap((t) => [t, 'Read More →']).join('\n\n'));
    expect(seg.articles.map((a) => a.paragraphs[0])).toEqual(teasers);
    expect(seg.articles.every((a) => a.headline === '')).toBe(true);
  });

  it('reads each teaser under a lone "-" bullet as a headless story of its own', () => {
    const seg = text(['The Latest From The Coast', ...teasers.flatMap((t) => ['-', t])].join('\n\n'));
    expect(seg.articles.map((a) => a.paragraphs[0])).toEqual(teasers);
  });

  it('keeps a titled story whose short points sit under lone bullets as one story', () => {
    const story = ['How to pack for the island ferry', 'The ferry leaves at dawn and the café opens late, so plan ahead.', '-', 'Bring water.', '-', 'Bring a coat.', '-', 'Bring cash for the bus.'].join('\n\n');
    expect(text(story).articles).toHaveLength(1);
  });
});
