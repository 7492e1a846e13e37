// A pool of worker threads started as work arrives, shared by batch extraction (pool.ts) and annotate
// (annotate-pool.ts): each job goes to the first idle worker with a sequence number, the worker's reply carrying
// the same number settles it. A worker that stops settles only the job it held, as the owner says (a failed page, a
// rejected batch), and a fresh worker takes its place for the rest.
import type { Worker } from 'node:worker_threads';

export interface PoolSpec<In, Out> {
  /** At most this many workers. */
  size: number;
  /** Starts worker number `n` (0 for the first). */
  start(n: number): Worker;
  /** The message that carries `input` as job `seq`. */
  message(seq: number, input: In): unknown;
  /** A reply's job number and what it settles its job with: a value, or an Error to reject with. */
  reply(message: unknown): { seq: number; result: Out | Error };
  /** What a job whose worker stopped settles with. */
  lost(why: string): Out | Error;
}

interface Job<In, Out> {
  seq: number;
  input: In;
  resolve: (o: Out) => void;
  reject: (e: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  job: Job<In, Out> | null;
}

function settle<Out>(job: { resolve: (o: Out) => void; reject: (e: Error) => void }, result: Out | Error): void {
  if (result instanceof Error) job.reject(result);
  else job.resolve(result);
}

export class WorkerPool<In, Out> {
  private readonly slots: Slot<In, Out>[] = [];
  private readonly queue: Job<In, Out>[] = [];
  private seq = 0;
  private started = 0;
  private closed = false;
  constructor(private readonly spec: PoolSpec<In, Out>) {}

  run(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, input, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.spec.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(this.spec.message(job.seq, job.input));
    }
  }

  private spawn(): Slot<In, Out> {
    const worker = this.spec.start(this.started++);
    const slot: Slot<In, Out> = { worker, job: null };
    worker.on('message', (message: unknown) => {
      const job = slot.job;
      slot.job = null;
      const { seq, result } = this.spec.reply(message);
      if (job && job.seq === seq) settle(job, result);
      this.dispatch();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (slot.job) settle(slot.job, this.spec.lost(why));
      slot.job = null;
      this.dispatch();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exit ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** Stops every worker; jobs still queued are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
