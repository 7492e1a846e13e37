import { describe, expect, it } from 'vitest';
import { shape, shapeClass } from '../../../lib/places/model/en-features';

/** The reading by property escapes alone, which shapeClass's fast paths must give back for every character. */
function reference(ch: string): string {
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /[\u3400-\u9fff]/.test(ch) ? 'C' : ch;
}

describe('English tagger word shapes', () => {
  it('class every character as the property escapes do', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (shapeClass(ch) !== reference(ch)) differ.push(c);
    }
    for (const ch of ['𝐀', '𝑎', '𝟗', '𠀀', '😀']) if (shapeClass(ch) !== reference(ch)) differ.push(ch.codePointAt(0)!);
    expect(differ).toEqual([]);
  });

  it('write a run of one class once', () => {
    expect(shape('Beijing')).toBe('Xx');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape('COVID-19')).toBe('X-d');
    expect(shape('北京市')).toBe('C');
    expect(shape('Ürümqi')).toBe('Xx');
  });
});
