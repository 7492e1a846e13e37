// Cross-validates the whole place recogniser (rules and tagger, through annotateText as eval/places.ts runs it)
// on People's Daily's training split, fold by fold: fifth K is scored with the tagger trained on the other four
// (`train-places.ts --holdout --fold K --write`, its data/places-model.json copied to DIR/fold-K.json). Prints the
// five folds summed; with --errors FILE, every missed (fn) and false (fp) span as one JSON line, for reading
// error classes on data the test split does not hold.
//   npx tsx scripts/cv-places.ts --models DIR [--errors FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { annotateText } from '../lib/annotate.ts';
import { parseGazetteer } from '../lib/places/index.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const models = arg('--models');
if (models === undefined) throw new Error('--models DIR (holding fold-0.json … fold-4.json)');
const errorsFile = arg('--errors');

interface Sentence {
  text: string;
  loc: [number, number][];
}
const sentences: Sentence[] = readFileSync('data/ner/peoples-daily-dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Sentence);
const json = JSON.parse(readFileSync('public/gazetteer.json', 'utf8')) as Record<string, unknown>;

let tp = 0;
let fp = 0;
let fn = 0;
const errors: string[] = [];
for (let fold = 0; fold < 5; fold++) {
  const g = parseGazetteer({ ...json, model: JSON.parse(readFileSync(`${models}/fold-${fold}.json`, 'utf8')) });
  const lo = Math.floor((sentences.length * fold) / 5);
  const hi = Math.floor((sentences.length * (fold + 1)) / 5);
  for (const s of sentences.slice(lo, hi)) {
    const got = annotateText(s.text, { gazetteer: g, lang: 'auto' }).places;
    const want = new Set(s.loc.map(([a, b]) => `${a}:${b}`));
    const have = new Set(got.map((p) => `${p.start}:${p.end}`));
    for (const p of got) {
      if (want.has(`${p.start}:${p.end}`)) tp++;
      else {
        fp++;
        errors.push(JSON.stringify({ fold, kind: 'fp', span: p.text, level: p.level, start: p.start, text: s.text }));
      }
    }
    for (const [a, b] of s.loc) {
      if (have.has(`${a}:${b}`)) continue;
      fn++;
      const over = got.filter((p) => p.start < b && p.end > a).map((p) => p.text);
      errors.push(JSON.stringify({ fold, kind: 'fn', span: s.text.slice(a, b), over, start: a, text: s.text }));
    }
  }
}
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
process.stdout.write(
  `cross-validation, peoples-daily-dev: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n`,
);
if (errorsFile) writeFileSync(errorsFile, errors.join('\n') + '\n');
