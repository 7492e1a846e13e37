import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../../lib/places/index';
import { buildResource, RESOURCE } from './load';

describe('gazetteer resource', () => {
  it('is built deterministically, compact, and loads fast', () => {
    buildResource();
    const first = readFileSync(RESOURCE);
    buildResource();
    const second = readFileSync(RESOURCE);
    expect(createHash('sha256').update(first).digest('hex')).toBe(createHash('sha256').update(second).digest('hex'));
    // Measured 342 KB gzipped (1.38 MB raw) with every township, plus about 250 KB for the place tagger's
    // weights (data/places-model.json); the target is well under 1 MB.
    expect(gzipSync(first).length).toBeLessThan(700_000);
    const json = JSON.parse(first.toString('utf8')) as { div: unknown[]; stop: string[] };
    expect(json.div.length).toBeGreaterThan(40_000);
    expect(json.stop).toContain('铁路'); // 铁路街道's short form is a common word
    const g = parseGazetteer(json);
    expect(g.byCode.get('150824104')).toBeDefined();
  });

  it('rejects a malformed resource', () => {
    expect(() => parseGazetteer({ version: 0, entries: [] })).toThrow(/gazetteer/);
  });
});
