// Choosing the content blocks beside Readability.
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { furnitureOf, selectContentBlocks } from '../../../lib/blocks/content';

const html = `
  <div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">经济</a></div>
  <ul class="menu"><li><a href="/1">第01版</a></li><li><a href="/2">第02版</a></li></ul>
  <h1>标题在这里</h1>
  <p>本报讯（记者 王明）第一段正文，内容足够长，说明会议召开的情况和主要精神，</p>
  <p>栏目口号</p>
  <p>第二段正文接着上一段，继续讲述会议部署的各项重点工作和具体安排。</p>
  <p>图片说明文字。本报记者 李华 摄</p>
  <p>第三段正文，内容同样足够长，介绍下一步工作的计划和目标要求。</p>
  <div class="footer">版权所有 未经授权禁止转载</div>
  <p><a href="/x">相关链接一</a> <a href="/y">相关链接二</a></p>`;

function blocks() {
  const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  return blocksFromDom(doc.body);
}

describe('selectContentBlocks', () => {
  it('keeps what Readability kept, the short lines it dropped in between, and the headline above', () => {
    const dom = blocks();
    const readability = '本报讯（记者 王明）第一段正文，内容足够长，说明会议召开的情况和主要精神，\n第二段正文接着上一段，继续讲述会议部署的各项重点工作和具体安排。\n第三段正文，内容同样足够长，介绍下一步工作的计划和目标要求。';
    const kept = selectContentBlocks(dom, readability).map((i) => dom.blocks[i]?.text);
    expect(kept[0]).toBe('标题在这里');
    expect(kept).toContain('栏目口号');
    expect(kept).toContain('图片说明文字。本报记者 李华 摄');
    expect(kept.join()).not.toMatch(/首页|第01版|版权所有|相关链接/);
    expect(kept).toHaveLength(6);
  });

  it('keeps the paragraphs Readability merged on one line or spaced differently', () => {
    const dom = blocks();
    // One line for the whole story, with the spacing Readability's textContent leaves (line breaks, wide spaces).
    const readability =
      '  本报讯（记者  王明）第一段正文，内容足够长，说明会议召开的情况和主要精神，   第二段正文接着上一段，继续讲述会议部署的各项重点工作和具体安排。\u3000第三段正文，内容同样足够长，\n介绍下一步工作的计划和目标要求。';
    const kept = selectContentBlocks(dom, readability).map((i) => dom.blocks[i]?.text);
    expect(kept[0]).toBe('标题在这里');
    expect(kept[kept.length - 1]).toBe('第三段正文，内容同样足够长，介绍下一步工作的计划和目标要求。');
    expect(kept).toHaveLength(6);
  });

  it('keeps the short subheads and cells Readability kept in place, but not the same short words elsewhere', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><ul class="menu"><li>Meal 1</li><li>Meal 2</li></ul><h1>Meal prep for the week</h1>' +
        '<p>Here is a whole week of meals that you can cook ahead on a Sunday afternoon.</p><h3>Meal 1</h3>' +
        '<p>Oats with berries and a spoon of nut butter, cooked the night before.</p><h3>Meal 2</h3>' +
        '<p>Chicken, rice and greens, packed in glass boxes for the office.</p></body></html>',
      'text/html',
    );
    const dom = blocksFromDom(doc.body);
    const readability =
      'Here is a whole week of meals that you can cook ahead on a Sunday afternoon.Meal 1Oats with berries and a spoon of nut butter, cooked the night before.Meal 2Chicken, rice and greens, packed in glass boxes for the office.';
    const kept = selectContentBlocks(dom, readability, { oneStory: true }).map((i) => `${dom.blocks[i]?.tag}:${dom.blocks[i]?.text}`);
    expect(kept).toEqual(expect.arrayContaining(['h3:Meal 1', 'h3:Meal 2']));
    expect(kept).not.toContain('li:Meal 1');
  });

  it('heads the story with the h1 and its date line above the content, not the related-stories box between them', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><div class="hd"><a href="/">港聞網</a></div><h1>灣仔書展周末開幕 預計人流逾百萬</h1><div>2023年7月19日 08:30 本報記者</div>' +
        '<div class="box"><div>相關文章</div><div>書展門票今起公開發售</div><div>去年書展入場人次創新低</div><div>出版業界盼政府資助</div></div>' +
        '<p>一年一度的香港書展將於本周三至下周二在灣仔會議展覽中心舉行，主辦方預計入場人次逾一百萬。</p>' +
        '<p>今年書展共有來自三十多個國家和地區的六百多家參展商參與，並增設多個文化講座。</p></body></html>',
      'text/html',
    );
    const dom = blocksFromDom(doc.body);
    const readability = '一年一度的香港書展將於本周三至下周二在灣仔會議展覽中心舉行，主辦方預計入場人次逾一百萬。今年書展共有來自三十多個國家和地區的六百多家參展商參與，並增設多個文化講座。';
    const kept = selectContentBlocks(dom, readability, { oneStory: true }).map((i) => dom.blocks[i]?.text);
    expect(kept.slice(0, 2)).toEqual(['灣仔書展周末開幕 預計人流逾百萬', '2023年7月19日 08:30 本報記者']);
    expect(kept).not.toContain('相關文章');
    expect(kept).not.toContain('出版業界盼政府資助');
  });

  it('falls back to the densest run of prose when Readability returns nothing', () => {
    const dom = blocks();
    const kept = selectContentBlocks(dom, null).map((i) => dom.blocks[i]?.text);
    expect(kept[0]).toBe('标题在这里');
    expect(kept).toContain('第三段正文，内容同样足够长，介绍下一步工作的计划和目标要求。');
    expect(kept.join()).not.toMatch(/首页|第01版|版权所有|相关链接/);
  });
});

describe('selectContentBlocks on a page of several <article>s', () => {
  it('keeps every story even when Readability picked only one of them', () => {
    const story = (h: string) => `<article><h2>${h}</h2><p>${h} — the first paragraph of this story is long enough to count as prose on any page.</p></article>`;
    const doc = new DOMParser().parseFromString(`<html><body><nav><a href="/">Home</a></nav>${story('One')}${story('Two')}${story('Three')}</body></html>`, 'text/html');
    const dom = blocksFromDom(doc.body);
    const kept = selectContentBlocks(dom, 'Two — the first paragraph of this story is long enough to count as prose on any page.');
    expect(kept.map((i) => dom.blocks[i]?.text.slice(0, 5))).toEqual(['One', 'One —', 'Two', 'Two —', 'Three', 'Three']);
  });
});

describe('page furniture read during the block walk', () => {
  it('flags the same blocks as reading each block up the tree: nav, footer, named bars, a header outside any article', () => {
    document.body.innerHTML = `
      <div class="site-header"><p>首页 新闻 体育</p></div>
      <header><p>本报网站导航</p></header>
      <article><header><h1>头版头条标题</h1></header><p>正文第一段，足够长的一段文字。</p>
        <div id="share-bar"><p>分享到微博</p></div></article>
      <nav><ul><li>上一版</li><li>下一版</li></ul></nav>
      <div role="contentinfo"><p>版权所有 本报社</p></div>
      <div class="article-body"><p>另一段正文，不是页面装饰。</p></div>
      <footer><p>联系我们</p></footer>`;
    const walked = blocksFromDom(document.body);
    expect(walked.clutter).toBeDefined();
    const asked = furnitureOf({ blocks: walked.blocks, nodes: walked.nodes });
    expect(walked.clutter).toEqual(asked);
    const flagged = walked.blocks.filter((_, i) => walked.clutter![i] !== null).map((b) => b.text);
    expect(flagged).toEqual(['首页 新闻 体育', '本报网站导航', '分享到微博', '上一版', '下一版', '版权所有 本报社', '联系我们']);
  });

  it('leaves sign-up and confirmation dialogs out of a page of several <section>s', () => {
    const story = (h: string) =>
      `<section><h2>${h}</h2><p>The council approved the budget on Tuesday after a long debate that ran late into the evening and past midnight.</p></section>`;
    const dialog = (t: string) =>
      `<div class="modal-window"><section class="body"><h3>Register</h3><p>I agree to the processing of my personal data for the purpose of creating a personal account on this site, in compliance with its privacy policy.</p><p>${t}</p></section></div>`;
    const doc = new DOMParser().parseFromString(
      `<html><body><main>${story('Budget passes')}${story('Port strike ends')}</main>${dialog('E-mail: Password:')}<dialog><section><p>Your account has been deleted! You can restore your account within thirty days by following the link sent to you.</p></section></dialog></body></html>`,
      'text/html',
    );
    const dom = blocksFromDom(doc.body);
    const kept = selectContentBlocks(dom, null).map((i) => dom.blocks[i]?.text ?? '');
    expect(kept.some((t) => t.startsWith('I agree'))).toBe(false);
    expect(kept.some((t) => t.startsWith('Your account'))).toBe(false);
    expect(kept).toContain('Port strike ends');
  });
});
