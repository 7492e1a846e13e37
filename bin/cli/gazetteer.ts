// The place gazetteer resource built at install time (scripts/build-gazetteer.ts -> public/gazetteer.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGazetteer, type Gazetteer } from '../../lib/places';

// Two levels below the package root both in bin/cli/ (source) and in dist/cli/ (the bundle).
export const GAZETTEER_PATH = fileURLToPath(new URL('../../public/gazetteer.json', import.meta.url));

let warned = false;

/** The gazetteer, or null (with one line on stderr, unless quiet) when it was not built. */
export function loadGazetteer({ quiet = false } = {}): Gazetteer | null {
  let raw: string;
  try {
    raw = readFileSync(GAZETTEER_PATH, 'utf8');
  } catch {
    if (!quiet && !warned) process.stderr.write('jianbao: place names are off: the gazetteer is missing (run `npm run gazetteer`)\n');
    warned = true;
    return null;
  }
  return parseGazetteer(JSON.parse(raw));
}
