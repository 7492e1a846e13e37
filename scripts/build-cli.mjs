#!/usr/bin/env node
// Compiles the command line (bin/cli/*.ts and the lib/ it uses, with its packages) into dist/cli/ with esbuild:
// one ES module per entry (main.mjs, worker.mjs) and shared chunks loaded only when a command needs them, so
// `jianbao --help` or `annotate` starts without the DOM or the archive readers. Run by postinstall (esbuild is a
// production dependency, so `npm ci --omit=dev` builds it too) and by `npm run build:cli`. bin/jianbao.mjs uses
// the bundle only while it is newer than every source file listed in dist/cli/manifest.json; else it runs the
// TypeScript through tsx, so an edit is never shadowed by a stale bundle.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/cli');

export async function buildCli({ outdir = OUT } = {}) {
  const started = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'bin/cli/main.ts', worker: 'bin/cli/worker.ts', 'annotate-worker': 'bin/cli/annotate-worker.ts', snapshot: 'bin/cli/snapshot.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    minify: !process.env.JIANBAO_NO_MINIFY,
    // The settings that matter to esbuild, stated here: tsconfig.json extends .wxt/tsconfig.json, which a
    // production install does not have (TypeScript's ESNext target: class fields with define semantics).
    tsconfigRaw: { compilerOptions: { target: 'ESNext', useDefineForClassFields: true } },
    // Required at run time only for pages that need them (bin/cli/input/decode.ts).
    external: ['iconv-lite', 'chardet'],
    logLevel: 'warning',
    // CommonJS packages bundled into ES modules still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __jianbaoRequire } from 'node:module'; const require = __jianbaoRequire(import.meta.url);" },
  });
  // The project's own sources and this script (packages change only through npm, which reruns this build).
  const inputs = [...Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/')), 'scripts/build-cli.mjs'].sort();
  // The gazetteer (when built) as built, indexes included, in V8's serialisation, read by bin/cli/gazetteer.ts
  // while newer than the JSON; written by the bundle's own code.
  const gazetteer = join(ROOT, 'public/gazetteer.json');
  if (existsSync(gazetteer)) {
    const { writeGazetteerSnapshot } = await import(pathToFileURL(join(outdir, 'snapshot.mjs')).href);
    writeGazetteerSnapshot(gazetteer, join(outdir, 'gazetteer.v8'));
  }
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify({ built: started, inputs: inputs.map((p) => relative(ROOT, join(ROOT, p))) }) + '\n');
  return { inputs: inputs.length, ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { inputs, ms } = await buildCli();
  console.log(`cli bundle: dist/cli (${inputs} sources, ${ms} ms)`);
}
