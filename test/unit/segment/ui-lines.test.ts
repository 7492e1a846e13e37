// A web page's pager ("首页 | 上一页 1 下一页 | 尾页") and a loading bar's status ("加载中...") printed under a story
// are its controls, not its last paragraphs (lib/segment/ui-lines.ts; the round-28 中国青年网 and 手机新浪网 pages).
import { describe, expect, it } from 'vitest';
import { isUiLine } from '../../../lib/segment/ui-lines';
import { segmentHtml } from './helpers';

describe('isUiLine', () => {
  it('a pager line and a loading status, alone', () => {
    expect(isUiLine('首页 | 上一页 1 下一页 | 尾页')).toBe(true);
    expect(isUiLine('« 上一頁 1 2 3 下一頁 »')).toBe(true);
    expect(isUiLine('下一页')).toBe(true);
    expect(isUiLine('加载中...')).toBe(true);
    expect(isUiLine('点击加载更多')).toBe(true);
    expect(isUiLine('Loading…')).toBe(true);
  });

  it('a sentence about pages or loading, or a bare row of numbers, is no control', () => {
    expect(isUiLine('首页上一页的内容已经删除。')).toBe(false);
    expect(isUiLine('货轮正在加载中的集装箱有两百个')).toBe(false);
    expect(isUiLine('1 2 3')).toBe(false);
  });
});

describe('a story followed by its page controls', () => {
  it('neither the pager nor the loading status is one of its paragraphs', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = `<html><head><title>以战时内阁审查停火提案</title></head><body><article><h1>以战时内阁审查停火提案</h1>${p(
      '据以色列媒体5月19日报道，以战时内阁在18日晚开会，审查了一份重启与哈马斯进行人员交换谈判的提案。',
    )}${p('该提案由以色列谈判小组核心成员提出，并得到以色列国防部长等人的支持，但报道并未提及会议讨论结果。')}${p(
      '哈马斯本月6日宣布同意斡旋方提出的加沙地带停火提议，但以方表示哈马斯答应的条件与其要求相去甚远。',
    )}<div class="fy">首页&nbsp;|&nbsp;上一页&nbsp;<font>1</font>&nbsp;下一页&nbsp;|&nbsp;尾页</div><section><span>加载中...</span></section></article></body></html>`;
    const a = segmentHtml(html).seg.articles[0];
    expect(a?.paragraphs).toHaveLength(3);
    expect(a?.paragraphs.join('\n')).not.toMatch(/下一页|加载中/);
  });
});
