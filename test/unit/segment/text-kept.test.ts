// No text is ever lost: every block the segmenter is given ends up in a story (headline, deck, paragraph,
// fragment, dateline, byline) or in the rubrics, whatever reading of the page wins.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/segment';
import type { Block, Segmentation } from '../../../lib/types';
import { segmentHtml } from './helpers';

function allText(seg: Segmentation): string {
  const parts: string[] = [...seg.rubrics];
  for (const a of seg.articles) {
    parts.push(a.headline, a.subheadline ?? '', ...a.paragraphs, ...a.fragments);
  }
  return parts.join('\n');
}

const LEAD = 'Officials said on Monday that the new bridge across the river would open to traffic next spring after years of delay.';
const SECOND = 'The project, first proposed a decade ago, has cost more than twice its original budget';

function storyThenItems(items: number): string {
  const list = Array.from({ length: items }, (_, k) =>
    `<h3>Item number ${k + 1} on the list</h3><p>Short note ${k + 1} about a local event that readers may want to attend this week.</p>`,
  ).join('');
  return `<html><head><title>City news</title></head><body><main>
    <article>
      <h2>River bridge to open next spring</h2>
      <p>LONDON, March 4 (Reuters) - ${LEAD}</p>
      <p>${SECOND}</p>
    </article>
    ${list}
  </main></body></html>`;
}

describe('a story above a list of headed items', () => {
  const { seg } = segmentHtml(storyThenItems(20));
  const story = seg.articles.find((a) => a.headline === 'River bridge to open next spring');

  it('keeps the h2 story whole: headline, dated lead and second paragraph in one story', () => {
    expect(story).toBeDefined();
    expect(story?.dateline).toMatchObject({ source: 'Reuters', place: 'LONDON' });
    expect(story?.paragraphs[0]).toBe(LEAD);
    expect(story?.paragraphs.join('\n')).toContain(SECOND);
    expect(seg.rubrics).not.toContain('River bridge to open next spring');
    expect(seg.rubrics).not.toContain(SECOND);
  });

  it('keeps every item too', () => {
    const text = allText(seg);
    for (let k = 1; k <= 20; k++) expect(text).toContain(`Short note ${k} about a local event`);
  });
});

describe('every block survives segmentation', () => {
  const p = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'p', headingLevel: null, className: '', container: null, emphasis: false, ...extra });

  it('prose outside the <article> containers of a multi-story page is kept', () => {
    const blocks: Block[] = [
      p('A paragraph of introduction that sits above the stories and is not inside any of them at all.'),
      p('First story headline', { tag: 'h2', headingLevel: 2, container: 0 }),
      p('The first story has a paragraph of its own that says what happened and where.', { container: 0 }),
      p('Second story headline', { tag: 'h2', headingLevel: 2, container: 1 }),
      p('The second story also has a paragraph of its own with enough words to be prose.', { container: 1 }),
    ];
    const text = allText(segment(blocks));
    for (const b of blocks) expect(text).toContain(b.text);
  });

  it('a story joined across 2,000 column breaks keeps all of its text', () => {
    const blocks = [p('The story opens with a sentence that runs on,'), ...Array.from({ length: 2000 }, (_, k) => p(`clause ${k} of a long sentence,`))];
    const seg = segment(blocks);
    const text = allText(seg);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs).toHaveLength(1);
    expect(text).toContain('runs on, clause 0 of a long sentence, clause 1 of a long sentence,');
    expect(text).toContain('clause 1999 of a long sentence,');
  });
});

describe('a headline with nothing under it', () => {
  it('is kept as a rubric, not dropped with its empty story', () => {
    const h = (text: string, container: number): Block => ({ text, tag: 'h2', headingLevel: 2, className: '', container, emphasis: false });
    const p = (text: string, container: number): Block => ({ text, tag: 'p', headingLevel: null, className: '', container, emphasis: false });
    const seg = segment([
      h('A story with text', 0),
      p('The story tells what happened, where it happened and who was there when it did.', 0),
      h('A headline with no story under it', 1),
    ]);
    expect(seg.articles.map((a) => a.headline)).toEqual(['A story with text']);
    expect(seg.rubrics).toContain('A headline with no story under it');
  });
});
