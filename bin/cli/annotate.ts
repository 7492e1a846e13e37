// `jianbao annotate [--lang auto|zh|en] [--jobs N]`: one JSON line out per line in, in order, streaming with flat
// memory. A small input is annotated in this thread; once the input passes PARALLEL_FROM, its lines go in
// batches to worker threads (annotate-pool.ts), a bounded number in flight, written back in input order.
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import type { Lang } from '../../lib/annotate';
import type { Gazetteer } from '../../lib/places';
import { AnnotatePool } from './annotate-pool';
import { annotateLine } from './annotate-lines';
import { UsageError } from './errors';
import { loadGazetteer } from './gazetteer';

/** Input (UTF-16 units) read before the work is split over threads: below it, starting workers costs more. */
export const PARALLEL_FROM = 1 << 18;
/** Input per batch sent to a worker. */
const BATCH = 1 << 16;

/** Where the work is split (tests set small sizes, and a worker script of their own). */
export interface AnnotateTuning {
  parallelFrom: number;
  batch: number;
  worker?: URL;
}

export interface AnnotateArgs {
  lang: Lang;
  /** Worker threads for a large input; null: defaultJobs(). */
  jobs: number | null;
}

/**
 * One worker per CPU beyond the first: the main thread (reading, writing) and V8's compiler and collector threads
 * already keep more than one core busy (1.3 cores for one thread on the 2.6 MB bench), and each worker pays its own
 * warm-up (about 0.4 s of CPU), so on two cores two workers ran the 2.6 MB and twice it slower than one thread
 * (1.8 against 1.1 s of CPU; see README, Performance). Two CPUs: 1, in this thread.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function parseAnnotateArgs(args: string[]): AnnotateArgs {
  const o: AnnotateArgs = { lang: 'auto', jobs: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (flag !== '--lang' && flag !== '--jobs' && flag !== '-j') throw new UsageError(`unknown argument ${a}`);
    const v = a !== flag ? a.slice(eq + 1) : args[++i];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    if (flag === '--lang') {
      if (v !== 'auto' && v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be auto, zh or en, not ${v}`);
      o.lang = v;
    } else {
      if (!/^[1-9]\d*$/.test(v) || Number(v) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not ${v}`);
      o.jobs = Number(v);
    }
  }
  return o;
}

/**
 * V8's budget of bytecode inlined into one optimised function (default 920 bytes), lowered for this command: a whole
 * `annotate` process is bound by its cold start, the scanners running unoptimised while V8's optimising compiler
 * compiles them on a second thread, and the tagger's `emit` and the figure and place scanners, with the rarely
 * taken paths (cache misses, table growth) inlined, took 100–600 ms each to compile. With 300 the whole process on
 * the 2.6 MB bench file took 1.86 CPU-s against 2.04 (medians of 9 alternating runs, loaded machine; 2.05 against
 * 2.22 and 2.04 against 2.32 in earlier sets), output byte-identical: only how V8 compiles changes, never what the
 * code computes. Process-wide (worker threads included); set before any of the scanning code is optimised.
 */
const INLINE_BUDGET = '--max-inlined-bytecode-size-cumulative=300';

export async function annotate(
  args: string[],
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  { parallelFrom, batch, worker }: AnnotateTuning = { parallelFrom: PARALLEL_FROM, batch: BATCH },
): Promise<void> {
  const { lang, jobs: given } = parseAnnotateArgs(args);
  setFlagsFromString(INLINE_BUDGET);
  const jobs = given ?? defaultJobs();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  const write = async (text: string) => {
    if (!text) return;
    if (!output.write(text)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  const flush = async () => {
    const text = buffer;
    buffer = '';
    await write(text);
  };
  // Lines held until the input is known to be large (or ends), then batches of lines for the pool.
  let held: string[] = [];
  let heldChars = 0;
  let pool: AnnotatePool | null = null;
  let gazetteer: Gazetteer | null | undefined;
  // The batches sent, in input order; each already has a handler, so one that fails before its turn is no
  // unhandled rejection (it is thrown when its turn comes).
  const sent: Promise<string>[] = [];
  const send = () => {
    const p = pool!.run(held.join('\n'));
    p.catch(() => {});
    sent.push(p);
    held = [];
    heldChars = 0;
  };
  try {
    for await (const line of lines) {
      if (pool) {
        held.push(line);
        heldChars += line.length + 1;
        if (heldChars < batch) continue;
        send();
        while (sent.length > jobs * 2) await write(await sent.shift()!);
        continue;
      }
      if (gazetteer === undefined && jobs > 1 && heldChars + line.length < parallelFrom) {
        held.push(line);
        heldChars += line.length + 1;
        continue;
      }
      if (gazetteer === undefined && jobs > 1) {
        // A large input: the lines held and all that follow go to the workers.
        pool = new AnnotatePool(jobs, lang, worker);
        const early = held;
        early.push(line);
        held = [];
        heldChars = 0;
        for (const l of early) {
          held.push(l);
          heldChars += l.length + 1;
          if (heldChars >= batch) send();
        }
        continue;
      }
      gazetteer ??= loadGazetteer();
      for (const h of held.splice(0)) buffer += annotateLine(h, gazetteer, lang);
      buffer += annotateLine(line, gazetteer, lang);
      if (buffer.length > 1 << 16) await flush();
    }
    if (pool) {
      if (held.length > 0) send();
      while (sent.length > 0) await write(await sent.shift()!);
    } else {
      if (held.length > 0) {
        gazetteer ??= loadGazetteer();
        for (const h of held) buffer += annotateLine(h, gazetteer, lang);
      }
      await flush();
    }
  } finally {
    await pool?.close();
  }
}
