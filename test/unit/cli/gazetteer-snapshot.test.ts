// @vitest-environment node
// The bundle's gazetteer snapshot (bin/cli/gazetteer.ts): the gazetteer as built, indexes included, kept in V8's
// serialisation so that each command loads it without building the trie again. A snapshot must find exactly
// the places the freshly built gazetteer finds, and bytes that are no snapshot of this version must be refused
// (the command then reads the JSON) rather than crash or load something else.
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_VERSION, gazetteerFromSnapshot, gazetteerSnapshot } from '../../../bin/cli/gazetteer';
import { buildPlaceContext, findPlaces } from '../../../lib/places/index';
import { loadGazetteer } from '../places/load';

const built = loadGazetteer();
const seed = readFileSync('test/fixtures/seed/page.txt', 'utf8');
const places = (g: typeof built) => findPlaces(seed, g, buildPlaceContext([seed], g));

describe('gazetteer snapshot', () => {
  it('finds the same places, with the same codes, as the gazetteer it was taken from', () => {
    const restored = gazetteerFromSnapshot(gazetteerSnapshot(built));
    expect(restored).toBeDefined();
    const expected = places(built);
    expect(expected.length).toBeGreaterThan(20);
    expect(places(restored!)).toEqual(expected);
    expect(restored!.size).toBe(built.size);
    expect(restored!.byCode.get('150100')).toBe(built.byCode.get('150100'));
    expect(restored!.english.get('Mongolia')).toEqual(built.english.get('Mongolia'));
    // The place tagger's weights kept decoded (typed arrays, no base64 to decode per process), tagging the same.
    expect((restored!.model as { index?: unknown }).index).toBeInstanceOf(Int32Array);
    // With the Chinese emitter's tables as filled from those weights.
    expect((restored!.model as { emit?: { t23?: unknown } }).emit?.t23).toBeInstanceOf(Int16Array);
  });

  it('keeps every division row (packed into two strings) with its name, code, level and parent', () => {
    const restored = gazetteerFromSnapshot(gazetteerSnapshot(built))!;
    expect(Array.isArray(restored.state().div)).toBe(false);
    for (let i = 0; i < built.size; i += 97) {
      expect(restored.nameOf(i)).toBe(built.nameOf(i));
      expect(restored.entry(i)).toEqual(built.entry(i));
    }
    // The last row, and a township's code (the long codes' map is built from the rows on first use).
    expect(restored.entry(built.size - 1)).toEqual(built.entry(built.size - 1));
    const township = [...built.byCode].find(([code]) => code.length > 6)!;
    expect(restored.byCode.get(township[0])).toBe(township[1]);
    // A snapshot of a restored gazetteer (its rows packed already) finds the same places.
    expect(places(gazetteerFromSnapshot(gazetteerSnapshot(restored))!)).toEqual(places(built));
  });

  it('refuses bytes of another version, of another shape or corrupt', () => {
    const bytes = gazetteerSnapshot(built);
    expect(gazetteerFromSnapshot(bytes.subarray(0, bytes.length >> 1))).toBeUndefined();
    expect(gazetteerFromSnapshot(serialize({ version: 'jianbao-gazetteer-state-0', state: built.state() }))).toBeUndefined();
    expect(gazetteerFromSnapshot(serialize(JSON.parse(readFileSync('public/gazetteer.json', 'utf8'))))).toBeUndefined();
    expect(gazetteerFromSnapshot(new Uint8Array([1, 2, 3]))).toBeUndefined();
    // This version's name over a state of another shape (a trie of plain arrays, no forms).
    const state = built.state();
    expect(gazetteerFromSnapshot(serialize({ version: SNAPSHOT_VERSION, state: { ...state, trie: { ...state.trie, slots: [...state.trie.slots.slice(0, 9)] }, forms: undefined } }))).toBeUndefined();
  });
});
