// A pool of worker threads started as work arrives, shared by batch extraction (pool.ts) and annotate
// (annotate-pool.ts): each job goes to the least busy worker with a sequence number, the worker's reply carrying
// the same number settles it. A worker may be handed `depth` jobs at once, so that it starts its next job without
// waiting for this thread to answer its reply; it works them one at a time, in the order given. A worker that
// stops settles only the job it was working (its first), as the owner says (a failed page, a rejected batch); the
// jobs it had not begun go back to the head of the queue, and a fresh worker takes its place for the rest.
import type { Worker } from 'node:worker_threads';

export interface PoolSpec<In, Out> {
  /** At most this many workers. */
  size: number;
  /** Jobs handed to one worker at a time (1 when not given): the worker must work them in the order sent. */
  depth?: number;
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
  /** The jobs sent to this worker and not yet answered, the one it is working first. */
  jobs: Job<In, Out>[];
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
    const depth = this.spec.depth ?? 1;
    while (this.queue.length > 0 && !this.closed) {
      // An idle worker first, then a new one while the pool may grow, then the least busy with room left.
      let slot = this.slots.find((s) => s.jobs.length === 0);
      if (!slot && this.slots.length < this.spec.size) slot = this.spawn();
      for (let n = 1; !slot && n < depth; n++) slot = this.slots.find((s) => s.jobs.length === n);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage(this.spec.message(job.seq, job.input));
    }
  }

  private spawn(): Slot<In, Out> {
    const worker = this.spec.start(this.started++);
    const slot: Slot<In, Out> = { worker, jobs: [] };
    worker.on('message', (message: unknown) => {
      const { seq, result } = this.spec.reply(message);
      const i = slot.jobs.findIndex((j) => j.seq === seq);
      if (i >= 0) settle(slot.jobs.splice(i, 1)[0]!, result);
      this.dispatch();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      const [held, ...waiting] = slot.jobs.splice(0);
      if (held) settle(held, this.spec.lost(why));
      this.queue.unshift(...waiting);
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
