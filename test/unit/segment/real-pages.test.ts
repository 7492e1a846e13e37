// Pages written the way real sites and e-papers publish them (test/fixtures/pages/): one story must stay one
// story under its own headline, a page of stories must split where the paper splits, and datelines and
// bylines must be read into their fields and kept out of the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import type { Block, Segmentation } from '../../../lib/types';
import { expectExactSourceMaps, segmentHtml } from './helpers';

const page = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/pages', name), 'utf8');

function load(name: string): { blocks: Block[]; seg: Segmentation } {
  if (name.endsWith('.txt')) {
    const blocks = blocksFromText(page(name));
    return { blocks, seg: segment(blocks) };
  }
  return segmentHtml(page(name));
}

/** Nothing a byline or dateline put in front of the text is left in any paragraph. */
function expectCleanParagraphs(seg: Segmentation, leftovers: RegExp): void {
  for (const a of seg.articles) for (const p of a.paragraphs) expect(p, p.slice(0, 40)).not.toMatch(leftovers);
}

describe('byline set as two spans (name, job title) with no space between them', () => {
  const { blocks, seg } = load('bbc-spans-byline.html');
  const a = seg.articles[0];

  it('is one story under its h1, the byline read and out of the text', () => {
    expect(seg.articles).toHaveLength(1);
    expect(a?.headline).toBe('Interest rates held as inflation eases');
    expect(a?.byline?.authors).toEqual(['Faisal Islam']);
    expect(a?.paragraphs).toHaveLength(5);
    expect(a?.paragraphs[0]?.startsWith('The Bank of England has kept interest rates')).toBe(true);
    expect(a?.paragraphs[4]?.startsWith('Borrowers on tracker mortgages')).toBe(true);
    expectCleanParagraphs(seg, /Faisal|Economics editor/);
    expect(JSON.stringify(seg)).not.toMatch(/Related|Inflation explained|Copyright/);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('national daily article page: kicker h3, headline h1, deck h2, byline line', () => {
  const { blocks, seg } = load('renmin-kicker-deck.html');
  const a = seg.articles[0];

  it('keeps the kicker with the story (not a page banner) and the deck as subheadline', () => {
    expect(seg.articles).toHaveLength(1);
    expect(a?.headline).toBe('一季度重大项目开工率同比提高');
    expect(a?.subheadline).toBe('投资结构持续优化，制造业投资增长较快');
    expect(seg.rubrics).toEqual([]);
  });

  it('reads the byline line and the dateline and keeps both out of the text', () => {
    expect(a?.dateline).toEqual({ source: '本报', place: '北京', date: '3月15日', kind: '电' });
    expect(a?.byline?.reporters).toEqual(['王浩']);
    expect(a?.paragraphs).toHaveLength(3);
    expect(a?.paragraphs[0]?.startsWith('记者从国家发展改革委获悉')).toBe(true);
    expect(a?.paragraphs[2]?.startsWith('国家发展改革委有关负责人表示')).toBe(true);
    expectCleanParagraphs(seg, /本报记者|本报北京|责编/);
    expectExactSourceMaps(seg, blocks);
  });

  it('with no deck, the kicker is the subheadline', () => {
    const html = page('renmin-kicker-deck.html').replace(/<h2 class="sub">[^<]*<\/h2>/, '');
    const { seg: s } = segmentHtml(html);
    expect(s.articles[0]?.headline).toBe('一季度重大项目开工率同比提高');
    expect(s.articles[0]?.subheadline).toBe('推动高质量发展迈出新步伐');
    expect(s.rubrics).toEqual([]);
  });
});
