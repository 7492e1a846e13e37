// What the readers of short credit lines share (lib/segment/line-marks.ts): the short lines no earlier reading took as
// a byline, dateline or source line, read as the story's byline or as furniture; and, through them, a credit line
// under a headline signs the story and heads none (role-credits.ts, posted-names.ts, credit-pairs.ts).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { classify } from '../../../lib/segment/classify';
import { asAuthors, asFurniture, forEachFreeLine } from '../../../lib/segment/line-marks';

describe('the short lines a credit reader reads', () => {
  it('are the short lines not read already as a byline, each trimmed', () => {
    const blocks = blocksFromText(['  编辑 | 张馨尹  ', 'By Jane Doe', '一'.repeat(50)].join('\n\n'));
    const infos = blocks.map(classify);
    const seen: string[] = [];
    forEachFreeLine(blocks, infos, 40, (_, text) => seen.push(text));
    expect(seen).toEqual(['编辑 | 张馨尹']);
  });

  it('record a line as a byline or as furniture, never a headline', () => {
    const info = { ...classify({ text: '作者 | 周荣旺' } as never), title: true, pageLabel: true };
    const signed = asAuthors(info, ['周荣旺']);
    expect([signed.title, signed.markerOnly, signed.pageLabel, signed.byline?.authors]).toEqual([false, false, false, ['周荣旺']]);
    const furniture = asFurniture(info);
    expect([furniture.title, furniture.markerOnly, furniture.pageLabel, furniture.byline]).toEqual([false, true, false, info.byline]);
  });
});

describe('credit lines under a headline', () => {
  const page = (credit: string) =>
    ['江城老街改造完成', credit, '经过一年的施工，江城老街改造工程近日完工，沿街的老房子修旧如旧，石板路重新铺好，居民和游客纷纷前来参观。', '街道负责人表示，改造期间保留了老街原有的格局，商铺也将陆续开业，欢迎市民前来走走看看。'].join('\n\n');

  it('sign the story and head none', () => {
    for (const credit of ['作者 | 周荣旺', '■ 吴国祯(江城大学历史系教授)', '采写 | 陈保维 值班编辑 | 李钏瑜']) {
      const seg = segment(blocksFromText(page(credit)));
      expect(seg.articles).toHaveLength(1);
      expect(seg.articles[0]?.headline).toBe('江城老街改造完成');
      expect(seg.articles[0]?.paragraphs.join('')).not.toContain(credit);
    }
  });
});
