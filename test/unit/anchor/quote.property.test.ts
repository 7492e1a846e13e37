// Properties of describeQuote → matchQuote over random texts in several scripts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextQuoteSelector } from '../../../lib/clipping';
import { describeQuote, matchQuote } from '../../../lib/anchor/quote';

// A small alphabet makes repeats (and so ambiguity) common; it mixes CJK, digits, emoji
// (surrogate pairs, one with a skin-tone modifier), Hebrew and Arabic with a right-to-left mark.
const pieces = ['中', '文', '报', '1', '4', '.', '7', '%', ' ', '\n', 'a', 'b', '😀', '👍🏽', 'ש', 'ל', 'ع', 'ب', '\u200f'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 160 }).map((p) => p.join(''));
const textWithRange = text.chain((t) =>
  fc
    .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }), fc.integer({ min: 0, max: 40 }))
    .map(([a, b, context]) => ({ t, start: Math.min(a, b), end: Math.max(a, b), context })),
);

/** Starts of every occurrence of the quote whose saved prefix and suffix also match exactly. */
function identicalPlaces(t: string, q: TextQuoteSelector): number[] {
  const out: number[] = [];
  for (let at = t.indexOf(q.exact); at !== -1; at = t.indexOf(q.exact, at + 1)) {
    const end = at + q.exact.length;
    if (t.slice(at - q.prefix.length, at) === q.prefix && t.slice(end, end + q.suffix.length) === q.suffix && at >= q.prefix.length) out.push(at);
  }
  return out;
}

describe('matchQuote on unchanged text', () => {
  it('returns the original offsets when given the saved position', () => {
    fc.assert(
      fc.property(textWithRange, ({ t, start, end, context }) => {
        fc.pre(end > start);
        const m = matchQuote(t, describeQuote(t, start, end, context), { position: start });
        expect(m && { start: m.start, end: m.end }).toEqual({ start, end });
      }),
      { numRuns: 500 },
    );
  });

  it('without a position, returns the original offsets when the quote or its context is unique', () => {
    fc.assert(
      fc.property(textWithRange, ({ t, start, end, context }) => {
        fc.pre(end > start);
        const q = describeQuote(t, start, end, context);
        const places = identicalPlaces(t, q);
        const m = matchQuote(t, q);
        if (places.length === 1) expect(m && { start: m.start, end: m.end }).toEqual({ start, end });
        // Identical text and context elsewhere: null, or one of those identical places.
        else if (m) expect(places).toContain(m.start);
      }),
      { numRuns: 500 },
    );
  });

  it('still finds the quote at its shifted place after edits outside the quote and its context', () => {
    const edited = textWithRange.chain((r) =>
      fc.record({ r: fc.constant(r), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join('')), cut: fc.nat({ max: 5 }), where: fc.boolean() }),
    );
    fc.assert(
      fc.property(edited, ({ r: { t, start, end, context }, insert, cut, where }) => {
        fc.pre(end > start);
        const q = describeQuote(t, start, end, context);
        const before = where;
        // Edit well away from the saved context, before or after the passage.
        let t2: string;
        let shift = 0;
        if (before) {
          const at = start - q.prefix.length;
          fc.pre(at >= cut);
          t2 = t.slice(0, at - cut) + insert + t.slice(at);
          shift = insert.length - cut;
        } else {
          const at = end + q.suffix.length;
          t2 = t.slice(0, at) + insert + t.slice(Math.min(t.length, at + cut));
        }
        const places = identicalPlaces(t2, q);
        fc.pre(places.length === 1);
        const m = matchQuote(t2, q, { position: start });
        expect(m && { start: m.start, end: m.end }).toEqual({ start: start + shift, end: end + shift });
      }),
      { numRuns: 500 },
    );
  });
});

describe('matchQuote on arbitrary input', () => {
  const anyString = fc.string({ unit: 'binary', maxLength: 60 });
  it('never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string({ unit: 'binary', maxLength: 300 })),
        anyString,
        anyString,
        anyString,
        fc.option(fc.oneof(fc.integer(), fc.double())),
        (t, exact, prefix, suffix, position) => {
          const m = matchQuote(t, { type: 'TextQuoteSelector', exact, prefix, suffix }, position === null ? {} : { position });
          if (m) {
            expect(0 <= m.start && m.start <= m.end && m.end <= t.length).toBe(true);
            expect(m.score).toBeGreaterThanOrEqual(0);
            expect(m.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('describeQuote keeps the selection and never cuts an emoji in half at the edge of the context', () => {
    fc.assert(
      fc.property(textWithRange, ({ t, start, end, context }) => {
        const q = describeQuote(t, start, end, context);
        expect(q.exact).toBe(t.slice(start, end));
        expect(t.slice(0, start).endsWith(q.prefix)).toBe(true);
        expect(t.slice(end).startsWith(q.suffix)).toBe(true);
        expect(q.prefix.length).toBeLessThanOrEqual(context);
        expect(q.suffix.length).toBeLessThanOrEqual(context);
        expect(/^[\udc00-\udfff]/.test(q.prefix)).toBe(false);
        expect(/[\ud800-\udbff]$/.test(q.suffix)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
