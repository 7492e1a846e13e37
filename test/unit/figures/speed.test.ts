// Figures are found on every paragraph of every page as it is read: the scan must keep well ahead of that.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

describe('figure scan speed', () => {
  it('reads Chinese news text at more than 1 MB/s on one core', () => {
    const page = readFileSync(resolve(process.cwd(), 'test/fixtures/seed/page.txt'), 'utf8');
    const paragraphs = page.split('\n').filter((line) => line.trim() !== '');
    const corpus: string[] = [];
    let bytes = 0;
    while (bytes < 2e6) {
      for (const p of paragraphs) {
        corpus.push(p);
        bytes += Buffer.byteLength(p);
      }
    }
    let best = Infinity;
    let count = 0;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      count = 0;
      for (const p of corpus) count += findFigures(p).length;
      best = Math.min(best, performance.now() - t0);
    }
    const mbPerSecond = bytes / 1e6 / (best / 1000);
    console.log(`figure scan: ${mbPerSecond.toFixed(1)} MB/s, ${count} figures in ${(bytes / 1e6).toFixed(1)} MB`);
    expect(count).toBeGreaterThan(0);
    expect(mbPerSecond).toBeGreaterThan(1);
  });
});
