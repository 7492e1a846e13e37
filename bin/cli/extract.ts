// `jianbao extract`: one input printed as Markdown or JSON, or many (--format jsonl / --out DIR) through batch.ts.
import { statSync } from 'node:fs';
import { parseExtractArgs } from './args';
import { InputError, UsageError } from './errors';
import { loadGazetteer } from './gazetteer';
import { unpack } from './input/unpack';
import { extractUnit, render } from './page';
import { readSource } from './sources';

const MANY = 'use --format jsonl (one line per page) or --out DIR (one file per page)';

export async function extract(args: string[]): Promise<number> {
  const o = parseExtractArgs(args);
  if (o.format === 'jsonl' || o.out !== null) {
    const { batch } = await import('./batch');
    return batch(o);
  }
  if (o.inputs.length > 1) throw new UsageError(`${o.inputs.length} inputs: ${MANY}`);
  const file = o.inputs[0]!;
  const name = file === '-' ? 'standard input' : file;
  if (file !== '-' && isDirectory(file)) throw new UsageError(`${file} is a directory: ${MANY}`);
  const source = await readSource(file);
  if ('error' in source) throw new UsageError(file === '-' ? source.error : `cannot read ${file}: ${source.error}`);
  const units = await unpack(file, source.bytes);
  if (units.length > 1) throw new UsageError(`${name} holds ${units.length} pages: ${MANY}`);
  const unit = units[0]!;
  if (!unit.ok) throw new UsageError(`${name}: ${unit.error}`);
  const gazetteer = loadGazetteer();
  try {
    const result = await extractUnit(unit, gazetteer, o.url);
    process.stdout.write(render(result, { format: o.format, url: o.url, lang: o.lang, dates: o.dates, now: Date.now() }, gazetteer));
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(`${name}: ${e.message}`);
    throw e;
  }
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
