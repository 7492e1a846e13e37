import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../../lib/places/index';
import { buildResource } from './load';

describe('gazetteer resource', () => {
  it('is built deterministically, compact, and parses back', () => {
    // (Built aside: rewriting public/gazetteer.json, even with the same bytes, would leave the CLI's snapshot of it
    // older than the file, and every `jianbao annotate` would parse the JSON again until the next bundle build.)
    const dirs = [mkdtempSync(join(tmpdir(), 'jianbao-gaz-')), mkdtempSync(join(tmpdir(), 'jianbao-gaz-'))];
    for (const d of dirs) buildResource(d);
    const first = readFileSync(join(dirs[0]!, 'gazetteer.json'));
    const second = readFileSync(join(dirs[1]!, 'gazetteer.json'));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    expect(createHash('sha256').update(first).digest('hex')).toBe(createHash('sha256').update(second).digest('hex'));
    // Measured 342 KB gzipped (1.38 MB raw) with every township, plus about 250 KB for the place tagger's
    // weights (data/places-model.json); the target is well under 1 MB.
    expect(gzipSync(first).length).toBeLessThan(700_000);
    const json = JSON.parse(first.toString('utf8')) as { div: unknown[]; stop: string[] };
    expect(json.div.length).toBeGreaterThan(40_000);
    expect(json.stop).toContain('铁路'); // 铁路街道's short form is a common word
    const g = parseGazetteer(json);
    expect(g.byCode.get('150824104')).toBeDefined();
    // Two full builds from the data packages: several seconds each on an idle machine, so a timeout of its own.
  }, 90_000);

  it('rejects a malformed resource', () => {
    expect(() => parseGazetteer({ version: 0, entries: [] })).toThrow(/gazetteer/);
  });
});
