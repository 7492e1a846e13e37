// @vitest-environment node
// The batch contract of `jianbao extract` (docs/cli-contract.md): one JSON line per page in input order, a failing
// page reported in its line while the rest go on, one Markdown file per page with --out, exit status 0 / 1 / 2.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../bin/cli/main';
import { EN, ZH_HANS, ZH_HANT } from '../../fixtures/inputs/make';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-batch-'));
  cpSync('test/fixtures/inputs', join(dir, 'inputs'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

interface Line {
  file: string;
  url: string | null;
  ok: boolean;
  result?: { title: string; articles: { headline: string; paragraphs: string[] }[] };
  error?: string;
}

const lines = (stdout: string): Line[] => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
const inputs = () => join(dir, 'inputs');

describe('jianbao extract --format jsonl', () => {
  it('a directory: one line per page in file order, archives one line per HTML response with its URL, failures in their line; exit 1', async () => {
    const { code, stdout, stderr } = await run(['extract', inputs(), '--format', 'jsonl', '--jobs', '1']);
    expect(code).toBe(1);
    // stderr is not a terminal here: no progress bar, nothing at all.
    expect(stderr).toBe('');
    const got = lines(stdout);
    expect(got.map((l) => [l.file.slice(inputs().length + 1), l.url, l.ok])).toEqual([
      ['archive.warc', 'http://news.example.cn/a/1.html', true],
      ['archive.warc', 'http://news.example.cn/a/2.html', false],
      ['archive.warc', 'http://paper.example.com/tram.html', true],
      ['archive.warc.gz', null, false],
      ['archive.warc.gz', 'http://news.example.cn/a/1.html', true],
      ['archive.warc.gz', 'http://paper.example.com/tram.html', true],
      ['big5.html', null, true],
      ['gbk-meta.html', null, true],
      ['gbk-sniffed.html', null, true],
      ['page.html.gz', null, true],
      ['page.mhtml', 'https://news.example.cn/2026/03/01/water.html', true],
      ['truncated.html.gz', null, false],
      ['utf16.html', null, true],
      ['windows-1252.html', null, true],
    ]);
    for (const l of got) expect(Object.keys(l)).toEqual(l.ok ? ['file', 'url', 'ok', 'result'] : ['file', 'url', 'ok', 'error']);
    const byName = (n: string) => got.find((l) => l.file.endsWith(n))!;
    expect(byName('big5.html').result!.articles[0]!.headline).toBe(ZH_HANT.title);
    expect(byName('gbk-sniffed.html').result!.articles[0]!.paragraphs.join('')).toContain('总投资约12.5亿元');
    expect(byName('windows-1252.html').result!.articles[0]!.headline).toBe(EN.title);
    expect(byName('page.mhtml').result!.articles[0]!.headline).toBe(ZH_HANS.title);
    expect(byName('truncated.html.gz').error).toMatch(/truncated gzip/);
  });

  it('all pages ok: exit 0; a missing file and a binary file among them: error lines, the rest still extracted, exit 1', async () => {
    const ok = await run(['extract', join(inputs(), 'gbk-meta.html'), join(inputs(), 'utf16.html'), '--format', 'jsonl', '--jobs', '1']);
    expect(ok.code).toBe(0);
    expect(lines(ok.stdout).map((l) => l.ok)).toEqual([true, true]);
    const binary = join(dir, 'photo.html');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, ...Array.from({ length: 900 }, (_, i) => (i * 37) % 256)]));
    const mixed = await run(['extract', join(dir, 'nowhere.html'), binary, join(inputs(), 'big5.html'), '--format', 'jsonl', '--jobs', '1']);
    expect(mixed.code).toBe(1);
    expect(lines(mixed.stdout).map((l) => [l.ok, l.error ?? l.result!.articles[0]!.headline])).toEqual([
      [false, 'no such file'],
      [false, expect.stringMatching(/binary/)],
      [true, ZH_HANT.title],
    ]);
  });

  it('--jobs 2 (worker threads) writes the same lines in the same order as --jobs 1', async () => {
    const one = await run(['extract', inputs(), '--format', 'jsonl', '--jobs', '1']);
    const two = await run(['extract', inputs(), '--format', 'jsonl', '--jobs', '2']);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('progress', () => {
  it('--progress draws pages done of known, the rate and an ETA on stderr; stdout keeps only the lines', async () => {
    const { stdout, stderr } = await run(['extract', join(inputs(), 'archive.warc'), join(inputs(), 'big5.html'), '--format', 'jsonl', '--jobs', '1', '--progress']);
    expect(lines(stdout)).toHaveLength(4);
    expect(stderr).toMatch(/4\/4 pages \| [\d.]+ pages\/s \| ETA/);
  });
});

describe('jianbao extract --out DIR', () => {
  it('one Markdown file per page, archives numbered; failures on stderr; exit 1', async () => {
    const out = join(dir, 'md');
    const { code, stdout, stderr } = await run(['extract', join(inputs(), 'archive.warc'), join(inputs(), 'page.mhtml'), '--out', out, '--jobs', '1']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['archive-1.md', 'archive-3.md', 'page.md']);
    expect(readFileSync(join(out, 'archive-3.md'), 'utf8')).toContain(EN.title);
    expect(readFileSync(join(out, 'page.md'), 'utf8')).toContain('source: "https://news.example.cn/2026/03/01/water.html"');
    expect(stderr).toMatch(/archive\.warc \(http:\/\/news\.example\.cn\/a\/2\.html\): record at byte \d+: truncated/);
    expect(stderr).toMatch(/3 pages written to .*md, 1 failed/);
  });
});

describe('exit status 2 for bad usage, with one line on stderr', () => {
  const usage = async (argv: string[], why: RegExp) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(why);
  };
  it('flags', async () => {
    await usage(['extract', inputs(), '--format', 'jsonl', '--jobs', '0'], /--jobs/);
    await usage(['extract', inputs(), '--format', 'jsonl', '--out', join(dir, 'x')], /--out/);
    await usage(['extract', inputs(), '--format', 'jsonl', '--bogus'], /unknown option --bogus/);
  });
  it('many pages without --format jsonl or --out', async () => {
    await usage(['extract', join(inputs(), 'big5.html'), join(inputs(), 'utf16.html')], /--format jsonl/);
    await usage(['extract', join(inputs(), 'archive.warc')], /holds 3 pages/);
    await usage(['extract', inputs()], /directory/);
  });
});

describe('one input without batch flags, as before', () => {
  it('an MHTML file prints its page, its address taken from the file', async () => {
    const { code, stdout } = await run(['extract', join(inputs(), 'page.mhtml'), '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { url: string; articles: { headline: string }[] };
    expect(result.url).toBe('https://news.example.cn/2026/03/01/water.html');
    expect(result.articles[0]!.headline).toBe(ZH_HANS.title);
  });
  it('a truncated gzip file alone: exit 2 and the reason', async () => {
    const { code, stderr } = await run(['extract', join(inputs(), 'truncated.html.gz')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/truncated gzip/);
  });
  it('an empty directory in a batch is an error line', async () => {
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    const { code, stdout } = await run(['extract', join(dir, 'nothing'), '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toMatchObject({ ok: false, error: expect.stringMatching(/no pages/) });
  });
});
