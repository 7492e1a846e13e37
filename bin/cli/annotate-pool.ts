// Worker threads for `jianbao annotate` (worker-pool.ts): batches of lines go to the first idle worker, each
// batch's promise resolves to its output lines; the caller writes them in input order. A worker that stops fails
// the batch it held, and a fresh one takes its place for the rest.
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../lib/annotate';
import type { AnnotateJob, AnnotateReply } from './annotate-worker';
import { WorkerPool } from './worker-pool';

/** The worker script beside this module: the bundle's annotate-worker.mjs, or, run from source, a tsx loader. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./annotate-worker-tsx.mjs', import.meta.url) : new URL('./annotate-worker.mjs', import.meta.url);
}

/** `run(lines)` gives the output lines of `lines` (input lines joined by '\n'). */
export class AnnotatePool extends WorkerPool<string, string> {
  constructor(size: number, lang: Lang, script: URL = workerUrl()) {
    super({
      size,
      // Only the first worker says so when the gazetteer is missing.
      start: (n) => new Worker(script, { workerData: { lang, quiet: n > 0 }, stderr: false }),
      message: (seq, lines): AnnotateJob => ({ seq, lines }),
      reply: (m) => {
        const r = m as AnnotateReply;
        return { seq: r.seq, result: 'error' in r ? new Error(r.error) : r.out };
      },
      lost: (why) => new Error(`the worker stopped (${why})`),
    });
  }
}
