// The place gazetteer resource built at install time (scripts/build-gazetteer.ts -> public/gazetteer.json). The
// bundle keeps beside itself the gazetteer as built, its indexes included, in V8's serialisation
// (dist/cli/gazetteer.v8, written by scripts/build-cli.mjs through writeGazetteerSnapshot): loading it copies
// typed arrays instead of parsing the JSON and building the trie again. It is used only while newer than the
// JSON and of this code's snapshot version; anything else reads the JSON.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { gazetteerOf, packDivisions, parseGazetteer, type Gazetteer, type GazetteerState } from '../../lib/places/gazetteer';
import { decodeModelResource, isModelResource } from '../../lib/places/model/resource';

// Two levels below the package root both in bin/cli/ (source) and in dist/cli/ (the bundle).
export const GAZETTEER_PATH = fileURLToPath(new URL('../../public/gazetteer.json', import.meta.url));

/** Beside the module: in dist/cli/ for the bundle; absent beside the sources, which read the JSON. */
export const GAZETTEER_CACHE_PATH = fileURLToPath(new URL('./gazetteer.v8', import.meta.url));

/** Bumped whenever GazetteerState changes shape. */
export const SNAPSHOT_VERSION = 'jianbao-gazetteer-state-3';

let warned = false;

function isState(s: unknown): s is GazetteerState {
  const o = s as Partial<GazetteerState> | null;
  return (
    !!o &&
    (Array.isArray(o.div) || (typeof o.div?.codes === 'string' && typeof o.div.names === 'string' && o.div.ends instanceof Int32Array)) &&
    o.info instanceof Int32Array &&
    typeof o.size === 'number' &&
    o.trie?.slots instanceof Int32Array &&
    o.forms?.packed instanceof Int32Array &&
    o.english instanceof Map &&
    o.upper instanceof Map &&
    Array.isArray(o.stop)
  );
}

/** The gazetteer a snapshot holds, or undefined when the bytes are no snapshot of this version (or corrupt). */
export function gazetteerFromSnapshot(bytes: Uint8Array): Gazetteer | undefined {
  try {
    const data = deserialize(bytes) as { version?: unknown; state?: unknown } | null;
    return data?.version === SNAPSHOT_VERSION && isState(data.state) ? gazetteerOf(data.state) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A built gazetteer as snapshot bytes, its place tagger's weights decoded (no base64 to decode per process) and its
 * division rows packed (lib/places/gazetteer.ts packDivisions: V8 reads three values, not 42,000 small arrays).
 */
export function gazetteerSnapshot(g: Gazetteer): Uint8Array {
  const state = g.state();
  const model = isModelResource(state.model) ? decodeModelResource(state.model) : state.model;
  return serialize({ version: SNAPSHOT_VERSION, state: { ...state, div: packDivisions(state.div), model } });
}

function cached(): Gazetteer | undefined {
  try {
    if (statSync(GAZETTEER_CACHE_PATH).mtimeMs < statSync(GAZETTEER_PATH).mtimeMs) return undefined;
    return gazetteerFromSnapshot(readFileSync(GAZETTEER_CACHE_PATH));
  } catch {
    return undefined;
  }
}

/** Builds the gazetteer from `json` and keeps it, indexes included, at `out` (the bundle's build step). */
export function writeGazetteerSnapshot(json: string, out: string): void {
  writeFileSync(out, gazetteerSnapshot(parseGazetteer(JSON.parse(readFileSync(json, 'utf8')))));
}

/** The gazetteer, or null (with one line on stderr, unless quiet) when it was not built. */
export function loadGazetteer({ quiet = false } = {}): Gazetteer | null {
  const snapshot = cached();
  if (snapshot) return snapshot;
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
