// The founding page: one e-paper page with 12 stories, as plain text and as HTML, must meet the
// hand-labelled truth exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import type { Block, Byline, Segmentation } from '../../../lib/types';
import { expectExactSourceMaps, segmentHtml } from './helpers';

const dir = join(process.cwd(), 'test/fixtures/seed');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  articleCount: number;
  rubrics: string[];
  articles: {
    headline: string;
    dateline: unknown;
    byline: Partial<Byline> | null;
    paragraphs?: number;
    joins?: [string, string][];
    absent?: string[];
    bodyStartsWith?: string;
    bodyEndsWith?: string;
    truncated?: boolean;
    photo?: boolean;
    continuedFrom?: string;
    fragment?: string;
    noRepeatedSentence?: string;
  }[];
};

const ROLES = ['reporters', 'correspondents', 'interns', 'photographers', 'authors'] as const;

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

function checkAgainstTruth(seg: Segmentation, blocks: Block[]) {
  expect(seg.articles.map((a) => a.headline)).toEqual(expected.articles.map((a) => a.headline));
  expect(seg.articles).toHaveLength(expected.articleCount);
  expect(seg.rubrics).toEqual(expected.rubrics);
  expected.articles.forEach((exp, k) => {
    const a = seg.articles[k];
    if (!a) throw new Error(`article ${k} missing`);
    const where = `article ${k} (${exp.headline})`;
    expect(a.dateline, where).toEqual(exp.dateline);
    for (const role of ROLES) {
      expect(a.byline?.[role] ?? [], `${where} ${role}`).toEqual(exp.byline?.[role] ?? []);
    }
    if (exp.paragraphs !== undefined) expect(a.paragraphs, where).toHaveLength(exp.paragraphs);
    for (const [x, y] of exp.joins ?? []) {
      expect(a.paragraphs.some((p) => p.includes(x + y)), `${where} joins ${x}|${y}`).toBe(true);
    }
    const body = [...a.paragraphs, ...a.fragments];
    for (const s of exp.absent ?? []) expect(body.some((p) => p.includes(s)), `${where} absent ${s}`).toBe(false);
    if (exp.bodyStartsWith) expect(a.paragraphs[0]?.startsWith(exp.bodyStartsWith), where).toBe(true);
    if (exp.bodyEndsWith) expect(a.paragraphs[a.paragraphs.length - 1]?.endsWith(exp.bodyEndsWith), where).toBe(true);
    expect(a.truncated, `${where} truncated`).toBe(exp.truncated ?? false);
    expect(a.photo, `${where} photo`).toBe(exp.photo ?? false);
    expect(a.continuedFrom, `${where} continuedFrom`).toBe(exp.continuedFrom ?? null);
    if (exp.fragment) expect(a.fragments.some((f) => f.includes(exp.fragment as string)), `${where} fragment`).toBe(true);
    else expect(a.fragments, `${where} fragments`).toEqual([]);
    if (exp.noRepeatedSentence) expect(count(body.join('\n'), exp.noRepeatedSentence), `${where} repeat`).toBe(1);
  });
  expectExactSourceMaps(seg, blocks);
}

describe('seed page, plain text', () => {
  const blocks = blocksFromText(readFileSync(join(dir, 'page.txt'), 'utf8'));

  it('finds the 12 stories with their headlines, datelines, bylines and repaired bodies', () => {
    checkAgainstTruth(segment(blocks), blocks);
  });
});

describe('seed page, HTML beside Readability', () => {
  const { blocks, seg } = segmentHtml(readFileSync(join(dir, 'page.html'), 'utf8'));

  it('finds the same 12 stories and leaves out the page navigation and footer', () => {
    checkAgainstTruth(seg, blocks);
    const all = JSON.stringify(seg);
    expect(all).not.toContain('第01版');
    expect(all).not.toContain('版权所有');
  });
});
