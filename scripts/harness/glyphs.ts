// Whether Chinese text renders with real glyphs in a page: with no CJK font, Chromium draws every Han character
// as the same missing-glyph box (or nothing), so two different characters drawn on a canvas come out identical.
import type { Page } from 'playwright-core';

export const MISSING_GLYPHS_WARNING =
  'warning: no font with Chinese glyphs: the screenshots show boxes instead of Chinese. ' +
  'Install one (`apt-get install -y fonts-noto-cjk`) and run again.';

/** True when the page cannot draw Chinese (the two characters' bitmaps are identical or empty). */
export async function cjkGlyphsMissing(page: Page): Promise<boolean> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  return page.evaluate(`(() => {
    const draw = (ch) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d');
      ctx.font = '32px sans-serif';
      ctx.fillText(ch, 4, 38);
      return Array.from(ctx.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3)).join(',');
    };
    const a = draw('剪');
    const b = draw('报');
    return a === b || !/[1-9]/.test(a);
  })()`);
}
