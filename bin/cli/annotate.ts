// `jianbao annotate [--lang auto|zh|en] [--jobs N]`: one JSON line out per line in, streaming with flat memory.
// Lines are annotated in chunks, in this thread for a small input; once the input runs past PARALLEL_AFTER, further
// chunks also go to worker threads (--jobs, by default the machine's cores), and every chunk's lines are written in
// input order. One line never pays for a thread.
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { Lang } from '../../lib/annotate';
import { annotateLines } from './annotate-lines';
import { ChunkPool } from './annotate-pool';
import { UsageError } from './errors';
import { loadGazetteer } from './gazetteer';

/** Characters of input per chunk. */
const CHUNK = 16 * 1024;
/** Characters of input annotated in this thread before workers start. */
const PARALLEL_AFTER = 64 * 1024;

export interface AnnotateOptions {
  /** The worker script (tests: one that fails); the pool's own by default. */
  workerUrl?: URL;
}

function parseArgs(args: string[]): { lang: Lang; jobs: number } {
  let lang: Lang = 'auto';
  let jobs = availableParallelism();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
      const v = a.startsWith('--jobs=') ? a.slice(7) : args[++i];
      if (v === undefined || !/^[1-9]\d*$/.test(v) || Number(v) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not ${v ?? 'nothing'}`);
      jobs = Number(v);
      continue;
    }
    const v = a === '--lang' ? args[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === undefined) throw new UsageError(a === '--lang' ? '--lang needs a value' : `unknown argument ${a}`);
    if (v !== 'auto' && v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be auto, zh or en, not ${v}`);
    lang = v;
  }
  return { lang, jobs };
}

export async function annotate(
  args: string[],
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  options: AnnotateOptions = {},
): Promise<void> {
  const { lang, jobs } = parseArgs(args);
  const gazetteer = loadGazetteer();
  const local = (lines: string[]) => annotateLines(lines, gazetteer, lang);
  const write = async (s: string) => {
    if (s && !output.write(s)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  let pool: ChunkPool | null = null;
  // Chunks' outputs in input order: finished strings, or a worker's promise.
  const pending: Promise<string>[] = [];
  let seen = 0;
  const submit = async (lines: string[], size: number) => {
    seen += size;
    if (!pool && jobs > 1 && seen > PARALLEL_AFTER) pool = new ChunkPool(jobs, lang, options.workerUrl);
    if (!pool) return write(local(lines));
    // While the workers start, this thread keeps annotating; after, it hands chunks out and writes.
    if (!pool.warm && pool.waiting > 0) pending.push(Promise.resolve(local(lines)));
    else pending.push(pool.run(lines).catch(() => local(lines)));
    while (pending.length > jobs * 2) await write(await pending.shift()!);
  };
  try {
    let chunk: string[] = [];
    let size = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      chunk.push(line);
      size += line.length + 1;
      if (size >= CHUNK) {
        await submit(chunk, size);
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length > 0) await submit(chunk, size);
    while (pending.length > 0) await write(await pending.shift()!);
  } finally {
    await (pool as ChunkPool | null)?.close();
  }
}
