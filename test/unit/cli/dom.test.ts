// The command line's DOM (bin/cli/dom.ts): linkedom for well-formed pages, happy-dom for pages whose structure the
// HTML standard implies (linkedom leaves those with an empty body), and no stall on a page nested to hurt.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../bin/cli/dom';
import { documentTitle, extractDocument } from '../../../lib/pipeline';

const bodyText = async (html: string) => {
  const page = await parseHtml(html, null);
  try {
    return page.document.body?.textContent ?? '';
  } finally {
    page.close();
  }
};

describe('parsing a saved page', () => {
  it('keeps every word of pages that leave <html>, <head> or <body> implied, as a browser does', async () => {
    expect(await bodyText('<p>第一段</p><div>第二段</div>')).toBe('第一段第二段');
    expect(await bodyText('<html><head><title>标题</title></head><p>没有body标签的正文</p></html>')).toBe('没有body标签的正文');
    expect(await bodyText('<html><body><p>正文</p></body></html><p>html之后的正文</p>')).toBe('正文html之后的正文');
    expect(await bodyText('<p>一<p>二')).toBe('一二');
  });

  it('reads a well-formed page whole, comments and a doctype around it', async () => {
    expect(await bodyText('<!-- saved --><!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"></head><body><p>甲<p>乙</body></html>')).toBe('甲乙');
  });

  it('finds the story of a page of 1,000 nested divs instead of stalling on it', async () => {
    const lead = '本报呼和浩特2月9日讯 记者从自治区商务厅获悉，2022年全区口岸完成进出境货运量5842.2万吨，同比增长14.7%。';
    const page = await parseHtml(`<!DOCTYPE html><html><head><title>要闻</title></head><body>${'<div>'.repeat(1000)}<p>${lead}</p><p>${lead}</p>${'</div>'.repeat(1000)}</body></html>`, null);
    try {
      const { result } = extractDocument(page.document, { url: null, gazetteer: null });
      expect(result.articles.flatMap((a) => a.paragraphs).join('')).toContain('5842.2万吨');
    } finally {
      page.close();
    }
  });

  it('finds the page title where a browser does: the first <title> anywhere, not an SVG image’s', async () => {
    const title = async (html: string) => {
      const page = await parseHtml(html, null);
      try {
        return documentTitle(page.document);
      } finally {
        page.close();
      }
    };
    // A page whose head ends before its <title> (scripts and a banner first): the title is in the body.
    expect(await title('<html><head><script>var a;</script></head><body><center>广告</center><meta charset="utf-8"><title>口岸货运量  创新高 | 数字报</title><p>正文</p></body></html>')).toBe('口岸货运量 创新高 | 数字报');
    expect(await title('<!DOCTYPE html><html><head></head><body><svg><title>图标</title></svg><p>正文</p></body></html>')).toBe('');
  });
});
