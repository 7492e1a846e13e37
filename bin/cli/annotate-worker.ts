// An annotate worker thread: batches of input lines in (joined by '\n'), their JSON lines out, or the error that
// stopped the batch; the gazetteer loaded once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../../lib/annotate';
import { annotateJoined } from './annotate-lines';
import { loadGazetteer } from './gazetteer';

export interface AnnotateJob {
  seq: number;
  lines: string;
}

export type AnnotateReply = { seq: number; out: string } | { seq: number; error: string };

const lang = (workerData as { lang: Lang }).lang;
// Only the pool's first worker says so (on stderr) when the gazetteer is missing.
const gazetteer = loadGazetteer({ quiet: (workerData as { quiet: boolean }).quiet });
parentPort!.on('message', (job: AnnotateJob) => {
  let reply: AnnotateReply;
  try {
    reply = { seq: job.seq, out: annotateJoined(job.lines, gazetteer, lang) };
  } catch (e) {
    reply = { seq: job.seq, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
