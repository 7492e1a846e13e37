// @vitest-environment node
// `jianbao extract` on files that are not pages: exit status 2 and one plain line on stderr, never a stack trace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../bin/cli/main';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

/** The failure shape of docs/cli-contract.md: status 2, nothing on stdout, one line on stderr. */
async function expectRefused(argv: string[], why: RegExp): Promise<void> {
  const { code, stdout, stderr } = await run(argv);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  const lines = stderr.split('\n').filter((l) => l && !/place names are off/.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^jianbao: /);
  expect(lines[0]).toMatch(why);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
}

describe('jianbao extract refuses what is not a page or text', () => {
  it('a missing file', async () => {
    await expectRefused(['extract', join(dir, 'nowhere.html')], /no such file/);
  });

  it('a directory', async () => {
    const sub = join(dir, 'folder.html');
    mkdirSync(sub, { recursive: true });
    await expectRefused(['extract', sub], /directory/);
  });

  it('an empty file, and one of only whitespace', async () => {
    await expectRefused(['extract', file('empty.html', '')], /empty/);
    await expectRefused(['extract', file('blank.txt', ' \n\t\n\u3000\n')], /no text|empty|no article/);
  });

  it('binary data: an image, a gzip archive', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)]);
    await expectRefused(['extract', file('photo.html', png)], /binary/);
    const gz = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, ...Array.from({ length: 2000 }, (_, i) => (i * 151 + 7) % 256)]);
    await expectRefused(['extract', file('page.html.gz', gz)], /binary/);
  });

  it('a .html file that holds no markup', async () => {
    await expectRefused(['extract', file('notes.html', '这不是网页,只是一段文字。\n货运量5842.2万吨。')], /not HTML/);
  });

  it('a page with markup but nothing to extract', async () => {
    await expectRefused(['extract', file('nav.html', '<html><head><title>导航</title></head><body><script>var a = 1;</script></body></html>')], /no article text/);
  });

  it('unknown options and commands', async () => {
    await expectRefused(['extract', file('ok.txt', '标题\n\n正文5842.2万吨。'), '--format', 'pdf'], /--format/);
    await expectRefused(['scrape'], /unknown command/);
  });
});

describe('jianbao extract keeps hostile page text as text', () => {
  it('markup written in the page text comes out as the same characters in JSON and Markdown', async () => {
    const html = file(
      'hostile.html',
      '<!DOCTYPE html><html><head><title>要闻</title></head><body><article><h1>&lt;img src=x onerror=alert(1)&gt;口岸货运量增长14.7%</h1>' +
        '<p>本报呼和浩特2月9日讯 (记者高慧)全区口岸完成进出境货运量5842.2万吨,同比增长14.7%。&lt;script&gt;alert(1)&lt;/script&gt;</p>' +
        '<p>其中甘其毛都口岸货运量突破1900万吨,占全区货运总量的32.6%。</p></article></body></html>',
    );
    const json = await run(['extract', html, '--format', 'json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { articles: { headline: string; paragraphs: string[] }[] };
    expect(result.articles[0]!.headline).toContain('<img src=x onerror=alert(1)>');
    expect(result.articles[0]!.paragraphs.join('')).toContain('<script>alert(1)</script>');
    const md = await run(['extract', html]);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toMatch(/<img|<script/i);
    expect(md.stdout).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });
});
