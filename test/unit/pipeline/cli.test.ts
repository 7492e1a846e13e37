// @vitest-environment node
// The command line as batch users run it (a child process through bin/jianbao.mjs), on the sample page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../lib/types';

function jianbao(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/jianbao.mjs', ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CONTRACT_KEYS = ['url', 'title', 'lang', 'rubrics', 'articles'];
const ARTICLE_KEYS = ['headline', 'subheadline', 'dateline', 'byline', 'published', 'paragraphs', 'fragments', 'continuedFrom', 'continuesTo', 'truncated', 'photo', 'figures', 'places'];

describe('jianbao extract', () => {
  it('prints the contract JSON for a saved page: 12 articles, offsets that point at the figure and place texts', () => {
    const { code, stdout, stderr } = jianbao(['extract', 'test/fixtures/seed/page.html', '--format', 'json', '--url', 'https://example.com/p.html']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ExtractResult;
    expect(Object.keys(result)).toEqual(CONTRACT_KEYS);
    expect(result.url).toBe('https://example.com/p.html');
    expect(result.articles).toHaveLength(12);
    for (const a of result.articles) {
      expect(Object.keys(a)).toEqual(ARTICLE_KEYS);
      for (const s of [...a.figures, ...a.places]) {
        const text = s.paragraph === -1 ? a.headline : a.paragraphs[s.paragraph]!;
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('gives the same articles from the page and from its plain text', () => {
    const html = JSON.parse(jianbao(['extract', 'test/fixtures/seed/page.html', '--format', 'json']).stdout) as ExtractResult;
    const text = JSON.parse(jianbao(['extract', 'test/fixtures/seed/page.txt', '--format', 'json']).stdout) as ExtractResult;
    expect(text.articles.map((a) => a.headline)).toEqual(html.articles.map((a) => a.headline));
    expect(text.articles.map((a) => a.paragraphs)).toEqual(html.articles.map((a) => a.paragraphs));
  });

  it('writes Markdown by default: one section per article with its dateline and figures', () => {
    const { code, stdout } = jianbao(['extract', '-'], readFileSync('test/fixtures/seed/page.html', 'utf8'));
    expect(code).toBe(0);
    expect(stdout.match(/^## /gm)).toHaveLength(12);
    expect(stdout).toContain('## 包头市九原区开展服务企业“面对面”大走访活动');
    // A Chinese page is written with Chinese labels (the page's language), and no empty source lines.
    expect(stdout).toContain('- 电头：本报包头2月9日电');
    expect(stdout).toContain('| 5842.2万吨 | 58422000 | t |');
    expect(stdout).toContain('scope: "page"');
    expect(stdout).not.toMatch(/^- (?:来源|网站)：\s*$/m);
    // Years are when, not how much: not in the figure tables unless asked for.
    expect(stdout).not.toContain('| 2022年 | 2022 |');
    expect(jianbao(['extract', '-', '--dates'], readFileSync('test/fixtures/seed/page.html', 'utf8')).stdout).toContain('| 2022年 | 2022 |');
  });

  it('writes its labels in the language --lang names', () => {
    const { code, stdout } = jianbao(['extract', '-', '--lang', 'en', '--url', 'https://example.com/p.html'], readFileSync('test/fixtures/seed/page.html', 'utf8'));
    expect(code).toBe(0);
    expect(stdout).toContain('- Dateline: 本报包头2月9日电');
    expect(stdout).toContain('- Source: <https://example.com/p.html>');
    expect(stdout).not.toContain('reporters:');
  });
});

describe('jianbao extract: places named in the labels\' language', () => {
  // Removing the placeName option in bin/cli/extract.ts makes the English table say 开罗 and 蒙古 again (checked).
  const text = 'Exports from Cairo to Mongolia reached $4.2 billion.\n';
  it('an English page names its places in English (the gazetteer\'s English names)', () => {
    const { stdout } = jianbao(['extract', '-'], text);
    expect(stdout).toContain('| Cairo | city |');
    expect(stdout).toContain('| Mongolia | country |');
    expect(stdout).not.toMatch(/开罗|蒙古/);
  });
  it('the JSON names each place in both languages: name (the gazetteer\'s Chinese) and nameEn (its English, or null)', () => {
    const placesOf = (input: string) => (JSON.parse(jianbao(['extract', '-', '--format', 'json'], input).stdout) as ExtractResult).articles.flatMap((a) => a.places);
    const english = placesOf(text);
    expect(english.find((p) => p.text === 'Mongolia')).toMatchObject({ name: '蒙古', nameEn: 'Mongolia', code: 'MN' });
    expect(english.find((p) => p.text === 'Cairo')).toMatchObject({ name: '开罗', nameEn: 'Cairo' });
    const chinese = placesOf('内蒙古自治区鄂尔多斯市乌审旗降雪4.8毫米，蒙古国也有降雪。\n');
    expect(chinese.map((p) => [p.name, p.nameEn])).toEqual([
      ['内蒙古自治区', 'Inner Mongolia'],
      ['鄂尔多斯市', 'Ordos'],
      // A Chinese county the gazetteer has no English name for: null, never a guess.
      ['乌审旗', null],
      ['蒙古', 'Mongolia'],
    ]);
  });
  it('with --lang zh the same places are named in Chinese', () => {
    const { stdout } = jianbao(['extract', '-', '--lang', 'zh'], text);
    expect(stdout).toContain('| 开罗 | 城市 |');
    expect(stdout).toContain('| 蒙古 | 国家 |');
  });
});

describe('jianbao extract: dateline dates', () => {
  it('gives a dateline\'s month and day the year of the page\'s publication date, as ISO (dateline.date)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jianbao-dated-')), 'dated.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>降雪缓解旱情</title>' +
        '<meta property="article:published_time" content="2023-02-10T08:00:00+08:00"></head><body><article>' +
        '<h1>全区多地降雪有效缓解当前旱情</h1><p>本报呼和浩特2月9日讯（记者 高慧）2月8日至9日，全区多地出现降雪天气，其中鄂尔多斯市准格尔旗4.9毫米。</p>' +
        '<p>气象部门表示，此次降雪对缓解当前旱情、增加土壤墒情十分有利，各地应抓住有利时机做好春耕准备工作。</p></article></body></html>',
    );
    const { stdout } = jianbao(['extract', file, '--format', 'json']);
    const [article] = (JSON.parse(stdout) as ExtractResult).articles;
    expect(article!.dateline).toMatchObject({ source: '本报', place: '呼和浩特', date: '2023-02-09', kind: '讯' });
  });
});

describe('jianbao annotate', () => {
  it('writes one JSON line per input line, in order, empty lines included', () => {
    const input = ['去年全区口岸完成进出境货运量5842.2万吨，同比增长14.7%。', '', 'Exports to Mongolia reached $4.2 billion.'].join('\n') + '\n';
    const { code, stdout } = jianbao(['annotate', '--lang', 'auto'], input);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { figures: { text: string; value: number }[]; places: { name: string }[] });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.figures.map((f) => [f.text, f.value])).toEqual([
      ['5842.2万吨', 58422000],
      ['14.7%', 14.7],
    ]);
    expect(lines[1]).toEqual({ figures: [], places: [] });
    expect(lines[2]!.figures[0]!.value).toBe(4.2e9);
    expect(lines[2]!.places.map((p) => p.name)).toContain('蒙古');
    expect(lines[2]!.places).toContainEqual(expect.objectContaining({ name: '蒙古', nameEn: 'Mongolia' }));
    expect(stdout).not.toContain('"paragraph"');
  });
});
