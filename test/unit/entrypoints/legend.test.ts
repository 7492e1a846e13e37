// The legend's colours: the page's highlight rules use them, dark text stays readable on their tints, and they stay
// apart for a reader with deuteranopia (Machado, Oliveira & Fernandes 2009 simulation, severity 1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryOfKind, LEGEND, LEGEND_ORDER, legendCss } from '../../../entrypoints/annotator/legend';
import type { FigureKind } from '../../../lib/types';

const css = readFileSync('public/highlights.css', 'utf8');
const KINDS: FigureKind[] = ['money', 'percent', 'quantity', 'count', 'multiple', 'rank', 'duration', 'date', 'number'];

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** The tint over a white page. */
const overWhite = (tint: string): Rgb => {
  const [r, g, b, a] = tint.match(/[\d.]+/g)!.map(Number) as [number, number, number, number];
  return [r, g, b].map((c) => (c / 255) * a + (1 - a)) as Rgb;
};
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const simulate = (rgb: Rgb): Rgb => {
  const lin = rgb.map(toLinear);
  return DEUTERANOPIA.map((row) => toSrgb(Math.min(1, Math.max(0, row.reduce((s, m, i) => s + m * lin[i]!, 0))))) as Rgb;
};
/** CIE76 ΔE between two sRGB colours (Lab, D65). */
const lab = (rgb: Rgb): Rgb => {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = xyz.map(f) as Rgb;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
};
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...(lab(a).map((v, i) => v - lab(b)[i]!) as Rgb));

describe('legend colours', () => {
  it('are the colours the page highlights are painted in, for every figure kind and for places', () => {
    const rule = (name: string) => {
      const m = css.match(new RegExp(`::highlight\\(${name}\\)[^{]*\\{([^}]*)\\}`));
      expect(m, name).not.toBeNull();
      return m![1]!;
    };
    expect(rule('jianbao-place')).toContain(LEGEND.place.ink);
    expect(rule('jianbao-place')).toContain(LEGEND.place.tint);
    for (const kind of KINDS) {
      const { ink, tint, line } = LEGEND[categoryOfKind(kind)];
      expect(rule(`jianbao-figure-${kind}`)).toContain(ink);
      expect(rule(`jianbao-figure-${kind}`)).toContain(tint);
      expect(rule(`jianbao-figure-${kind}`)).toContain(line);
    }
    for (const c of LEGEND_ORDER) expect(legendCss()).toContain(`.sw-${c}`);
  });

  it('keep dark text at 7:1 or more on every tint (WCAG AAA)', () => {
    for (const c of LEGEND_ORDER) expect(contrast(hex('#1d1d1f'), overWhite(LEGEND[c].tint)), c).toBeGreaterThanOrEqual(7);
  });

  it('are told apart with deuteranopia: every pair of inks at least ΔE 15 apart once simulated', () => {
    const pairs: [string, string, number][] = [];
    for (const a of LEGEND_ORDER)
      for (const b of LEGEND_ORDER) if (a < b) pairs.push([a, b, deltaE(simulate(hex(LEGEND[a].ink)), simulate(hex(LEGEND[b].ink)))]);
    for (const [a, b, d] of pairs) expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(15);
    // The closest pair is money / number, ΔE ≈ 17 (README).
  });
});
