// The tagger's inference path (zh-emit.ts: cached per-character sums over sparse weights) against the reference
// the weights were trained with (zhFeatures + emissions over a dense table): the same scores on real news text,
// so a faster inference never tags differently: fed the matcher's trie walks of the whole line (walks.ts) as
// findPlaces feeds it, with its caches filled by a first reading, and with a sentence the walks call quiet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTraditional } from '../../../lib/hant/fold';
import { findRulePlaces } from '../../../lib/places/find';
import { placeModel, sentenceEnd } from '../../../lib/places/model/apply';
import { LABELS, SIZE } from '../../../lib/places/model/hash';
import { emissions } from '../../../lib/places/model/tagger';
import { ZhEmitter } from '../../../lib/places/model/zh-emit';
import { quietZh, zhFeatures, ZhWork, ZH_K } from '../../../lib/places/model/zh-features';
import { EMPTY_CONTEXT } from '../../../lib/places/context';
import { FormWalks } from '../../../lib/places/walks';
import { loadGazetteer } from './load';

const g = loadGazetteer();

describe('the Chinese tagger’s fast emissions', () => {
  it('equal the reference features’ scores, unit by unit, on the seed page', () => {
    const m = placeModel(g)!;
    const dense = new Int16Array(SIZE * LABELS);
    for (let s = 0; s < SIZE; s++) for (let y = 0; y < LABELS; y++) dense[s * LABELS + y] = m.w.weight(s, y);
    // The last line is cut into pieces at 2,000 units (sentenceEnd) through a name the walks saw whole (北京市).
    const page = readFileSync('test/fixtures/seed/page.txt', 'utf8') + '\n香港特別行政區政府與台灣的高雄市、澳門。中美關係\n' + '在'.repeat(1998) + '北京市人民政府';
    // Two working states fed the same texts in the same order hold the same leftovers past a sentence's end.
    const refWork = new ZhWork();
    const fastWork = new ZhWork();
    const emitter = new ZhEmitter(m.w, m.zhWords);
    let units = 0;
    let places = 0;
    let quiet = 0;
    // Twice: the second reading meets every context in the emitter's cache.
    for (const line of [...page.split('\n'), ...page.split('\n')]) {
      const walks = new FormWalks(g, line.length);
      const rule = findRulePlaces(line, g, EMPTY_CONTEXT, walks);
      for (let a = 0; a < line.length; ) {
        const b = sentenceEnd(line, a);
        const piece = foldTraditional(line.slice(a, b));
        const local = rule.filter((r) => r.start >= a && r.end <= b).map((r) => ({ ...r, start: r.start - a, end: r.end - a }));
        const n = piece.length;
        const feats = new Int32Array(n * ZH_K);
        const refActive = new Uint8Array(n);
        const ref = new Float64Array(n * 3);
        zhFeatures(piece, g, local, m.zhChars, m.zhWords, feats, refActive, refWork);
        emissions(feats, n, ZH_K, dense, refActive, ref);
        const active = new Uint8Array(n);
        const fast = new Float64Array(n * 3);
        if (local.length === 0 && quietZh(piece, m.zhChars, fastWork, walks, a)) {
          expect(refActive.every((v) => v === 0)).toBe(true);
          quiet++;
        }
        emitter.emit(piece, g, local, m.zhChars, fastWork, active, fast, walks, a);
        expect(Array.from(active)).toEqual(Array.from(refActive));
        expect(Array.from(fast)).toEqual(Array.from(ref));
        units += refActive.reduce((x, v) => x + v, 0);
        places += local.length;
        a = b;
      }
    }
    expect(units).toBeGreaterThan(1000);
    expect(places).toBeGreaterThan(50);
    expect(quiet).toBeGreaterThan(10);
  });

  it('are the same from tables kept with the model (the CLI snapshot) as from tables filled from the weights', () => {
    const m = placeModel(g)!;
    const filled = new ZhEmitter(m.w, m.zhWords);
    const kept = filled.tables();
    // Kept tables are used as they are; tables of the wrong sizes are refused and filled again.
    const reused = new ZhEmitter(m.w, m.zhWords, kept);
    expect(reused.tables().t23).toBe(kept.t23);
    const refused = new ZhEmitter(m.w, m.zhWords, { ...kept, t24: new Int16Array(3) });
    expect(refused.tables().t24).toEqual(kept.t24);
    const line = '本报包头2月9日讯 全区口岸完成进出境货运量，内蒙古自治区党委书记在呼和浩特市委会议上说。';
    const scores = (emitter: ZhEmitter) => {
      const active = new Uint8Array(line.length);
      const e = new Float64Array(line.length * 3);
      emitter.emit(line, g, findRulePlaces(line, g, EMPTY_CONTEXT), m.zhChars, new ZhWork(), active, e);
      return Array.from(e);
    };
    const expected = scores(filled);
    expect(expected.some((v) => v !== 0 && Math.abs(v) < 1e9)).toBe(true);
    expect(scores(reused)).toEqual(expected);
    expect(scores(refused)).toEqual(expected);
  });
});
