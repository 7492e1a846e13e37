// A share row's label left alone on its line, closed by a colon, its buttons (pictures) lost in the page text
// (lib/segment/tool-rows.ts SHARE_LABEL): page furniture, never the opening words of the story's first paragraph.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const page = (label: string) =>
  [
    '新闻频道 > 专题',
    '',
    '家门口的小公园开放了',
    '',
    '来源: 某某网  ',
    '2023-04-18 09:15:02',
    label,
    '',
    '  大家好!今天我们来到城南新开放的口袋公园,看看附近的居民怎么说。',
    '',
    '  住在对面小区的张阿姨说:“以前这里是一片空地,现在有了步道和座椅,每天晚饭后都来走一走。”',
  ].join('\n');

describe('a share label closed by a colon over the text', () => {
  for (const label of ['分享:', '分享到：']) {
    it(`keeps "${label}" out of the first paragraph`, () => {
      const r = text(page(label));
      expect(r.articles).toHaveLength(1);
      expect(r.articles[0]?.headline).toBe('家门口的小公园开放了');
      expect(r.articles[0]?.paragraphs[0]?.startsWith('大家好')).toBe(true);
    });
  }
});
