// Broken and hostile pages through the whole pipeline (lib/pipeline.ts extractDocument) on happy-dom documents:
// nothing throws, spans stay exact, the page is left as it was, and an empty page yields no articles
// (which the panel shows as "no article text"). The bound on time is vitest's testTimeout.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';
import type { ExtractResult } from '../../../lib/types';
import { allText, expectWellFormed, gazetteer, snapshot } from './well-formed';

const HEADLINE = '去年全区口岸进出境货运量同比增长14.7%';
const LEAD = '本报呼和浩特2月9日讯 (记者高慧)记者从自治区商务厅获悉,2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%。';
const BODY = '其中,鄂尔多斯市准格尔旗完成货运量1900万吨,占全区货运总量的32.6%;包头市九原区新签约项目10个,意向金额达660.19亿元。';

function story(extra = ''): string {
  return `<article><h2>${HEADLINE}</h2><p>${LEAD}</p><p>${BODY}</p>${extra}</article>`;
}

function page(body: string, head = '<title>要闻 · 数字报</title>'): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** Runs the pipeline on a parsed page and checks the page's markup is byte-for-byte what it was. */
function extractHtml(html: string, prepare?: (doc: Document) => void): ExtractResult {
  // The test window's DOM (happy-dom) builds a page as a browser does, and lets a test do what a page's scripts do.
  const document = new DOMParser().parseFromString(html, 'text/html');
  prepare?.(document);
  const before = snapshot(document);
  const { result } = extractDocument(document, { url: 'https://epaper.example.cn/', gazetteer: gazetteer() });
  expect(snapshot(document) === before).toBe(true);
  expectWellFormed(result);
  return result;
}

function figureTexts(r: ExtractResult): string[] {
  return r.articles.flatMap((a) => a.figures.map((f) => f.text));
}
function placeNames(r: ExtractResult): string[] {
  return r.articles.flatMap((a) => a.places.map((p) => p.name));
}

describe('pages with nothing to extract give no articles (the panel then says so)', () => {
  it('a document whose <body> was removed', () => {
    const r = extractHtml(page(story()), (doc) => doc.body?.remove());
    expect(r.articles).toEqual([]);
  });

  it('a document with no root element at all', () => {
    const r = extractHtml(page(story()), (doc) => doc.documentElement?.remove());
    expect(r.articles).toEqual([]);
  });

  it('a frameset page', () => {
    const html = '<!DOCTYPE html><html><head><title>版面导航</title></head><frameset cols="30%,70%"><frame src="nav.htm"><frame src="content.htm"></frameset></html>';
    expect(extractHtml(html).articles).toEqual([]);
  });

  it('an empty body, and a body of whitespace and comments', () => {
    expect(extractHtml(page('')).articles).toEqual([]);
    expect(extractHtml(page('  \n\t <!-- 5842.2万吨 --> \u00a0 ')).articles).toEqual([]);
  });

  it('a page whose only text is in scripts and styles', () => {
    const r = extractHtml(page('<script>var s = "货运量5842.2万吨";</script><style>p::before{content:"包头市"}</style><noscript>请启用脚本</noscript>'));
    expect(r.articles).toEqual([]);
  });
});

describe('huge and deep pages finish with the story found', () => {
  it('50,000 nodes: a script-built page of thousands of paragraphs, each of many text nodes', () => {
    const r = extractHtml(page(story('<div id="feed"></div>')), (doc) => {
      const feed = doc.getElementById('feed')!;
      for (let i = 0; i < 2500; i++) {
        const p = doc.createElement('p');
        // Adjacent text nodes, as pages that write text piece by piece leave them.
        for (let k = 0; k < 19; k++) p.append(doc.createTextNode(k ? `货运量${i * 19 + k}万吨${k === 18 ? '。' : ','}` : `第${i}条:`));
        feed.append(p);
      }
      let nodes = 0;
      const walker = doc.createTreeWalker(doc, 0xffffffff);
      while (walker.nextNode()) nodes++;
      expect(nodes).toBeGreaterThanOrEqual(50_000);
    });
    expect(figureTexts(r)).toContain('5842.2万吨');
    expect(figureTexts(r)).toContain('47499万吨');
  });

  it('a 5 MB single text node', () => {
    const sentence = '全区口岸完成进出境货运量5842.2万吨,同比增长14.7%,包头市九原区签约项目10个。';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const r = extractHtml(page(`<div class="content"></div>`), (doc) => {
      doc.querySelector('.content')!.append(doc.createTextNode(text));
      expect(doc.body!.textContent!.length).toBeGreaterThanOrEqual(5_000_000);
    });
    expect(Array.isArray(r.articles)).toBe(true);
  });

  it('markup nested 5,000 levels deep', () => {
    const depth = 5000;
    const r = extractHtml(page(story()), (doc) => {
      let el: Element = doc.body!;
      for (let i = 0; i < depth; i++) el = el.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
      el.append(doc.createTextNode(BODY));
    });
    expect(allText(r)).toContain('5842.2万吨');
  });

  it('a page parsed from 1,000 levels of nested tags (deep enough to cost Readability minutes, shallow enough to parse)', () => {
    const html = page('<div>'.repeat(1000) + `<p>${LEAD}</p><p>${BODY}</p>` + '</div>'.repeat(1000));
    const r = extractHtml(html);
    expect(figureTexts(r)).toContain('5842.2万吨');
  });

  it('a page parsed from 5,000 levels of nested tags', () => {
    const html = page('<div>'.repeat(5000) + `<p>${LEAD}</p><p>${BODY}</p>` + '</div>'.repeat(5000));
    const r = extractHtml(html);
    expect(figureTexts(r)).toContain('5842.2万吨');
  });
});

describe('odd but legal pages', () => {
  it('shadow DOM next to the story: the story is read, the shadow root is left alone', () => {
    const r = extractHtml(page(`<div id="widget"></div>${story()}`), (doc) => {
      const shadow = doc.getElementById('widget')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p>广告:投资回报率高达300%,包头市限时优惠</p>';
    });
    expect(allText(r)).toContain('5842.2万吨');
  });

  it('invisible text is never reported: hidden, display:none, visibility:hidden, aria-hidden', () => {
    const hidden = [
      '<p hidden>隐藏的数字7777.7万吨</p>',
      '<p style="display: none">隐藏的数字8888.8万吨</p>',
      '<p style="visibility:hidden">隐藏的数字6666.6万吨</p>',
      '<p aria-hidden="true">隐藏的数字5555.5万吨</p>',
    ].join('');
    const r = extractHtml(page(story(hidden)));
    expect(figureTexts(r)).toContain('5842.2万吨');
    const text = allText(r);
    for (const n of ['7777.7', '8888.8', '6666.6', '5555.5']) expect(text).not.toContain(n);
  });

  it('right-to-left text and bidi controls keep exact offsets', () => {
    const rtl = '<p dir="rtl">ارتفعت الصادرات بنسبة 14.7% إلى 5842.2 مليون طن في عام 2022.</p><p dir="rtl">עלייה של 32.6% בנפח המטען.</p>';
    const bidi = `<p>\u202e${BODY}\u202c \u200f包头市\u200e 660.19亿元</p>`;
    const r = extractHtml(page(story(rtl + bidi), '<title>نشرة</title>'));
    expect(figureTexts(r)).toContain('5842.2万吨');
  });

  it('emoji and rare CJK (surrogate pairs) right next to figures and places', () => {
    const paragraph = '𠀀𪚥包头市📈货运量5842.2万吨🚚同比增长14.7%𠀀,鄂尔多斯市👍1900万吨𪚥';
    const r = extractHtml(page(`<article><h2>𪚥口岸货运量创新高🎉</h2><p>${LEAD}</p><p>${paragraph}</p></article>`));
    expect(figureTexts(r)).toEqual(expect.arrayContaining(['5842.2万吨', '14.7%', '1900万吨']));
    expect(placeNames(r)).toEqual(expect.arrayContaining(['包头市', '鄂尔多斯市']));
    // No span starts or ends inside a surrogate pair.
    for (const a of r.articles) {
      for (const s of [...a.figures, ...a.places]) {
        const t = s.paragraph < 0 ? a.headline : a.paragraphs[s.paragraph]!;
        expect(t.charCodeAt(s.start) >= 0xdc00 && t.charCodeAt(s.start) <= 0xdfff).toBe(false);
        expect(t.charCodeAt(s.end - 1) >= 0xd800 && t.charCodeAt(s.end - 1) <= 0xdbff).toBe(false);
      }
    }
  });

  it('markup written as text in headlines and paragraphs stays text, and adds no element to the page', () => {
    const attack = '&lt;img src=x onerror=alert(1)&gt;';
    const html = page(`<article><h2>${attack}货运量增长14.7%</h2><p>${LEAD}</p><p>&lt;script&gt;alert("包头市")&lt;/script&gt;${BODY} <a href="javascript:alert(1)" onclick="alert(2)">链接</a></p></article>`);
    let images = -1;
    const r = extractHtml(html, (doc) => (images = doc.getElementsByTagName('img').length));
    expect(images).toBe(0);
    const text = allText(r);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert("包头市")</script>');
  });
});
