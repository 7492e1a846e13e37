// @vitest-environment node
// `jianbao annotate` on a large input hands chunks of lines to worker threads (--jobs): the output must be the very
// lines, in the very order, that one thread writes, and a worker that fails must lose no line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { annotate, type AnnotateOptions } from '../../../bin/cli/annotate';

// The seed page's lines, numbered so that every output line is told apart, past the size that starts workers.
const seed = readFileSync('test/fixtures/seed/page.txt', 'utf8').split('\n').filter((l) => l.trim());
const input = Array.from({ length: 30 }, (_, k) => seed.map((l, i) => `${k * 1000 + i}万吨。${l}`)).flat();

async function run(args: string[], options?: AnnotateOptions): Promise<string[]> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stdin.end(input.join('\n') + '\n');
  await annotate(args, stdin, stdout, options);
  return out.trimEnd().split('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-annotate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jianbao annotate --jobs', () => {
  it('writes with two worker threads exactly what one thread writes, line for line', async () => {
    expect(input.join('\n').length).toBeGreaterThan(150_000);
    const one = await run(['--lang', 'zh', '--jobs', '1']);
    expect(one).toHaveLength(input.length);
    // Each line's own number comes back as its first figure: the order is the input's.
    expect(one.slice(0, 3).map((l) => (JSON.parse(l) as { figures: { text: string }[] }).figures[0]!.text)).toEqual(["0万吨", "1万吨", "2万吨"]);
    const two = await run(['--lang', 'zh', '--jobs', '2']);
    expect(two).toEqual(one);
  }, 120_000);

  it('annotates in this thread the chunks of a worker that fails, losing none', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('worker cannot start');\n");
    const one = await run(['--lang', 'zh', '--jobs', '1']);
    const failing = await run(['--lang', 'zh', '--jobs', '2'], { workerUrl: pathToFileURL(broken) });
    expect(failing).toEqual(one);
  }, 120_000);
});
