// Trains the place tagger (lib/places/model): an averaged perceptron over hashed features, Viterbi-decoded,
// on the labelled news copied into data/ner/ (see its README): People's Daily's dev split for Chinese, CoNLL-2003's
// training split for English. Writes data/places-model.json; `npm run train:places` then rebuilds
// public/gazetteer.json, which carries the model. Deterministic: fixed epochs, fixed shuffle seed.
//   --holdout [--fold K] [--write]   train on four fifths of each corpus and report span P/R/F1 (the tagger alone)
//               on the fifth K held out (0-4, the last by default); nothing is written unless --write: the model of
//               the four fifths, to weigh the rules against on the held-out fifth, or to cross-validate the whole
//               recogniser fold by fold (README, "Places"); not to commit
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldTraditional } from '../lib/hant/fold.ts';
import { parseGazetteer, scanPlaces, type Gazetteer } from '../lib/places/index.ts';
import { placeModel, sentenceEnd } from '../lib/places/model/apply.ts';
import { enFeatures, EN_K, tokenize } from '../lib/places/model/en-features.ts';
import { B, BITS, I, LABELS, O, SIZE } from '../lib/places/model/hash.ts';
import { charTable, type ModelResource } from '../lib/places/model/resource.ts';
import { decode, emissions, labelRuns, TaggerBuffers } from '../lib/places/model/tagger.ts';
import { WordPairs } from '../lib/places/model/words.ts';
import { zhFeatures, ZhWork, ZH_K } from '../lib/places/model/zh-features.ts';
import { TRAINED_ON } from '../lib/places/model-info.ts';
import type { PlaceSpan } from '../lib/types.ts';

const EPOCHS = Number(process.env.JIANBAO_TRAIN_EPOCHS ?? 8);
const holdout = process.argv.includes('--holdout');
/** The fifth held out (0-4; --fold K, the last by default), for five-fold cross-validation. */
const foldAt = process.argv.indexOf('--fold');
const FOLD = foldAt > 0 ? Number(process.argv[foldAt + 1]) : 4;
if (!Number.isInteger(FOLD) || FOLD < 0 || FOLD > 4) throw new Error('--fold takes 0 to 4');

interface Sentence {
  text: string;
  loc: [number, number][];
}
interface Example {
  feats: Int32Array;
  /** Units the features reach (null: all). */
  active: Uint8Array | null;
  n: number;
  gold: Uint8Array;
  /** Gold spans as position ranges, for scoring. */
  spans: [number, number][];
}

const read = (file: string): Sentence[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Sentence);

const g: Gazetteer = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
g.model = null;

function label(n: number, spans: [number, number][]): Uint8Array {
  const y = new Uint8Array(n);
  for (const [a, b] of spans) {
    y[a] = B;
    for (let k = a + 1; k < b; k++) y[k] = I;
  }
  return y;
}

/** Two-character words of jieba's dictionary used at least WORD_FREQ times (its counts), as word-edge features. */
const WORD_FREQ = 200;
const jiebaDict = join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'dict.txt');
const zhWords = readFileSync(jiebaDict, 'utf8')
  .split('\n')
  .map((l) => l.split(' '))
  .filter(([w, f]) => w !== undefined && w.length === 2 && /^[\u3400-\u9fff]{2}$/.test(w) && Number(f) >= WORD_FREQ)
  .map(([w]) => w!)
  .sort()
  .join('');
const wordPairs = new WordPairs(zhWords);
// The features' working arrays: those of the gazetteer's current model, whose rule spans (scanPlaces) are
// computed between the examples, so that a sentence's last unit reads what it did when the weights were made.
const zhWork = placeModel(g)?.work.zh ?? new ZhWork();
const decoding = new TaggerBuffers();

/** Characters that are part of a place in at least PLACE_CHAR_SHARE of their MIN_COUNT or more occurrences. */
const PLACE_CHAR_SHARE = 0.4;
const MIN_COUNT = 2;
let placeChars = new Set<number>();
function findPlaceChars(sentences: Sentence[]): Set<number> {
  const seen = new Map<number, number>();
  const inPlace = new Map<number, number>();
  for (const s of sentences) {
    const text = foldTraditional(s.text);
    for (let i = 0; i < text.length; i++) seen.set(text.charCodeAt(i), (seen.get(text.charCodeAt(i)) ?? 0) + 1);
    for (const [a, b] of s.loc) for (let i = a; i < b; i++) inPlace.set(text.charCodeAt(i), (inPlace.get(text.charCodeAt(i)) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [c, n] of seen) if (n >= MIN_COUNT && (inPlace.get(c) ?? 0) >= n * PLACE_CHAR_SHARE) out.add(c);
  return out;
}

/** Chinese examples: the pieces the runtime tags (sentenceEnd), with the rule spans of the whole sentence. */
function zhExamples(sentences: Sentence[]): Example[] {
  const out: Example[] = [];
  for (const s of sentences) {
    const rule = scanPlaces([s.text], g).spans[0] ?? [];
    const text = foldTraditional(s.text);
    for (let a = 0; a < text.length; ) {
      const b = sentenceEnd(text, a);
      const piece = text.slice(a, b);
      const local = rule.filter((r) => r.start >= a && r.end <= b).map((r) => ({ ...r, start: r.start - a, end: r.end - a }));
      const feats = new Int32Array(piece.length * ZH_K);
      const active = new Uint8Array(piece.length);
      zhFeatures(piece, g, local, charTable(String.fromCharCode(...placeChars)), wordPairs, feats, active, zhWork);
      const spans = s.loc.filter(([x, y]) => x >= a && y <= b).map(([x, y]) => [x - a, y - a] as [number, number]);
      // Places reaching an inactive unit are out of the tagger's reach: it learns from the others only.
      const reachable = spans.filter(([x, y]) => active.subarray(x, y).every((v) => v === 1));
      out.push({ feats, active, n: piece.length, gold: label(piece.length, reachable), spans });
      a = b;
    }
  }
  return out;
}

function enExamples(sentences: Sentence[]): Example[] {
  const out: Example[] = [];
  for (const s of sentences) {
    const rule: PlaceSpan[] = scanPlaces([s.text], g).spans[0] ?? [];
    const t = tokenize(s.text);
    const n = t.words.length;
    const feats = new Int32Array(n * EN_K);
    enFeatures(s.text, t, g, rule, feats);
    const spans: [number, number][] = [];
    for (const [x, y] of s.loc) {
      const i = t.starts.indexOf(x);
      const j = t.ends.indexOf(y);
      if (i >= 0 && j >= i) spans.push([i, j + 1]);
    }
    out.push({ feats, active: null, n, gold: label(n, spans), spans });
  }
  return out;
}

/** Averaged perceptron: w (current), u (time-weighted updates); the average is w - u / c. */
const w = new Float64Array(SIZE * LABELS);
const u = new Float64Array(SIZE * LABELS);
let c = 1;

function train(examples: Example[], k: number, trans: Float64Array, transU: Float64Array): void {
  let seed = 12345;
  const order = examples.map((_, i) => i);
  const pred = new Uint8Array(4096);
  const e = new Float64Array(4096 * 3);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      if (ex.n === 0) continue;
      emissions(ex.feats, ex.n, k, w, ex.active, e);
      decode(e, ex.n, trans, pred, decoding);
      let prevG = 3;
      let prevP = 3;
      for (let i = 0; i < ex.n; i++) {
        const yg = ex.gold[i]!;
        const yp = pred[i]!;
        if (yg !== yp && (ex.active === null || ex.active[i] === 1)) {
          errors++;
          for (let j = i * k; j < (i + 1) * k; j++) {
            const s = ex.feats[j]! * LABELS;
            w[s + yg]! += 1;
            u[s + yg]! += c;
            w[s + yp]! -= 1;
            u[s + yp]! -= c;
          }
        }
        if (yg !== yp || prevG !== prevP) {
          trans[prevG * 3 + yg]! += 1;
          transU[prevG * 3 + yg]! += c;
          trans[prevP * 3 + yp]! -= 1;
          transU[prevP * 3 + yp]! -= c;
        }
        prevG = yg;
        prevP = yp;
      }
      c++;
    }
    process.stderr.write(`  epoch ${epoch + 1}: ${errors} label errors\n`);
  }
}

function averaged(x: Float64Array, xu: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! - xu[i]! / c;
  return out;
}

function score(examples: Example[], k: number, weights: Float64Array, trans: Float64Array): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pred = new Uint8Array(4096);
  const e = new Float64Array(4096 * 3);
  for (const ex of examples) {
    emissions(ex.feats, ex.n, k, weights, ex.active, e);
    decode(e, ex.n, trans, pred, decoding);
    const got = new Set(labelRuns(pred, ex.n).map(([a, b]) => `${a}:${b}`));
    const want = new Set(ex.spans.map(([a, b]) => `${a}:${b}`));
    for (const s of got) (want.has(s) ? tp++ : fp++);
    for (const s of want) if (!got.has(s)) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
}

const corpora = [
  { name: 'peoples-daily-dev', lang: 'zh' as const, k: ZH_K, make: zhExamples },
  { name: 'conll03-train', lang: 'en' as const, k: EN_K, make: enExamples },
];
if (corpora.some((x) => !TRAINED_ON.includes(x.name))) throw new Error('model-info.ts TRAINED_ON must list every training corpus');
const trans = { zh: new Float64Array(12), en: new Float64Array(12) };
const transAvg: Record<'zh' | 'en', Float64Array> = { zh: new Float64Array(12), en: new Float64Array(12) };
const held: { name: string; lang: 'zh' | 'en'; k: number; examples: Example[] }[] = [];
for (const corpus of corpora) {
  const sentences = read(`data/ner/${corpus.name}.jsonl`);
  const lo = Math.floor((sentences.length * FOLD) / 5);
  const hi = Math.floor((sentences.length * (FOLD + 1)) / 5);
  const trainSet = holdout ? [...sentences.slice(0, lo), ...sentences.slice(hi)] : sentences;
  if (corpus.lang === 'zh') placeChars = findPlaceChars(trainSet);
  const examples = corpus.make(trainSet);
  process.stderr.write(`${corpus.name}: ${trainSet.length} sentences, ${examples.length} examples\n`);
  const tu = new Float64Array(12);
  train(examples, corpus.k, trans[corpus.lang], tu);
  transAvg[corpus.lang] = averaged(trans[corpus.lang], tu);
  if (holdout) held.push({ name: corpus.name, lang: corpus.lang, k: corpus.k, examples: corpus.make(sentences.slice(lo, hi)) });
}
// Transition averages use the counter of their own language's run; fine for ranking, as decoding compares
// sums within one language.
const avg = averaged(w, u);
if (holdout && process.argv.includes('--write')) {
  // For weighing the rules against a tagger that has not seen the held-out fifth (nothing to commit).
  writeFileSync('data/places-model.json', JSON.stringify(encode(avg, transAvg, TRAINED_ON, 2)) + '\n');
}
if (holdout) {
  for (const h of held) process.stdout.write(`held-out fifth ${FOLD} of ${h.name}: ${score(h.examples, h.k, avg, transAvg[h.lang])}\n`);
} else {
  const resource = encode(avg, transAvg, TRAINED_ON, 2);
  writeFileSync('data/places-model.json', JSON.stringify(resource) + '\n');
  process.stdout.write(`data/places-model.json: ${(JSON.stringify(resource).length / 1e6).toFixed(2)} MB\n`);
}

/** Averaged weights quantised to int16 by one scale; slots whose weights all round below minAbs are dropped. */
function encode(weights: Float64Array, t: Record<'zh' | 'en', Float64Array>, trainedOn: string[], minAbs: number): ModelResource {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  for (const v of [...t.zh, ...t.en]) max = Math.max(max, Math.abs(v));
  const scale = 32000 / max;
  const slotBytes: number[] = [];
  const weightBytes: number[] = [];
  let last = 0;
  for (let s = 0; s < SIZE; s++) {
    const q = [O, B, I].map((y) => Math.round(weights[s * LABELS + y]! * scale));
    if (q.every((v) => Math.abs(v) < minAbs)) continue;
    let delta = s - last;
    last = s;
    while (delta >= 0x80) {
      slotBytes.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 0x80);
    }
    slotBytes.push(delta);
    for (const v of q) weightBytes.push(v & 0xff, (v >> 8) & 0xff);
  }
  const qt = (x: Float64Array) => Array.from(x, (v) => Math.round(v * scale));
  return {
    version: 1,
    bits: BITS,
    trainedOn,
    zhWords,
    zhChars: String.fromCharCode(...[...placeChars].sort((a, b) => a - b)),
    scale,
    slots: Buffer.from(slotBytes).toString('base64'),
    weights: Buffer.from(weightBytes).toString('base64'),
    trans: { zh: qt(t.zh), en: qt(t.en) },
  };
}
