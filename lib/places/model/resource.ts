// The trained tagger as a resource (data/places-model.json, copied into public/gazetteer.json under "model" by
// scripts/build-gazetteer.ts, so it loads with the gazetteer on the first click): the non-zero weights as
// quantised 16-bit integers, slots delta-encoded as base-128 varints, both base64.
import { BITS, LABELS, SIZE } from './hash';
import type { Weights } from './tagger';
import { WordPairs } from './words';

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

export interface PlaceModel {
  w: Int16Array;
  /** 1 at each of the resource's zhChars (by UTF-16 unit). */
  zhChars: Uint8Array;
  zhWords: WordPairs;
  scale: number;
  zh: Weights;
  en: Weights;
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

export function isModelResource(x: unknown): x is ModelResource {
  const r = x as Partial<ModelResource> | null;
  return !!r && typeof r === 'object' && r.version === 1 && r.bits === BITS && typeof r.zhChars === 'string' && typeof r.zhWords === 'string' && typeof r.scale === 'number' && r.scale > 0 && typeof r.slots === 'string' && typeof r.weights === 'string'
    && !!r.trans && Array.isArray(r.trans.zh) && Array.isArray(r.trans.en) && r.trans.zh.length === 12 && r.trans.en.length === 12;
}

export function loadModel(r: ModelResource): PlaceModel {
  const w = new Int16Array(SIZE * LABELS);
  const slots = fromBase64(r.slots);
  const weights = fromBase64(r.weights);
  const view = new DataView(weights.buffer, weights.byteOffset, weights.byteLength);
  let at = 0;
  let s = 0;
  let k = 0;
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
    if (s >= SIZE || (k + LABELS) * 2 > weights.length) throw new Error('place model: malformed resource');
    for (let y = 0; y < LABELS; y++) w[s * LABELS + y] = view.getInt16((k++) * 2, true);
  }
  return { w, scale: r.scale, zhChars: charTable(r.zhChars), zhWords: new WordPairs(r.zhWords), zh: { w, trans: r.trans.zh }, en: { w, trans: r.trans.en } };
}

export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}
