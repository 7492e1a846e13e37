// Place recognition on labelled news text nobody here wrote: every `*.jsonl` split in ../shared/fixtures/ner/
// (People's Daily NER, CoNLL-2003; see its README) that the place model was not trained on. Jianbao runs through
// annotateText, the function `jianbao annotate` calls per line, with the CLI's gazetteer; beside it, in the same
// run, jieba's `ns` tags (Chinese splits) or compromise's .places() (English splits). Exact spans.
// Figures: eval.places.<split>.{p,r,f1}, each line carrying the peer's value for the same measure.
// JIANBAO_EVAL_PLACES_ERRORS=<file> writes every false and missed span (Jianbao's) there, one JSON line each.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGazetteer } from '../bin/cli/gazetteer';
import { annotateText } from '../lib/annotate';
import { trainedSplits } from '../lib/places/model-info';
import { figure, type EvalFigure, type EvalSuite } from './figure';
import { compromisePlaces, jiebaPlaces } from './place-peers';
import { scoreCorpus, type Span, type SpanScore } from './span-score';

interface Sentence {
  text: string;
  loc: Span[];
}

export function nerDir(): string | null {
  const shared = process.env.JIANBAO_SHARED ?? [resolve('../shared'), resolve('../../shared')].find((d) => existsSync(d));
  const dir = shared === undefined ? null : join(shared, 'fixtures/ner');
  return dir !== null && existsSync(dir) ? dir : null;
}

export function readSplit(file: string): Sentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Sentence);
}

/** Chinese splits are scored beside jieba, English ones beside compromise. */
function isChinese(sentences: readonly Sentence[]): boolean {
  let cjk = 0;
  let all = 0;
  for (const s of sentences.slice(0, 200)) {
    all += s.text.length;
    cjk += (s.text.match(/[\u3400-\u9fff]/g) ?? []).length;
  }
  return cjk > all / 4;
}

function splitName(file: string): string {
  return file.replace(/\.jsonl$/, '');
}

function scoreLine(name: string, s: SpanScore): string {
  return `${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

export const placesSuite: EvalSuite = {
  name: 'places',
  async run() {
    const dir = nerDir();
    if (dir === null) {
      process.stderr.write('places: skipped, ../shared/fixtures/ner is absent (a fresh clone has no labelled corpora)\n');
      return [];
    }
    const gazetteer = loadGazetteer();
    if (gazetteer === null) {
      process.stderr.write('places: skipped, no gazetteer (npm run gazetteer)\n');
      return [];
    }
    const trained = trainedSplits();
    const errorsFile = process.env.JIANBAO_EVAL_PLACES_ERRORS;
    const errors: string[] = [];
    const figures: EvalFigure[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const split = splitName(file);
      if (trained.has(split)) {
        process.stderr.write(`places: ${split} not scored, the place model was trained on it\n`);
        continue;
      }
      const sentences = readSplit(join(dir, file));
      const gold = sentences.map((s) => s.loc);
      const t0 = performance.now();
      const ours = sentences.map((s) => annotateText(s.text, { gazetteer, lang: 'auto' }).places.map((p) => [p.start, p.end] as Span));
      const ms = performance.now() - t0;
      const zh = isChinese(sentences);
      const peerName = zh ? 'jieba ns' : 'compromise places';
      const peer = sentences.map((s) => (zh ? jiebaPlaces(s.text) : compromisePlaces(s.text)));
      const a = scoreCorpus(ours, gold);
      const b = scoreCorpus(peer, gold);
      process.stderr.write(`places: ${split}, ${sentences.length} sentences, ${a.tp + a.fn} places, ${ms.toFixed(0)} ms\n`);
      process.stderr.write(`  ${scoreLine('jianbao', a)}\n  ${scoreLine(peerName, b)}\n`);
      const n = a.tp + a.fn;
      figures.push(
        figure(`eval.places.${split}.p`, a.precision, n, peerName, b.precision),
        figure(`eval.places.${split}.r`, a.recall, n, peerName, b.recall),
        figure(`eval.places.${split}.f1`, a.f1, n, peerName, b.f1),
      );
      if (errorsFile) {
        sentences.forEach((s, i) => {
          const g = new Set(s.loc.map(([x, y]) => `${x}:${y}`));
          const p = new Set(ours[i]!.map(([x, y]) => `${x}:${y}`));
          for (const [x, y] of ours[i]!) if (!g.has(`${x}:${y}`)) errors.push(JSON.stringify({ split, kind: 'fp', span: s.text.slice(x, y), start: x, text: s.text }));
          for (const [x, y] of s.loc) if (!p.has(`${x}:${y}`)) errors.push(JSON.stringify({ split, kind: 'fn', span: s.text.slice(x, y), start: x, text: s.text }));
        });
      }
    }
    if (errorsFile) writeFileSync(errorsFile, errors.join('\n') + '\n');
    return figures;
  },
};
