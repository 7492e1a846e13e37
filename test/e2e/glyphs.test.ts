// The screenshots' glyph check in real Chromium: with the machine's fonts Chinese renders; with fontconfig
// limited to Latin fonts (as on a machine without fonts-noto-cjk) the check reports the missing glyphs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/harness/chromium';
import { cjkGlyphsMissing } from '../../scripts/harness/glyphs';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function missingWith(env: Record<string, string | undefined>): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'], env });
  try {
    const page = await browser.newPage();
    await page.setContent('<p>剪报</p>');
    return await cjkGlyphsMissing(page);
  } finally {
    await browser.close();
  }
}

describe('glyph check', () => {
  it('finds Chinese glyphs with the fonts this machine has', async () => {
    expect(await missingWith({ ...process.env })).toBe(false);
  });

  it('reports missing glyphs when no CJK font is visible to the browser', async () => {
    const conf = join(dir, 'fonts.conf');
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
        `<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>`,
    );
    expect(await missingWith({ ...process.env, FONTCONFIG_FILE: conf })).toBe(true);
  });
});
