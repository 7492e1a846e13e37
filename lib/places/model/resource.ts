// The trained tagger as a resource (data/places-model.json, copied into public/gazetteer.json under "model" by
// scripts/build-gazetteer.ts, so it loads with the gazetteer on the first click): the non-zero weights as
// quantised 16-bit integers, slots delta-encoded as base-128 varints, both base64.
import { BITS, LABELS, SIZE } from './hash';
import { SparseWeights } from './sparse';
import { TaggerBuffers } from './tagger';
import { WordPairs } from './words';
import { ZhEmitter, type EmitTables } from './zh-emit';
import { ZhWork } from './zh-features';

export interface ModelResource {
  version: 1;
  bits: number;
  /** Corpora the weights were trained on (their evaluation is left out). */
  trainedOn: string[];
  /** Slots (delta varints), then per slot LABELS little-endian int16 weights; base64. */
  slots: string;
  weights: string;
  /** Characters mostly part of places in the Chinese training news (zh-features.ts: the tagger's reach). */
  zhChars: string;
  /** Common two-character words, concatenated (words.ts). */
  zhWords: string;
  /** Quantisation: stored weight = perceptron weight * scale. */
  scale: number;
  /** Transition weights, per language, already quantised. */
  trans: { zh: number[]; en: number[] };
}

/**
 * A model resource already decoded: the weights as SparseWeights holds them instead of base64 (the command line's
 * gazetteer snapshot keeps the model so, bin/cli/gazetteer.ts, and each process skips the decoding).
 */
export interface DecodedModelResource extends Omit<ModelResource, 'slots' | 'weights'> {
  index: Int32Array;
  values: Int16Array;
  /** The Chinese emitter's per-tag tables as filled from these weights (zh-emit.ts EmitTables), when kept. */
  emit?: EmitTables;
}

/** A model's working arrays and caches, reused from text to text (grown as needed). */
export interface ModelWork {
  feats: Int32Array;
  labels: Uint8Array;
  active: Uint8Array;
  scores: Float64Array;
  /** One run's scores (apply.ts). */
  runScores: Float64Array;
  tagger: TaggerBuffers;
  zh: ZhWork;
  emitter: ZhEmitter;
}

export interface PlaceModel {
  /** The weights of the slots that carry one. */
  w: SparseWeights;
  /** 1 at each of the resource's zhChars (by UTF-16 unit). */
  zhChars: Uint8Array;
  zhWords: WordPairs;
  scale: number;
  zh: { trans: ArrayLike<number> };
  en: { trans: ArrayLike<number> };
  work: ModelWork;
}

function fromBase64(s: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(s, 'base64'));
}

export function isModelResource(x: unknown): x is ModelResource | DecodedModelResource {
  const r = x as Partial<ModelResource & DecodedModelResource> | null;
  return !!r && typeof r === 'object' && r.version === 1 && r.bits === BITS && typeof r.zhChars === 'string' && typeof r.zhWords === 'string' && typeof r.scale === 'number' && r.scale > 0
    && ((typeof r.slots === 'string' && typeof r.weights === 'string') || (r.index instanceof Int32Array && r.values instanceof Int16Array))
    && !!r.trans && Array.isArray(r.trans.zh) && Array.isArray(r.trans.en) && r.trans.zh.length === 12 && r.trans.en.length === 12;
}

/**
 * The resource with its weights decoded and the Chinese emitter's tables filled (what a snapshot keeps, so that
 * each process skips both); a decoded one as it is.
 */
export function decodeModelResource(r: ModelResource | DecodedModelResource): DecodedModelResource {
  if (!('slots' in r)) return r;
  const { slots: _slots, weights: _weights, ...rest } = r;
  const w = decodeWeights(r);
  return { ...rest, index: w.index, values: w.values, emit: new ZhEmitter(w, new WordPairs('')).tables() };
}

function decodeWeights(r: ModelResource): SparseWeights {
  const slots = fromBase64(r.slots);
  const weights = fromBase64(r.weights);
  const view = new DataView(weights.buffer, weights.byteOffset, weights.byteLength);
  const rows = Math.floor(weights.length / (2 * LABELS));
  const slotList = new Int32Array(rows);
  const values = new Int16Array(rows * LABELS);
  let at = 0;
  let s = 0;
  let k = 0;
  let count = 0;
  while (at < slots.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = slots[at++]!;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    s += delta;
    if (s >= SIZE || (k + LABELS) * 2 > weights.length || (count > 0 && delta === 0)) throw new Error('place model: malformed resource');
    slotList[count++] = s;
    for (let y = 0; y < LABELS; y++) values[k] = view.getInt16((k++) * 2, true);
  }
  return new SparseWeights(slotList.subarray(0, count), values.subarray(0, count * LABELS));
}

export function loadModel(r: ModelResource | DecodedModelResource): PlaceModel {
  const w = 'slots' in r ? decodeWeights(r) : new SparseWeights(new Int32Array(0), r.values, r.index);
  const zhWords = new WordPairs(r.zhWords);
  const work: ModelWork = {
    feats: new Int32Array(1 << 14),
    labels: new Uint8Array(1 << 10),
    active: new Uint8Array(1 << 10),
    scores: new Float64Array(3 << 10),
    runScores: new Float64Array(3 << 10),
    tagger: new TaggerBuffers(),
    zh: new ZhWork(),
    emitter: new ZhEmitter(w, zhWords, 'slots' in r ? undefined : r.emit),
  };
  return { w, scale: r.scale, zhChars: charTable(r.zhChars), zhWords, zh: { trans: r.trans.zh }, en: { trans: r.trans.en }, work };
}

export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}
