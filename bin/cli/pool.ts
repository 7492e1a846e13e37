// Where batch pages are processed: in this thread (--jobs 1), or in a pool of worker threads started as work
// arrives. A worker that dies fails only the page it held; a fresh one takes its place.
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../lib/places';
import type { PageUnit } from './input/unpack';
import { loadGazetteer } from './gazetteer';
import { processUnit, type PageOutcome, type RenderOptions } from './page';
import type { WorkerJob, WorkerReply } from './worker';
import { WorkerPool } from './worker-pool';

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

export class Pool implements Runner {
  private readonly pool: WorkerPool<PageUnit, PageOutcome>;
  constructor(size: number, options: RenderOptions) {
    this.pool = new WorkerPool({
      size,
      // A young generation of 32 MB per worker: parsing pages allocates fast, and fewer scavenges ran the 181
      // benchmark pages in 7.1–7.2 s with --jobs 2 against 7.5 (default) and 7.4–7.6 (64 MB), idle, same run.
      start: () => new Worker(workerUrl(), { workerData: { options }, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 32 } }),
      message: (seq, unit): WorkerJob => ({ seq, unit }),
      reply: (m) => ({ seq: (m as WorkerReply).seq, result: (m as WorkerReply).outcome }),
      lost: (why) => ({ ok: false, error: `failed: the worker stopped (${why})` }),
    });
  }

  run(unit: PageUnit): Promise<PageOutcome> {
    return this.pool.run(unit);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
