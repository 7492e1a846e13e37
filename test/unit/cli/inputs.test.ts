// @vitest-environment node
// The CLI's input decoding (bin/cli/input/): pure functions from the bytes people keep newspapers in to pages.
// Fixtures: test/fixtures/inputs/, made by its make.ts (legacy encodings, gzip, Chrome MHTML, web archives).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, decodeText } from '../../../bin/cli/input/decode';
import { pageText } from '../../../bin/cli/input/text';
import { unpack, type PageUnit, type Unit } from '../../../bin/cli/input/unpack';
import { EN, ZH_HANS, ZH_HANT } from '../../fixtures/inputs/make';

const DIR = 'test/fixtures/inputs';
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const pages = (units: Unit[]) => units.filter((u): u is PageUnit => u.ok);
const failures = (units: Unit[]) => units.filter((u) => !u.ok);

describe('decodePage: the encodings Chinese and English papers use', () => {
  it('GBK declared as gb2312 in http-equiv', () => {
    const d = decodePage(bytes('gbk-meta.html'));
    expect(d).toMatchObject({ encoding: 'gbk', source: 'declared' });
    expect(d.text).toContain(ZH_HANS.paragraphs[0]);
  });

  it('GBK with no declaration at all, by its byte statistics', () => {
    const d = decodePage(bytes('gbk-sniffed.html'));
    expect(d.source).toBe('detected');
    expect(d.text).toContain(ZH_HANS.paragraphs[1]);
  });

  it('Big5 declared in <meta charset>', () => {
    const d = decodePage(bytes('big5.html'));
    expect(d).toMatchObject({ encoding: 'big5', source: 'declared' });
    expect(d.text).toContain(ZH_HANT.paragraphs[0]);
  });

  it('UTF-16 by its byte-order mark, which is not kept in the text', () => {
    const d = decodePage(bytes('utf16.html'));
    expect(d).toMatchObject({ encoding: 'utf-16le', source: 'bom' });
    expect(d.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(d.text).toContain(ZH_HANS.title);
  });

  it('Windows-1252 declared by http-equiv: accents and curly quotes', () => {
    const d = decodePage(bytes('windows-1252.html'));
    expect(d).toMatchObject({ encoding: 'windows-1252', source: 'declared' });
    expect(d.text).toContain(EN.paragraphs[1]);
  });

  it('a charset named by the transport (an archive\'s HTTP header) decides when the page names none', () => {
    expect(decodePage(bytes('gbk-sniffed.html'), 'GBK')).toMatchObject({ encoding: 'gbk', source: 'transport' });
  });

  it('undeclared UTF-8 stays UTF-8', () => {
    const d = decodePage(new TextEncoder().encode(`<p>${ZH_HANS.paragraphs[0]}</p>`));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'utf-8' });
  });

  it('a page declaring gb2312 whose bytes are UTF-8 (a template that kept its old meta) is read as UTF-8', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${ZH_HANS.title}</title></head><body><p>${ZH_HANS.paragraphs[0]}</p></body></html>`;
    const d = decodePage(new TextEncoder().encode(page));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'utf-8' });
    expect(d.text).toContain(ZH_HANS.paragraphs[0]);
  });

  it('a transport header naming GBK still decides over UTF-8 bytes', () => {
    expect(decodePage(new TextEncoder().encode(`<p>${ZH_HANS.paragraphs[0]}</p>`), 'GBK')).toMatchObject({ encoding: 'gbk', source: 'transport' });
  });

  it('plain text in GB18030 without a BOM', () => {
    expect(decodeText(new Uint8Array(iconv.encode(ZH_HANS.paragraphs.join('\n\n'), 'gb18030'))).text).toBe(ZH_HANS.paragraphs.join('\n\n'));
  });
});

describe('unpack: gzip, MHTML and web archives to pages', () => {
  it('a gzipped page is the page', async () => {
    const [unit] = pages(await unpack('page.html.gz', bytes('page.html.gz')));
    expect(unit!.kind).toBe('html');
    expect(pageText(unit!).text).toContain(ZH_HANS.paragraphs[2]);
  });

  it('a truncated gzip file is one failure that says so', async () => {
    const units = await unpack('truncated.html.gz', bytes('truncated.html.gz'));
    expect(units).toEqual([{ ok: false, file: 'truncated.html.gz', url: null, error: expect.stringMatching(/truncated gzip/) }]);
  });

  it("Chrome's MHTML: the quoted-printable HTML part with its address, not the image", async () => {
    const units = await unpack('page.mhtml', bytes('page.mhtml'));
    expect(units).toHaveLength(1);
    const unit = units[0] as PageUnit;
    expect(unit.url).toBe('https://news.example.cn/2026/03/01/water.html');
    const text = pageText(unit);
    expect(text.html).toBe(true);
    expect(text.text).toContain(ZH_HANS.paragraphs[0]);
  });

  it('a WARC: one page per archived 2xx HTML response with its URL; a broken record is reported and the next still read', async () => {
    const units = await unpack('archive.warc', bytes('archive.warc'));
    expect(units.map((u) => [u.ok, u.url])).toEqual([
      [true, 'http://news.example.cn/a/1.html'],
      [false, 'http://news.example.cn/a/2.html'],
      [true, 'http://paper.example.com/tram.html'],
    ]);
    expect(failures(units)[0]).toMatchObject({ error: expect.stringMatching(/truncated.*skipped/) });
    const [gbk, gzipped] = pages(units);
    // The HTTP header's charset (GBK) decodes the first; the second was sent gzip-compressed.
    expect(pageText(gbk!).text).toContain(ZH_HANS.paragraphs[0]);
    expect(pageText(gzipped!).text).toContain(EN.paragraphs[0]);
  });

  it('a .warc.gz with a damaged gzip member: that record is reported, the records around it are read', async () => {
    const units = await unpack('archive.warc.gz', bytes('archive.warc.gz'));
    expect(failures(units)).toEqual([expect.objectContaining({ error: expect.stringMatching(/damaged compressed record.*skipped/) })]);
    expect(pages(units).map((u) => u.url)).toEqual(['http://news.example.cn/a/1.html', 'http://paper.example.com/tram.html']);
  });

  it('binary data and empty input are failures, not pages', async () => {
    expect(await unpack('empty.html', new Uint8Array())).toEqual([expect.objectContaining({ ok: false, error: 'empty' })]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)]);
    const [unit] = await unpack('photo.html', png);
    expect(() => pageText(unit as PageUnit)).toThrow(/binary/);
  });
});
