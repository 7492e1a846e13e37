// The place gazetteer resource built at install time (scripts/build-gazetteer.ts -> public/gazetteer.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGazetteer, type Gazetteer } from '../../lib/places';

export const GAZETTEER_PATH = fileURLToPath(new URL('../../public/gazetteer.json', import.meta.url));

export function loadGazetteer(): Gazetteer | null {
  let raw: string;
  try {
    raw = readFileSync(GAZETTEER_PATH, 'utf8');
  } catch {
    process.stderr.write('jianbao: place names are off: the gazetteer is missing (run `npm run gazetteer`)\n');
    return null;
  }
  return parseGazetteer(JSON.parse(raw));
}
