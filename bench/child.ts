// Timing a command-line child process on a file piped to its standard input: wall time, output lines, peak memory.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROBE = pathToFileURL(fileURLToPath(new URL('./rss-probe.mjs', import.meta.url))).href;

export interface ChildRun {
  ms: number;
  outputLines: number;
  peakRssKB: number | null;
  exitCode: number | null;
  stderr: string;
}

/** Runs `node --import rss-probe <args>` with `inputPath` as stdin; output is counted, not kept. */
export function runNodeChild(args: string[], inputPath: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const input = openSync(inputPath, 'r');
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', PROBE, ...args], { stdio: [input, 'pipe', 'pipe'] });
    let outputLines = 0;
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) outputLines++;
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (e) => {
      closeSync(input);
      reject(e);
    });
    child.on('close', (exitCode) => {
      const ms = performance.now() - t0;
      closeSync(input);
      const rss = /jianbao-bench-maxrss-kb=(\d+)/.exec(stderr);
      resolve({ ms, outputLines, peakRssKB: rss ? Number(rss[1]) : null, exitCode, stderr: stderr.replace(/\n?jianbao-bench-maxrss-kb=\d+\n/, '') });
    });
  });
}
