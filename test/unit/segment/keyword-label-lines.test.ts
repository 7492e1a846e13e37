// A keywords line under a story ("关键字：利率", "關鍵字：天氣", "標籤：交通"): the page's tags, furniture like the
// editor's line above it, never the story's last paragraph (issue 12, round 59: the label written 关键字, not 关键词).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { segmentHtml } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('a keywords line closing a story', () => {
  it('leaves a 关键字 line with its tag link out of a one-paragraph story', () => {
    const html = `<html><head><title>本月利率保持不变_经济_示例网</title></head><body>
      <div class="article"><h2>本月利率保持不变：两项报价均与上月持平</h2>
      <div class="source">本文来源于示例日报　2024-03-20 09:30:00</div>
      <div class="content"><p>示例日报讯（记者 王明 李华）3月20日，有关部门公布本月贷款市场报价利率，一年期和五年期以上两项报价均与上月持平，市场人士认为短期内仍将保持稳定。</p>
      <div class="writer">(编辑：张三)</div>
      <div class="keywords">关键字：<a href="/tags?tag=利率">利率</a></div></div></div>
      </body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs.join('\n')).not.toMatch(/关键字/);
    expect(seg.articles[0]?.paragraphs.at(-1)).toMatch(/保持稳定。$/);
  });

  it('leaves the traditional 關鍵字 and 標籤 lines out of a story in plain text', () => {
    for (const label of ['關鍵字：', '标签：', '標籤：', '关键字：']) {
      const seg = text(
        [
          '颱風過境 全市停課一天',
          '本報訊 颱風今天清晨在東部沿海登陸，市政府宣佈全市中小學停課一天，交通部門呼籲市民非必要不要外出。',
          '氣象部門表示，颱風預計傍晚前減弱，但沿海地區仍有強風豪雨，居民應遠離海邊並做好防範。',
          `${label} 颱風 停課`,
        ].join('\n\n'),
      );
      expect(seg.articles).toHaveLength(1);
      expect(seg.articles[0]?.paragraphs.join('\n'), label).not.toContain(label.slice(0, 2));
    }
  });
});
