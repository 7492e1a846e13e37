// @vitest-environment node
// The worker pool under `extract --jobs` and `annotate --jobs` (bin/cli/worker-pool.ts): a worker is handed its next
// job before it answers the current one, and a worker that stops fails only the job it was working — the job that
// waited behind it is done by a fresh worker, not lost or failed with it.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../bin/cli/worker-pool';

// Echoes each input upper-cased, one at a time in the order sent; stops the thread on "exit".
const ECHO = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ seq, input }) => {
  if (input === 'exit') process.exit(3);
  parentPort.postMessage({ seq, out: input.toUpperCase() });
});`;

function pool(size: number, depth: number, started: number[]): WorkerPool<string, string> {
  return new WorkerPool<string, string>({
    size,
    depth,
    start: (n) => (started.push(n), new Worker(ECHO, { eval: true })),
    message: (seq, input) => ({ seq, input }),
    reply: (m) => ({ seq: (m as { seq: number }).seq, result: (m as { out: string }).out }),
    lost: (why) => new Error(`the worker stopped (${why})`),
  });
}

describe('worker pool', () => {
  it('a worker that stops fails the job it was working; the job queued behind it is done by a fresh worker', async () => {
    const started: number[] = [];
    const p = pool(1, 2, started);
    try {
      const settled = await Promise.allSettled(['a', 'exit', 'b', 'c'].map((x) => p.run(x)));
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
        'A',
        'the worker stopped (exit 3)',
        'B',
        'C',
      ]);
      expect(started).toEqual([0, 1]);
    } finally {
      await p.close();
    }
  });

  it('with room for two jobs a worker, every job is answered once and in its own promise', async () => {
    const p = pool(2, 2, []);
    try {
      const inputs = Array.from({ length: 40 }, (_, i) => `job ${i}`);
      expect(await Promise.all(inputs.map((x) => p.run(x)))).toEqual(inputs.map((x) => x.toUpperCase()));
    } finally {
      await p.close();
    }
  });
});
