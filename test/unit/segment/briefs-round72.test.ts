// Round 72's layout, on invented pages: a study site's current-affairs digest whose sections are named by parallel
// lead-ins ending in a colon ("国内要闻热点:" / "国际要闻热点:"), numbered paragraphs under the first and an unnumbered
// one under the second (sibling-labels.ts); and a story's own facets set the same way, which stay one article.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { siblingLeadIns } from '../../../lib/segment/sibling-labels';
import { blocksFromText } from '../../../lib/blocks/text';

const DIGEST = `备考的同学们,你们每天都看新闻吗?小编整理了本周的国内外要闻热点,快来看看吧!

国内要闻热点:

1、近日,江南某市一座建于民国年间的老戏楼完成修缮,重新向市民开放。修缮历时两年,工匠们按旧图纸复原了戏台的木雕和彩绘。

开放首日,不少老人带着孙辈前来看戏。一位老人说,“小时候就在这里听戏,如今又能坐在原来的位置上了。”

2、5日凌晨,北方某省迎来今冬第一场大雪,多条高速公路临时封闭。气象部门提醒,未来三天气温将持续走低,市民出行注意安全。

国际要闻热点:

南美某国选举委员会6日宣布,该国总统选举将于明年三月举行,共有五名候选人登记参选。`;

const FACETS = `Fire closes a warehouse on the east side

A fire broke out in a storage warehouse on the east side on Tuesday afternoon, the fire service said.

What we know:

1. Crews arrived within ten minutes and had the fire under control by evening. No one was hurt.

2. The road past the warehouse was closed for four hours.

3. Nearby shops were asked to keep their doors shut because of the smoke.

What we don't know:

The cause of the fire has not been found, and the owner has not said what was stored inside.`;

describe('a digest whose sections are named by parallel lead-ins ending in a colon', () => {
  it('reads each numbered paragraph and the paragraph under the second lead-in as an item of its own', () => {
    const { articles } = extractText(DIGEST, { gazetteer: null });
    expect(articles.map((a) => a.paragraphs[0]!.slice(0, 8))).toEqual(['1、近日,江南某', '2、5日凌晨,北', '南美某国选举委员']);
    // The first item keeps its second paragraph; the introduction and the lead-ins are no story's text.
    expect(articles[0]!.paragraphs).toHaveLength(2);
    expect(articles.some((a) => a.paragraphs.some((p) => /要闻热点:|备考的同学们/.test(p)))).toBe(false);
  });

  it('finds the lead-ins by their shared last words, not lines that differ inside or name the same thing', () => {
    const marks = (text: string) => {
      const blocks = blocksFromText(text);
      return [...siblingLeadIns(blocks, Int32Array.from(blocks, (b) => b.text.length))].map((m, k) => (m ? blocks[k]!.text : '')).filter(Boolean);
    };
    expect(marks(DIGEST)).toEqual(['国内要闻热点:', '国际要闻热点:']);
    expect(marks(FACETS)).toEqual([]);
    expect(marks('问:\n\n你为什么来这里?\n\n问:\n\n你打算留多久?')).toEqual([]);
  });

  it('leaves a story whose facets are set as lead-ins ending in a colon one article', () => {
    const { articles } = extractText(FACETS, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('Fire closes a warehouse on the east side');
  });
});
