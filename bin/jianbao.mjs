#!/usr/bin/env node
// The command line over lib/. It runs the bundle compiled at install (dist/cli, scripts/build-cli.mjs) when that
// is newer than every source it was built from, else the TypeScript through tsx, so `npx jianbao` needs no build
// step and an edited source is never shadowed by an old bundle. JIANBAO_NO_BUNDLE=1 forces the source.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the bundle on disk between runs (absent on Node 20: a no-op there).
module.enableCompileCache?.();

function bundle() {
  if (process.env.JIANBAO_NO_BUNDLE) return null;
  const root = new URL('../', import.meta.url);
  try {
    const manifest = JSON.parse(readFileSync(new URL('dist/cli/manifest.json', root), 'utf8'));
    for (const input of manifest.inputs) if (statSync(new URL(input, root)).mtimeMs > manifest.built) return null;
    return new URL('dist/cli/main.mjs', root);
  } catch {
    return null;
  }
}

const entry = bundle();
let main;
if (entry) ({ main } = await import(entry.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
