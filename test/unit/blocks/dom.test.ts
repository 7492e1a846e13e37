// Reading paragraph-level blocks from a DOM, with exact maps back to text nodes.
import { describe, expect, it } from 'vitest';
import { blocksFromDom, type DomBlocks } from '../../../lib/blocks/dom';

function read(html: string): DomBlocks {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  return blocksFromDom(doc.body);
}

/** Every run's characters in the block equal the node's characters, and every visible character is covered. */
function expectExactRuns(d: DomBlocks) {
  d.blocks.forEach((b, i) => {
    const covered = new Array<boolean>(b.text.length).fill(false);
    for (const r of d.nodes[i] ?? []) {
      expect(b.text.slice(r.blockStart, r.blockStart + r.length)).toBe(r.node.data.slice(r.nodeStart, r.nodeStart + r.length));
      for (let k = r.blockStart; k < r.blockStart + r.length; k++) covered[k] = true;
    }
    for (let k = 0; k < b.text.length; k++) if (b.text[k] !== ' ') expect(covered[k], `${b.text} @${k}`).toBe(true);
  });
}

describe('blocksFromDom', () => {
  it('reads paragraph-level elements as blocks with layout hints', () => {
    const d = read('<h1 class="hd">Big news</h1><p class="lead">First <a href="#">para</a>.</p><ul><li>One</li><li>Two</li></ul><div role="heading" aria-level="3">Side</div>');
    expect(d.blocks.map((b) => [b.text, b.tag, b.headingLevel])).toEqual([
      ['Big news', 'h1', 1],
      ['First para.', 'p', null],
      ['One', 'li', null],
      ['Two', 'li', null],
      ['Side', 'div', 3],
    ]);
    expect(d.blocks[0]?.className).toBe('hd');
    expectExactRuns(d);
  });

  it('collapses whitespace but keeps an exact map for every visible character', () => {
    const d = read('<p>  本报讯 \n\n (记者   王明)<b>今天</b>\t上午，\u3000会议召开。 </p><p>Hello   big\nworld</p>');
    expect(d.blocks.map((b) => b.text)).toEqual(['本报讯 (记者 王明)今天 上午， 会议召开。', 'Hello big world']);
    expectExactRuns(d);
  });

  it('skips scripts, styles, hidden elements and the Jianbao panel', () => {
    const d = read(
      '<p>Seen</p><script>var x = 1;</script><style>p{}</style><noscript>no js</noscript>' +
        '<p hidden>hidden attr</p><p aria-hidden="true">aria</p><div style="display: none"><p>none</p></div>' +
        '<div id="jianbao-host"><p>panel</p></div><div class="jianbao-panel"><p>panel 2</p></div><template><p>tpl</p></template>',
    );
    expect(d.blocks.map((b) => b.text)).toEqual(['Seen']);
  });

  it('splits a block at <br><br> and at nested block elements, keeping direct text of divs', () => {
    const d = read('<div>标题一<br><br>正文第一段<br>接着写<p>内层段落</p>尾部文字</div>');
    expect(d.blocks.map((b) => [b.text, b.tag])).toEqual([
      ['标题一', 'div'],
      ['正文第一段 接着写', 'div'],
      ['内层段落', 'p'],
      ['尾部文字', 'div'],
    ]);
    expectExactRuns(d);
  });

  it('numbers <article> containers, and <section>s only when there are several side by side', () => {
    const d = read('<article><h2>A</h2><p>a</p></article><article><h2>B</h2><p>b</p></article><section><p>lone</p></section>');
    expect(d.blocks.map((b) => b.container)).toEqual([0, 0, 1, 1, null]);
    const s = read('<main><section><h2>A</h2></section><section><h2>B</h2></section></main>');
    expect(s.blocks.map((b) => b.container)).toEqual([0, 1]);
  });

  it('marks emphasis: whole block bold, or a title-like class', () => {
    const d = read('<p><strong>全文加粗的标题</strong></p><p>部分<b>加粗</b>的正文</p><p class="bt">版面标题</p><div class="article-title">Headline</div>');
    expect(d.blocks.map((b) => b.emphasis)).toEqual([true, false, true, true]);
  });

  it('reads 50,000 nodes and a 5 MB text node without recursion limits, keeping every block', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const frag = doc.createDocumentFragment();
    for (let i = 0; i < 25000; i++) {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode(`Paragraph ${i} with some text.`));
      frag.appendChild(p);
    }
    doc.body.appendChild(frag);
    let deep: Element = doc.body;
    for (let i = 0; i < 3000; i++) {
      const div = doc.createElement('div');
      deep.appendChild(div);
      deep = div;
    }
    deep.appendChild(doc.createTextNode('deep text'));
    const big = doc.createElement('pre');
    big.appendChild(doc.createTextNode('数据 data\n'.repeat(500000)));
    doc.body.appendChild(big);
    const d = blocksFromDom(doc.body);
    expect(d.blocks).toHaveLength(25002);
    expect(d.blocks[25000]?.text).toBe('deep text');
    expect(d.blocks[25001]?.text.length).toBeGreaterThan(3_900_000);
  });
});

describe('inline boxes that CSS sets on lines of their own', () => {
  it('a name span and a job-title span with no space between them read as two words, not one', () => {
    const d = read('<div class="byline"><span>By Faisal Islam</span><span>Economics editor</span></div>');
    expect(d.blocks.map((b) => b.text)).toEqual(['By Faisal Islam Economics editor']);
    expectExactRuns(d);
  });

  it('nested inline text and lower-case continuations stay joined', () => {
    const d = read("<p><a href='#'>Faisal</a>'s report, <b>Bei</b><i>jing</i> and <span>i</span><span>Phone</span>, <span>UN</span><span>ESCO</span>.</p><p><span>本报</span><span>北京</span></p>");
    expect(d.blocks.map((b) => b.text)).toEqual(["Faisal's report, Beijing and iPhone, UNESCO.", '本报北京']);
  });
  it('reads a data table row by row, its cells apart by a space, and keeps a block per cell of a layout table', () => {
    const d = read(
      '<table><thead><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr></thead>' +
        '<tbody><tr><td>1</td><td>Kyle <b>Busch</b></td><td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></tbody></table>' +
        '<table><tr><td><p>版面左栏第一篇文章的正文。</p></td><td>右栏<br>第二篇</td></tr><tr><td>单格</td></tr></table>',
    );
    expect(d.blocks.map((b) => [b.text, b.tag])).toEqual([
      ['Pos. Driver Points', 'tr'],
      ['1 Kyle Busch 5040', 'tr'],
      ['2 Martin Truex Jr. 5035', 'tr'],
      ['版面左栏第一篇文章的正文。', 'p'],
      ['右栏 第二篇', 'td'],
      ['单格', 'td'],
    ]);
    expectExactRuns(d);
  });
});
