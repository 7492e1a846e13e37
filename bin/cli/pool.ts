// Where batch pages are processed: in this thread (--jobs 1), or in a pool of worker threads started as work
// arrives. A worker that dies fails only the page it held; a fresh one takes its place.
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../lib/places';
import type { PageUnit } from './input/unpack';
import { loadGazetteer } from './gazetteer';
import { processUnit, type PageOutcome, type RenderOptions } from './page';
import type { WorkerJob, WorkerReply } from './worker';

export interface Runner {
  run(unit: PageUnit): Promise<PageOutcome>;
  close(): Promise<void>;
}

export class InProcess implements Runner {
  private gazetteer: Gazetteer | null | undefined;
  constructor(private readonly options: RenderOptions) {}
  run(unit: PageUnit): Promise<PageOutcome> {
    // A macrotask per page, so that output and the progress bar are written between pages.
    return new Promise((resolve) =>
      setImmediate(() => {
        if (this.gazetteer === undefined) this.gazetteer = loadGazetteer();
        void processUnit(unit, this.gazetteer, this.options).then(resolve);
      }),
    );
  }
  async close(): Promise<void> {}
}

/** The worker script beside this module: the bundle's worker.mjs, or, run from source, a tsx loader for worker.ts. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker-tsx.mjs', import.meta.url) : new URL('./worker.mjs', import.meta.url);
}

interface Slot {
  worker: Worker;
  job: { seq: number; resolve: (o: PageOutcome) => void } | null;
}

export class Pool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ seq: number; unit: PageUnit; resolve: (o: PageOutcome) => void }> = [];
  private seq = 0;
  private closed = false;
  constructor(
    private readonly size: number,
    private readonly options: RenderOptions,
  ) {}

  run(unit: PageUnit): Promise<PageOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, unit, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.job = { seq: next.seq, resolve: next.resolve };
      const job: WorkerJob = { seq: next.seq, unit: next.unit };
      slot.worker.postMessage(job);
    }
  }

  private spawn(): Slot {
    // A young generation of 32 MB per worker: parsing pages allocates fast, and fewer scavenges ran the 181
    // benchmark pages in 7.1–7.2 s with --jobs 2 against 7.5 (default) and 7.4–7.6 (64 MB), idle, same run.
    const worker = new Worker(workerUrl(), { workerData: { options: this.options }, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 32 } });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.seq === reply.seq) job.resolve(reply.outcome);
      this.dispatch();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.job?.resolve({ ok: false, error: `failed: the worker stopped (${why})` });
      slot.job = null;
      if (!this.closed) this.dispatch();
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
