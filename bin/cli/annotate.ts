// `jianbao annotate [--lang auto|zh|en]`: one JSON line out per line in, streaming with flat memory.
import { createInterface } from 'node:readline';
import { annotateText, type Lang } from '../../lib/annotate';
import { englishNameOfPlace } from '../../lib/export/place-names';
import { UsageError } from './errors';
import { loadGazetteer } from './gazetteer';

export async function annotate(args: string[], input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  let lang: Lang = 'auto';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a === '--lang' ? args[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === undefined) throw new UsageError(a === '--lang' ? '--lang needs a value' : `unknown argument ${a}`);
    if (v !== 'auto' && v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be auto, zh or en, not ${v}`);
    lang = v;
  }
  const gazetteer = loadGazetteer();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  const flush = async () => {
    if (!buffer) return;
    const ok = output.write(buffer);
    buffer = '';
    if (!ok) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  for await (const line of lines) {
    const found = annotateText(line, { gazetteer, lang });
    // Each place named in both languages, as in `jianbao extract` (the gazetteer's English name, or null).
    const places = found.places.map((p) => ({ ...p, nameEn: gazetteer ? englishNameOfPlace(gazetteer, p) : null }));
    buffer += JSON.stringify({ figures: found.figures, places }) + '\n';
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
}
