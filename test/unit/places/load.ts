// Loads public/gazetteer.json for tests, building it first when it is missing or the old placeholder.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseGazetteer, type Gazetteer } from '../../../lib/places/index';

export const RESOURCE = 'public/gazetteer.json';

/** Builds the resources into `outDir` (public/ unless told). */
export function buildResource(outDir = 'public'): void {
  execFileSync('npx', ['tsx', 'scripts/build-gazetteer.ts', outDir], { stdio: 'ignore' });
}

let cached: Gazetteer | null = null;
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const stale = !existsSync(RESOURCE) || (JSON.parse(readFileSync(RESOURCE, 'utf8')) as { version?: number }).version !== 1;
  if (stale) buildResource();
  cached = parseGazetteer(JSON.parse(readFileSync(RESOURCE, 'utf8')));
  return cached;
}
