// Shared test helpers: run a page through blocks -> content -> segment, and check source maps.
import { Readability } from '@mozilla/readability';
import { expect } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { selectContentBlocks } from '../../../lib/blocks/content';
import { segment } from '../../../lib/segment';
import type { Block, Segmentation } from '../../../lib/types';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function segmentHtml(html: string): { blocks: Block[]; seg: Segmentation; title: string } {
  const doc = parseHtml(html);
  const dom = blocksFromDom(doc.body);
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const keep = selectContentBlocks(dom, article?.textContent ?? null);
  const blocks = keep.map((i) => dom.blocks[i] as Block);
  return { blocks, seg: segment(blocks, { title: doc.title }), title: doc.title };
}

/** Every output run maps back to the same characters of its block, and every visible character is mapped. */
export function expectExactSourceMaps(seg: Segmentation, blocks: Block[]): void {
  for (const a of seg.articles) {
    const outputs: [string, typeof a.headlineSource][] = [
      [a.headline, a.headlineSource],
      ...a.paragraphs.map((p, i): [string, typeof a.headlineSource] => [p, a.paragraphSources[i] ?? []]),
    ];
    expect(a.paragraphSources.length).toBe(a.paragraphs.length);
    for (const [text, spans] of outputs) {
      const covered = new Array<boolean>(text.length).fill(false);
      for (const s of spans) {
        const block = blocks[s.block];
        expect(block, `block ${s.block}`).toBeDefined();
        expect(text.slice(s.start, s.end)).toBe(block?.text.slice(s.blockStart, s.blockStart + s.end - s.start));
        for (let k = s.start; k < s.end; k++) covered[k] = true;
      }
      if (spans.length || text !== a.headline) {
        for (let k = 0; k < text.length; k++) {
          if (!/\s/.test(text[k] ?? '')) expect(covered[k], `char ${k} of "${text.slice(0, 20)}…"`).toBe(true);
        }
      }
    }
  }
}
