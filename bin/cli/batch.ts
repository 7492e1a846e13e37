// `jianbao extract` over many inputs (--format jsonl, or --out DIR): every page is one line (or one file), in
// input order; a page that fails is reported in its line and the rest go on; exit status 1 if any failed.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type { ExtractArgs } from './args';
import { UsageError } from './errors';
import { unpack, type Unit } from './input/unpack';
import type { PageOutcome, RenderOptions } from './page';
import { InProcess, Pool, type Runner } from './pool';
import { progressBar } from './progress';
import { expandInputs, readSource } from './sources';

/** One line of --format jsonl (docs/cli-contract.md): `result` is the page's ExtractResult, already serialised. */
export function jsonlLine(unit: { file: string; url: string | null }, outcome: PageOutcome): string {
  const head = `{"file":${JSON.stringify(unit.file)},"url":${JSON.stringify(unit.url)},"ok":${outcome.ok}`;
  return outcome.ok ? `${head},"result":${outcome.output}}\n` : `${head},"error":${JSON.stringify(outcome.error)}}\n`;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/** The --out file name of a page: the input's name without its page extensions, numbered within an archive. */
function outName(file: string, index: number, count: number, ext: string, taken: Set<string>): string {
  const base = (file === '-' ? 'stdin' : basename(file)).replace(/\.gz$/i, '').replace(/\.(?:x?html?|shtml|mht|mhtml|warc|txt)$/i, '') || 'page';
  const stem = count > 1 ? `${base}-${String(index + 1).padStart(String(count).length, '0')}` : base;
  let name = `${stem}.${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.${ext}`;
  taken.add(name);
  return name;
}

/** Writes results in input order, whatever order they finish in. */
class Ordered {
  private next = 0;
  private readonly ready = new Map<number, () => Promise<void>>();
  private chain: Promise<void> = Promise.resolve();
  put(seq: number, emit: () => Promise<void>): void {
    this.ready.set(seq, emit);
    for (let e = this.ready.get(this.next); e; e = this.ready.get(this.next)) {
      this.ready.delete(this.next++);
      this.chain = this.chain.then(e);
    }
  }
  done(): Promise<void> {
    return this.chain;
  }
}

export async function batch(o: ExtractArgs): Promise<number> {
  const options: RenderOptions = { format: o.out ? o.format : 'jsonl', url: o.url, lang: o.lang, dates: o.dates, now: Date.now() };
  if (o.out) {
    try {
      await mkdir(o.out, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot write to ${o.out}: ${(e as Error).message}`);
    }
  }
  const files = await expandInputs(o.inputs);
  const jobs = o.jobs ?? availableParallelism();
  const runner: Runner = jobs > 1 ? new Pool(jobs, options) : new InProcess(options);
  const progress = await progressBar(o.progress ?? Boolean(process.stderr.isTTY));
  const ordered = new Ordered();
  const taken = new Set<string>();
  const inflight = new Set<Promise<void>>();
  let known = files.length;
  let failed = 0;
  let written = 0;
  let seq = 0;
  progress.total(known);

  const emit = async (unit: Unit, index: number, count: number, outcome: PageOutcome): Promise<void> => {
    if (!outcome.ok) failed++;
    progress.tick();
    if (!o.out) return write(process.stdout, jsonlLine(unit, outcome));
    if (!outcome.ok) return write(process.stderr, `jianbao: ${unit.file}${unit.url ? ` (${unit.url})` : ''}: ${outcome.error}\n`);
    await writeFile(join(o.out, outName(unit.file, index, count, o.format === 'json' ? 'json' : 'md', taken)), outcome.output);
    written++;
  };

  try {
    for (const f of files) {
      let units: Unit[];
      if (f.error) units = [{ ok: false, file: f.file, url: null, error: f.error }];
      else {
        const source = await readSource(f.file);
        units = 'error' in source ? [{ ok: false, file: f.file, url: null, error: source.error }] : await unpack(f.file, source.bytes).catch((e: unknown) => [{ ok: false as const, file: f.file, url: null, error: `failed: ${(e as Error).message}` }]);
      }
      known += units.length - 1;
      progress.total(known);
      units.forEach((unit, index) => {
        const s = seq++;
        const outcome = unit.ok ? runner.run(unit) : Promise.resolve<PageOutcome>({ ok: false, error: unit.error });
        const p = outcome.then((r) => ordered.put(s, () => emit(unit, index, units.length, r)));
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
      });
      // Keep a few pages per worker queued, not the whole archive in memory.
      while (inflight.size >= jobs * 4) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await ordered.done();
  } finally {
    await runner.close();
    progress.stop();
  }
  if (o.out) process.stderr.write(`jianbao: ${written} page${written === 1 ? '' : 's'} written to ${o.out}${failed ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? 1 : 0;
}
