// Deterministic inputs for the benchmarks, built from the sample page: the same bytes on every machine and run.
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { seededRandom as seeded } from '../lib/store/seed';

/** Same shape of number (digit count, decimal point), other digits: 5842.2 -> 3917.6. */
export function varyNumbers(text: string, rand: () => number): string {
  return text.replace(/\d+/g, (digits) => {
    let out = '';
    for (let i = 0; i < digits.length; i++) {
      const lowest = i === 0 && digits.length > 1 ? 1 : 0;
      out += String(lowest + Math.floor(rand() * (10 - lowest)));
    }
    return out;
  });
}

const EDITION = /<div id="ozoom"[^>]*>[\s\S]*?\n {4}<\/div>/;

/**
 * A long e-paper page: the sample's article column repeated as successive editions, each with its numbers
 * varied, until the HTML reaches `minBytes`. Markup outside the column (masthead, navigation) stays once.
 */
export function largePage(sampleHtml: string, minBytes: number, seed = 20230209): string {
  const edition = EDITION.exec(sampleHtml)?.[0];
  if (!edition) throw new Error('sample page: no article column (<div id="ozoom">) found');
  const rand = seeded(seed);
  const columns: string[] = [];
  let size = Buffer.byteLength(sampleHtml);
  for (let k = 1; size < minBytes; k++) {
    const column = varyNumbers(edition, rand).replace('id="ozoom"', `id="ozoom-${k}"`);
    columns.push(column);
    size += Buffer.byteLength(column) + 1;
  }
  return sampleHtml.replace(EDITION, columns.join('\n'));
}

/** Chinese news text, one paragraph a line, from the sample's paragraphs shuffled and varied, of at least `minBytes`. */
export function zhNewsLines(pageText: string, minBytes: number, seed = 9): string {
  const paragraphs = pageText.split(/\n+/).map((l) => l.trim()).filter((l) => /[\u4e00-\u9fff]/.test(l));
  if (!paragraphs.length) throw new Error('sample text: no Chinese paragraphs');
  const rand = seeded(seed);
  const lines: string[] = [];
  let size = 0;
  while (size < minBytes) {
    const line = varyNumbers(paragraphs[Math.floor(rand() * paragraphs.length)]!, rand);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n') + '\n';
}

/** Writes a generated file (every run: generation is cheap, and a stale input would skew the figures). */
export function writeGenerated(path: string, content: string): { path: string; bytes: number } {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return { path, bytes: statSync(path).size };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
