// Worker threads for `jianbao annotate` (the pattern of pool.ts): batches of lines go to the first idle worker,
// each batch's promise resolves to its output lines; the caller writes them in input order. A worker that stops
// fails the batch it held, and a fresh one takes its place for the rest.
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../lib/annotate';
import type { AnnotateJob, AnnotateReply } from './annotate-worker';

/** The worker script beside this module: the bundle's annotate-worker.mjs, or, run from source, a tsx loader. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./annotate-worker-tsx.mjs', import.meta.url) : new URL('./annotate-worker.mjs', import.meta.url);
}

interface Pending {
  seq: number;
  lines: string;
  resolve: (out: string) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
}

export class AnnotatePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private seq = 0;
  private spawned = 0;
  private closed = false;
  constructor(
    private readonly size: number,
    private readonly lang: Lang,
    private readonly script: URL = workerUrl(),
  ) {}

  /** The output lines of `lines` (input lines joined by '\n'). */
  run(lines: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, lines, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.job = next;
      const job: AnnotateJob = { seq: next.seq, lines: next.lines };
      slot.worker.postMessage(job);
    }
  }

  private spawn(): Slot {
    // Only the first worker says so when the gazetteer is missing.
    const quiet = this.spawned++ > 0;
    const worker = new Worker(this.script, { workerData: { lang: this.lang, quiet }, stderr: false });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: AnnotateReply) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.seq === reply.seq) {
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(reply.out);
      }
      this.dispatch();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.job?.reject(new Error(`the worker stopped (${why})`));
      slot.job = null;
      this.dispatch();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exit ${code}`));
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
