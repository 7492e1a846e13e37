// Property tests over lib/ with random and mutated real text: nothing throws, every offset lies inside its
// text and slices to the span's own text, and the segmenter's source maps lead back to the very characters
// of the blocks they came from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQuote, matchQuote } from '../../../lib/anchor';
import { blocksFromText } from '../../../lib/blocks/text';
import { findFigures } from '../../../lib/figures';
import { findPlaces } from '../../../lib/places';
import { extractText } from '../../../lib/pipeline';
import { segment } from '../../../lib/segment';
import type { Block, SourceSpan } from '../../../lib/types';
import { expectSpansIn, expectWellFormed, gazetteer } from './well-formed';

const SEED = readFileSync(resolve('test/fixtures/seed/page.txt'), 'utf8');
const RUNS = { numRuns: 200 };

// Pieces news text is made of, plus what breaks naive code: surrogate pairs (𠀀𪚥, emoji with modifiers),
// right-to-left marks and scripts, zero-width and odd spaces, lone surrogates, markup as text.
const PIECES = [
  '包头市', '鄂尔多斯', '呼和浩特', '内蒙古', '北京', '5842.2', '万吨', '14.7%', '亿元', '同比增长', '约', '以上', '第3版',
  '本报', '讯', '电', '(记者', ')', '。', ',', '、', '“', '”', '\n', '\n\n', ' ', '\u3000', '\u200b', '\u00a0',
  '𠀀', '𪚥', '😀', '👍🏽', '🇨🇳', 'ع', 'ש', '\u200f', '\u202e', '\ud800', '\udc00', '<img src=x onerror=alert(1)>',
  'Reuters', 'percent', '$4.2 billion', '3', '0', '.', '-', '~', '至',
];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join(''));
const anyUnicode = fc.string({ unit: 'binary', maxLength: 200 });
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

type Mutation =
  | { op: 'cut'; at: number; len: number }
  | { op: 'splice'; at: number; from: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(anyUnicode, piecesText, utf16) }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'splice': {
      const from = text.length ? m.from % text.length : 0;
      return text.slice(0, at) + text.slice(from, from + m.len) + text.slice(at);
    }
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
  }
}

/** A window of the real page (so each run stays small), then a few cuts, splices, duplications and insertions. */
const mutatedSeed = fc
  .tuple(fc.nat({ max: SEED.length }), fc.integer({ min: 200, max: 2500 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([start, len, ms]) => ms.reduce(mutate, SEED.slice(start, start + len)));

const anyText = fc.oneof(mutatedSeed, piecesText, anyUnicode, utf16);

function expectSourcesRoundTrip(text: string, sources: SourceSpan[], blocks: Block[]): void {
  for (const s of sources) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    const block = blocks[s.block];
    expect(block).toBeDefined();
    expect(s.blockStart).toBeGreaterThanOrEqual(0);
    expect(s.blockStart + (s.end - s.start)).toBeLessThanOrEqual(block!.text.length);
    expect(text.slice(s.start, s.end)).toBe(block!.text.slice(s.blockStart, s.blockStart + (s.end - s.start)));
  }
}

describe('segmenter on random and mutated text', () => {
  it('never throws, and every paragraph and headline slice equals the block slice it maps to', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('zh', 'en', null), (text, lang) => {
        const blocks = blocksFromText(text);
        for (const b of blocks) expect(b.text.length).toBeGreaterThan(0);
        const seg = segment(blocks, { lang });
        for (const a of seg.articles) {
          expectSourcesRoundTrip(a.headline, a.headlineSource, blocks);
          expect(a.paragraphSources).toHaveLength(a.paragraphs.length);
          a.paragraphs.forEach((p, i) => expectSourcesRoundTrip(p, a.paragraphSources[i]!, blocks));
        }
      }),
      RUNS,
    );
  });
});

describe('figures and places on random and mutated text', () => {
  it('findFigures: offsets inside the text, slices equal to the figure text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('auto', 'zh', 'en') as fc.Arbitrary<'auto' | 'zh' | 'en'>, (text, lang) => {
        const figures = findFigures(text, { lang });
        expectSpansIn(text, figures);
        for (const f of figures) expect(f.value === null || Number.isFinite(f.value)).toBe(true);
      }),
      RUNS,
    );
  });

  it('findPlaces: offsets inside the text, slices equal to the place text', () => {
    const g = gazetteer();
    fc.assert(
      fc.property(anyText, (text) => {
        expectSpansIn(text, findPlaces(text, g));
      }),
      RUNS,
    );
  });

  it('the whole text pipeline: every span points at its own text in its own paragraph', () => {
    const g = gazetteer();
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(extractText(text, { url: null, gazetteer: g }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('anchoring on random and mutated text', () => {
  const withRange = (t: fc.Arbitrary<string>) =>
    t.chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })));

  it('a quote described on unchanged text is found again, exactly', () => {
    fc.assert(
      fc.property(withRange(anyText), ([text, a, b]) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const quote = describeQuote(text, start, end);
        expect(text.slice(start, end)).toBe(quote.exact);
        const found = matchQuote(text, quote, { position: start });
        if (!quote.exact) return;
        expect(found).not.toBeNull();
        expect(text.slice(found!.start, found!.end)).toBe(quote.exact);
      }),
      RUNS,
    );
  });

  it('a quote looked up in edited text is either not found or points inside the text', () => {
    fc.assert(
      fc.property(withRange(mutatedSeed), fc.array(mutation, { minLength: 1, maxLength: 4 }), ([text, a, b], edits) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const quote = describeQuote(text, start, end);
        const edited = edits.reduce(mutate, text);
        const found = matchQuote(edited, quote, { position: start });
        if (!found) return;
        expect(found.start).toBeGreaterThanOrEqual(0);
        expect(found.end).toBeGreaterThanOrEqual(found.start);
        expect(found.end).toBeLessThanOrEqual(edited.length);
        expect(found.score).toBeGreaterThanOrEqual(0);
        expect(found.score).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});
