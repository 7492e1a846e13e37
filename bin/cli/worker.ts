// A batch worker thread: pages in, rendered outputs (or errors) out, the gazetteer loaded once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { PageUnit } from './input/unpack';
import { loadGazetteer } from './gazetteer';
import { processUnit, type PageOutcome, type RenderOptions } from './page';

export interface WorkerJob {
  seq: number;
  unit: PageUnit;
}

export interface WorkerReply {
  seq: number;
  outcome: PageOutcome;
}

const options = (workerData as { options: RenderOptions }).options;
const gazetteer = loadGazetteer({ quiet: true });
parentPort!.on('message', async (job: WorkerJob) => {
  const reply: WorkerReply = { seq: job.seq, outcome: await processUnit(job.unit, gazetteer, options) };
  parentPort!.postMessage(reply);
});
