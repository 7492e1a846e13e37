// A one-story page whose Readability text skipped the page's own story for stories loaded in full below it.
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { selectContentBlocks } from '../../../lib/blocks/content';

function dom(body: string) {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  return blocksFromDom(doc.body);
}

const own = [
  'A major outage disrupted access to the messaging service on Friday, leaving users unable to sign in.',
  'The outage quickly became one of the most discussed technology stories of the day around the world.',
  'Reports of the outage began emerging shortly before ten in the morning, according to monitoring sites.',
  'The company had not announced a timeline for when all affected services would return to normal.',
];
const loaded = [
  'The crewed flyby ended with a splashdown in the Pacific Ocean after a ten day mission around the Moon.',
  'Recovery teams secured the capsule and confirmed that all four astronauts were in stable condition.',
  'The mission is described by officials as a critical step toward landing humans on the Moon again.',
];

describe('the page\'s own text on a one-story page (own-text.ts)', () => {
  it('keeps the story under the page\'s h1 that Readability passed over for a story loaded below it', () => {
    const d = dom(`<h1>Outage hits the messaging service</h1><p>A short excerpt of the story, one sentence long.</p>
      ${own.map((p) => `<p>${p}</p>`).join('')}
      <h1>Crewed lunar flyby ends in splashdown</h1>${loaded.map((p) => `<p>${p}</p>`).join('')}`);
    // Readability kept the head of the page's story and the loaded story, not the page's own paragraphs.
    const readability = ['Outage hits the messaging service', 'A short excerpt of the story, one sentence long.', 'Crewed lunar flyby ends in splashdown', ...loaded].join('\n');
    const kept = selectContentBlocks(d, readability, { oneStory: true }).map((i) => d.blocks[i]?.text);
    for (const p of own) expect(kept).toContain(p);
  });

  it('still drops a teaser box Readability left out after the story it kept', () => {
    const teasers = [
      'Another story of the site, summarised in a sentence that runs on for a while here.',
      'A second teaser of the site, summarised in a sentence that runs on for a while too.',
      'A third teaser of the site, summarised in a sentence that also runs on for a while.',
    ];
    const d = dom(`<h1>Outage hits the messaging service</h1>${own.map((p) => `<p>${p}</p>`).join('')}
      ${teasers.map((p) => `<p>${p}</p>`).join('')}<p>${loaded[0]}</p>`);
    const readability = ['Outage hits the messaging service', ...own, loaded[0]].join('\n');
    const kept = selectContentBlocks(d, readability, { oneStory: true }).map((i) => d.blocks[i]?.text);
    for (const p of own) expect(kept).toContain(p);
    for (const p of teasers) expect(kept).not.toContain(p);
  });
});
