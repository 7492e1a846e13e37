// The place gazetteer resource built at install time (scripts/build-gazetteer.ts -> public/gazetteer.json). The
// bundle keeps beside itself the same data in V8's serialisation (dist/cli/gazetteer.v8, scripts/build-cli.mjs),
// which reads about twice as fast as JSON.parse; it is used only while it is newer than the JSON.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { parseGazetteer, type Gazetteer } from '../../lib/places';

// Two levels below the package root both in bin/cli/ (source) and in dist/cli/ (the bundle).
export const GAZETTEER_PATH = fileURLToPath(new URL('../../public/gazetteer.json', import.meta.url));

/** Beside the module: in dist/cli/ for the bundle; absent beside the sources, which read the JSON. */
export const GAZETTEER_CACHE_PATH = fileURLToPath(new URL('./gazetteer.v8', import.meta.url));

let warned = false;

function cached(): unknown {
  try {
    if (statSync(GAZETTEER_CACHE_PATH).mtimeMs < statSync(GAZETTEER_PATH).mtimeMs) return undefined;
    return deserialize(readFileSync(GAZETTEER_CACHE_PATH));
  } catch {
    return undefined;
  }
}

/** The gazetteer, or null (with one line on stderr, unless quiet) when it was not built. */
export function loadGazetteer({ quiet = false } = {}): Gazetteer | null {
  const data = cached();
  if (data !== undefined) return parseGazetteer(data);
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
