// The Traditional → Simplified character fold that figures, places, segmentation and search read text through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTraditional, hasTraditional } from '../../../lib/hant/fold';

describe('Traditional → Simplified fold', () => {
  it('folds Traditional characters of names, numerals and units, and Taiwan and Hong Kong variant forms', () => {
    expect(foldTraditional('內蒙古自治區')).toBe('内蒙古自治区');
    expect(foldTraditional('萬億兩點個百分點')).toBe('万亿两点个百分点');
    expect(foldTraditional('新臺幣 港幣 澳門元 公頃 公噸')).toBe('新台币 港币 澳门元 公顷 公吨');
    expect(foldTraditional('偽 啟 衞')).toBe('伪 启 卫');
  });

  it('leaves Simplified text, and characters mainland names write (乾县, 於潜镇), as they are', () => {
    const simplified = '乾县 於潜镇 内蒙古自治区包头市 GDP增长5%';
    expect(foldTraditional(simplified)).toBe(simplified);
    expect(hasTraditional(simplified)).toBe(false);
  });

  it('keeps the length of any text, so offsets found in the fold are offsets of the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldTraditional(s).length === s.length));
    expect(foldTraditional('𠀋臺')).toBe('𠀋台');
  });
});
