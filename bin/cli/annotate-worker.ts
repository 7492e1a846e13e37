// An annotate worker thread: chunks of lines in, their JSON lines out, the gazetteer loaded once per thread.
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../../lib/annotate';
import { annotateLines } from './annotate-lines';
import { loadGazetteer } from './gazetteer';

export interface AnnotateJob {
  seq: number;
  lines: string[];
  lang: Lang;
}

export interface AnnotateReply {
  seq: number;
  out: string;
}

const gazetteer = loadGazetteer({ quiet: true });
parentPort!.on('message', (job: AnnotateJob) => {
  const reply: AnnotateReply = { seq: job.seq, out: annotateLines(job.lines, gazetteer, job.lang) };
  parentPort!.postMessage(reply);
});
