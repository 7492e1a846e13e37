// `jianbao extract`'s default output: one page says what it is (scope page, its address and site), writes no empty
// lines, leaves dates out of the figure tables unless asked, and speaks the page's language (or the one asked for).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../bin/cli/dom';
import { pageMarkdown } from '../../../lib/export/page-markdown';
import { extractDocument } from '../../../lib/pipeline';
import { parseGazetteer } from '../../../lib/places';

const gazetteer = parseGazetteer(JSON.parse(readFileSync('public/gazetteer.json', 'utf8')));
const URL_ = 'https://szb.northnews.cn/nmgrb/html/2023-02/10/content_36245_249871.htm';

async function extracted(file: string, url: string | null) {
  const page = await parseHtml(readFileSync(resolve('test/fixtures', file), 'utf8'), url);
  try {
    return extractDocument(page.document, { url, gazetteer }).result;
  } finally {
    page.close();
  }
}

const T = Date.UTC(2023, 1, 10);

describe('one page as Markdown', () => {
  let result: Awaited<ReturnType<typeof extracted>>;
  beforeAll(async () => {
    result = await extracted('seed/page.html', URL_);
  });

  it('states the publication time the page gives its story, and none when its stories give several or none', async () => {
    const html = `<html><head><title>Council passes the budget - The Daily</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2023-02-10T08:00:00+08:00"></head><body><article><h1>Council passes the budget</h1>
      <p>The council passed the budget on Tuesday after a long debate that ran late into the evening.</p>
      <p>The mayor said the money would go to schools and roads first, then to the parks.</p></article></body></html>`;
    const page = await parseHtml(html, 'https://daily.example/budget');
    const one = extractDocument(page.document, { url: 'https://daily.example/budget', gazetteer: null }).result;
    page.close();
    expect(pageMarkdown(one, T).slice(0, 400)).toContain('published: "2023-02-10T08:00:00+08:00"');
    expect(pageMarkdown(result, T).slice(0, 400)).not.toContain('published:');
  });

  it('says it is one page, with its address and site, and no count of clippings', () => {
    const md = pageMarkdown(result, T);
    const front = md.slice(0, md.indexOf('\n---', 4));
    expect(front).toContain('scope: "page"');
    expect(front).toContain(`source: "${URL_}"`);
    expect(front).toContain('site: "szb.northnews.cn"');
    expect(front).toContain(`articles: ${result.articles.length}`);
    expect(front).not.toContain('clippings:');
    // The page's address once, above the articles, not repeated under each.
    expect(md.split(URL_).length - 1).toBeLessThanOrEqual(2 + result.articles.length);
    expect(md).not.toMatch(/^- (?:Source|Site|来源|网站)：?:? *$/m);
  });

  it('writes no empty Source or Site line for a page read without an address', async () => {
    const md = pageMarkdown(await extracted('seed/page.html', null), T);
    expect(md).toContain('scope: "page"');
    expect(md).not.toMatch(/^source:|^site:/m);
    expect(md).not.toMatch(/^- (?:Source|Site|来源|网站)\S* *$/m);
    expect(md).not.toContain('<>');
  });

  it('leaves years and dates out of the figure tables unless asked for', () => {
    const dated = result.articles.flatMap((a) => a.figures).filter((f) => f.kind === 'date');
    expect(dated.some((f) => f.text === '2022年')).toBe(true);
    const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| 2022年 |'));
    expect(rows(pageMarkdown(result, T))).toEqual([]);
    expect(rows(pageMarkdown(result, T, { dates: true })).length).toBeGreaterThan(0);
  });

  it('labels a Chinese page in Chinese, with no field names of the data, and in English when asked', () => {
    const zh = pageMarkdown(result, T);
    expect(zh).toContain('| 数字 | 数值 | 单位 |');
    expect(zh).toContain('| 地名 | 级别 |');
    expect(zh).toMatch(/^- 署名：记者 \S+/m);
    expect(zh).not.toMatch(/reporters|Byline|\| Figure \|/);
    const en = pageMarkdown(result, T, { lang: 'en' });
    expect(en).toContain('| Figure | Value | Unit |');
    expect(en).toMatch(/^- Byline: Reporters? \S+/m);
    expect(en).not.toContain('reporters:');
  });

  it('labels an English page in English', async () => {
    const md = pageMarkdown(await extracted('e2e/english-wire.html', 'https://example.com/wire'), T);
    expect(md).toContain('scope: "page"');
    expect(md).not.toMatch(/数字|地名|署名/);
  });
});
