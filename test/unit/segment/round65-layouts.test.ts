// Layouts met in held-out round 65 of issue #12 (Traditional Chinese page texts): a letter whose text opens on a short
// question line, a view-count line over the text, a caption closed by who gave the picture. Texts written here, each
// in the shape the real pages print (test/fixtures/real/zh/README.md, round 65).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const read = (lines: string[], sep = '\n\n') => segment(blocksFromText(lines.join(sep))).articles;
const P1 = '這幾年來,每逢城裡有大事發生,我們總會收到許多讀者的來信與問候,問我們是否一切安好。';
const P2 = '去年起我們改為會員制,靠著讀者的訂閱支持撐過了最艱難的日子,也得到了多個新聞獎項的肯定。';
const P3 = '但廣告收入持續下滑,我們不得不縮減開支,好幾個已經規劃好的採訪計畫只能暫時擱置下來。';

describe('a text opened by a short question on its own line (opening-question.ts)', () => {
  it('under a headline, a quoted standfirst and the outlet\'s name: one article under the headline, the question its text', () => {
    const a = read(['歡迎加入我們,一起守護地方新聞的未來', '「有你的支持,我們才能走得更遠,看見更多人的故事。」', '山城報', '我們還好嗎?', P1, P2, P3], '\n');
    expect(a.map((x) => x.headline)).toEqual(['歡迎加入我們,一起守護地方新聞的未來']);
    expect(a[0]!.paragraphs.join('')).toContain('我們還好嗎?');
  });

  it('under a headline read with its standfirst, credit, date and tag lines: one story, not two', () => {
    const a = read(['專欄', '歡迎加入我們,一起守護地方新聞的未來', '有你的支持,我們才能走得更遠,看見更多人的故事,並一起抵抗遺忘。', '插畫:Lin Wei', '山城報', '刊登於 2022-03-15', '#山城週報#地方新聞', '我們還好嗎?', P1, P2, P3]);
    expect(a.map((x) => x.headline)).toEqual(['歡迎加入我們,一起守護地方新聞的未來']);
    expect(a[0]!.paragraphs.join('')).toContain(P1);
  });
});

describe('a popularity count over the text (live-pages.ts)', () => {
  it('"人氣 1234" under the headline is furniture, not the headline', () => {
    const a = read(['山城新移民眼中的地方小報', '人氣 1234', `【山城週報2021年05月02日訊】${P1}`, P2, P3]);
    expect(a.map((x) => x.headline)).toEqual(['山城新移民眼中的地方小報']);
    expect(a[0]!.paragraphs.join('')).not.toContain('人氣');
  });
});

describe('a caption closed by who gave the picture (credit-captions.ts)', () => {
  it('"…。(讀者提供)" alone under the headline does not run into the first paragraph', () => {
    const a = read(['小城日報》老記者的日子(王小明)', '山城週報的舊報社。(讀者提供)', P1, P2, P3]);
    expect(a).toHaveLength(1);
    expect(a[0]!.paragraphs[0]).toBe(P1);
  });

  it('a sentence closed by "(name提供)" between paragraphs stays out of the next paragraph', () => {
    const a = read(['山城新移民眼中的地方小報', P1, '陳大同認為小報是社區的聲音。(陳大同提供)', P2, P3]);
    expect(a).toHaveLength(1);
    expect(a[0]!.paragraphs.some((p) => p.startsWith('陳大同認為') && p.includes(P2.slice(0, 8)))).toBe(false);
  });
});
