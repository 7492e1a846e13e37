// @vitest-environment node
// bin/jianbao.mjs: the compiled bundle while it is newer than every source it was built from; else the TypeScript
// through tsx, so that `npx jianbao` works with no bundle and an edited source is never shadowed by an old one.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

let root: string;
const SOURCE = 'bin/cli/main.ts';

beforeAll(() => {
  // A package with the real launcher, a stand-in source and a stand-in bundle that say which one ran.
  root = mkdtempSync(join(tmpdir(), 'jianbao-launcher-'));
  mkdirSync(join(root, 'bin/cli'), { recursive: true });
  copyFileSync('bin/jianbao.mjs', join(root, 'bin/jianbao.mjs'));
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'jianbao', type: 'module' }));
  writeFileSync(join(root, SOURCE), "export async function main(argv: string[]): Promise<number> { process.stdout.write('source ' + argv.join(' ')); return 0; }\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bundle(built: number): void {
  mkdirSync(join(root, 'dist/cli'), { recursive: true });
  writeFileSync(join(root, 'dist/cli/main.mjs'), "export async function main(argv) { process.stdout.write('bundle ' + argv.join(' ')); return 0; }\n");
  writeFileSync(join(root, 'dist/cli/manifest.json'), JSON.stringify({ built, inputs: [SOURCE] }));
}

const run = () => spawnSync(process.execPath, [join(root, 'bin/jianbao.mjs'), 'extract', 'x.html'], { encoding: 'utf8' }).stdout;

it('runs the bundle when it is newer than its sources', () => {
  const old = new Date(Date.now() - 3_600_000);
  utimesSync(join(root, SOURCE), old, old);
  bundle(Date.now());
  expect(run()).toBe('bundle extract x.html');
});

it('runs the source when a source changed after the build', () => {
  bundle(Date.now() - 7_200_000);
  expect(run()).toBe('source extract x.html');
});

it('runs the source when there is no bundle', () => {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  expect(run()).toBe('source extract x.html');
});
