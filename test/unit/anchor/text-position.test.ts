// The page text the anchors are measured in, and conversion between its offsets and DOM ranges.
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRange, offsetsFromRange, pageText, rangeFromOffsets } from '../../../lib/anchor';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pageText', () => {
  it('joins the visible text nodes and leaves out scripts, styles, templates and the Jianbao panel', () => {
    document.body.innerHTML =
      '<h1>标题</h1><script>var x = "代码";</script><style>p{}</style><noscript>请开启脚本</noscript>' +
      '<template><p>模板</p></template><p>正文<b>加粗</b>结尾</p><div id="jianbao-host"><p>剪报面板</p></div><p>尾</p>';
    const index = pageText(document.body);
    expect(index.text).toBe('标题正文加粗结尾尾');
    expect(index.nodes.map((n) => [n.node.data, n.start])).toEqual([
      ['标题', 0],
      ['正文', 2],
      ['加粗', 4],
      ['结尾', 6],
      ['尾', 8],
    ]);
  });

  it('selections inside our own panel or a script cannot be described', () => {
    document.body.innerHTML = '<p>正文</p><div id="jianbao-panel"><p>面板文字</p></div>';
    const range = document.createRange();
    const panelText = document.querySelector('#jianbao-panel p')!.firstChild!;
    range.setStart(panelText, 0);
    range.setEnd(panelText, 2);
    expect(offsetsFromRange(pageText(document.body), range)).toBeNull();
    expect(() => describeRange(document.body, range)).toThrow(RangeError);
    range.setStart(document.body, 0);
    range.setEnd(document.querySelector('#jianbao-panel')!, 1);
    expect(offsetsFromRange(pageText(document.body), range)).toBeNull();
  });
});

describe('offsets and ranges', () => {
  it('maps offsets across node seams and back, preferring the node a boundary belongs to', () => {
    document.body.innerHTML = '<p>ab<i>cd</i>ef</p>';
    const index = pageText(document.body);
    const range = rangeFromOffsets(index, 2, 4, document);
    expect(range.toString()).toBe('cd');
    expect(range.startContainer.textContent).toBe('cd');
    expect(range.endContainer.textContent).toBe('cd');
    expect(offsetsFromRange(index, range)).toEqual({ start: 2, end: 4 });
    expect(rangeFromOffsets(index, 1, 5, document).toString()).toBe('bcde');
    expect(rangeFromOffsets(index, 0, 99, document).toString()).toBe('abcdef');
  });

  it('reads element boundary points as the offset of the next text', () => {
    document.body.innerHTML = '<p>ab</p><p>cd<i>ef</i></p><p>gh</p>';
    const index = pageText(document.body);
    const [, second, third] = Array.from(document.querySelectorAll('p'));
    const range = document.createRange();
    range.setStart(second, 1);
    range.setEnd(third, 0);
    expect(offsetsFromRange(index, range)).toEqual({ start: 4, end: 6 });
    range.setStart(document.body, 0);
    range.setEnd(document.body, document.body.childNodes.length);
    expect(offsetsFromRange(index, range)).toEqual({ start: 0, end: 8 });
  });

  it('handles a page of 50,000 text nodes and a 5 MB text node', () => {
    const container = document.createElement('div');
    for (let i = 0; i < 500; i++) {
      const p = document.createElement('p');
      for (let j = 0; j < 100; j++) {
        const span = document.createElement('span');
        span.textContent = `第${i * 100 + j}段。`;
        p.appendChild(span);
      }
      container.appendChild(p);
    }
    const big = document.createElement('p');
    big.textContent = '新闻'.repeat(2_500_000);
    container.appendChild(big);
    document.body.appendChild(container);

    const index = pageText(document.body);
    expect(index.nodes).toHaveLength(50_001);
    const at = index.text.indexOf('第43210段。');
    const range = rangeFromOffsets(index, at, at + 8, document);
    expect(range.toString()).toBe('第43210段。');
    expect(offsetsFromRange(index, range)).toEqual({ start: at, end: at + 8 });

    const deep = index.text.length - 1_000_000;
    const inBig = rangeFromOffsets(index, deep, deep + 4, document);
    expect(inBig.startContainer).toBe(big.firstChild);
    expect(offsetsFromRange(index, inBig)).toEqual({ start: deep, end: deep + 4 });

    const paragraphsRange = document.createRange();
    paragraphsRange.setStart(container, 120);
    paragraphsRange.setEnd(container, 121);
    const inParagraph = offsetsFromRange(index, paragraphsRange);
    expect(index.text.slice(inParagraph!.start, inParagraph!.end)).toBe(container.children[120].textContent);
  });
});
