// @vitest-environment node
// `jianbao annotate --jobs N` (docs/cli-contract.md): a large input's lines go to worker threads in batches and
// come back in input order, byte for byte what one thread writes; a batch that fails stops the run with its error
// after the lines before it; --jobs is checked like extract's.
import { readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { annotate, type AnnotateTuning } from '../../../bin/cli/annotate';
import { main } from '../../../bin/cli/main';

const FAKE = new URL('../../fixtures/annotate-faulty-worker.mjs', import.meta.url);

async function run(args: string[], input: string, tuning?: AnnotateTuning): Promise<{ out: string; error: Error | null }> {
  const stdin = new PassThrough();
  stdin.end(input);
  let out = '';
  const stdout = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  try {
    await annotate(args, stdin, stdout, tuning);
    return { out, error: null };
  } catch (e) {
    return { out, error: e as Error };
  }
}

describe('jianbao annotate --jobs', () => {
  it('writes with two worker threads exactly what one thread writes, line for line', async () => {
    const text = readFileSync('test/fixtures/seed/page.txt', 'utf8');
    const input = text + '\nExports to Mongolia reached $4.2 billion.\n\n' + text;
    const one = await run(['--jobs', '1'], input);
    const two = await run(['--jobs', '2'], input, { parallelFrom: 500, batch: 700 });
    expect(one.error).toBeNull();
    expect(two.error).toBeNull();
    expect(one.out.trimEnd().split('\n')).toHaveLength(input.trimEnd().split('\n').length);
    expect(two.out).toBe(one.out);
    expect(one.out).toContain('"nameEn":"Mongolia"');
  }, 60_000);

  it('keeps input order across workers whatever the batch sizes', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat((i * 37) % 90)}`);
    const { out, error } = await run(['--jobs', '3'], lines.join('\n') + '\n', { parallelFrom: 100, batch: 150, worker: FAKE });
    expect(error).toBeNull();
    expect(out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: string }).line)).toEqual(lines);
  });

  it('a failing batch stops the run with its error, after the lines before it', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => (i === 120 ? 'FAIL' : `line ${i}`));
    const { out, error } = await run(['--jobs', '2'], lines.join('\n'), { parallelFrom: 50, batch: 80, worker: FAKE });
    expect(error?.message).toBe('bad line');
    const written = out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: string }).line);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThanOrEqual(120);
    expect(written).toEqual(lines.slice(0, written.length));
  });

  it('a worker that stops fails the run instead of hanging or dropping lines silently', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => (i === 60 ? 'EXIT' : `line ${i}`));
    const { error } = await run(['--jobs', '2'], lines.join('\n'), { parallelFrom: 50, batch: 80, worker: FAKE });
    expect(error?.message).toMatch(/worker stopped \(exit 3\)/);
  });

  it('--jobs must be a whole number from 1 to 256 (exit 2, one line)', async () => {
    for (const bad of [['--jobs', '0'], ['--jobs=x'], ['--jobs', '257'], ['--jobs']]) {
      let stderr = '';
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
      try {
        expect(await main(['annotate', ...bad])).toBe(2);
      } finally {
        vi.restoreAllMocks();
      }
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/--jobs/);
    }
  });
});
