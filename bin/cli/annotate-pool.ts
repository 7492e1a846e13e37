// Worker threads for `jianbao annotate` on a large input: chunks of lines in, their JSON lines out, in the order
// asked. A worker that fails rejects the chunk it held (the caller annotates that chunk itself, nothing lost); after
// a few failures the pool stops starting workers and rejects at once.
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../lib/annotate';
import type { AnnotateJob, AnnotateReply } from './annotate-worker';

/** The worker script beside this module: the bundle's annotate-worker.mjs, or, from source, a tsx loader. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./annotate-worker-tsx.mjs', import.meta.url) : new URL('./annotate-worker.mjs', import.meta.url);
}

interface Job {
  seq: number;
  lines: string[];
  resolve: (out: string) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const MAX_FAILURES = 3;

export class ChunkPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private failures = 0;
  private closed = false;
  /** Whether some worker has finished a chunk: until then the caller may as well annotate chunks itself. */
  warm = false;
  constructor(
    private readonly size: number,
    private readonly lang: Lang,
    private readonly url: URL = workerUrl(),
  ) {}

  /** Chunks waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  run(lines: string[]): Promise<string> {
    if (this.failures >= MAX_FAILURES) return Promise.reject(new Error('annotate workers keep failing'));
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, lines, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size && this.failures < MAX_FAILURES) slot = this.spawn();
      if (!slot) {
        if (this.slots.length === 0) for (const j of this.queue.splice(0)) j.reject(new Error('no annotate worker'));
        return;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      const message: AnnotateJob = { seq: job.seq, lines: job.lines, lang: this.lang };
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { stderr: false });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: AnnotateReply) => {
      const job = slot.job;
      slot.job = null;
      this.warm = true;
      if (job && job.seq === reply.seq) job.resolve(reply.out);
      this.dispatch();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      this.failures++;
      slot.job?.reject(new Error(`annotate worker stopped (${why})`));
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
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
