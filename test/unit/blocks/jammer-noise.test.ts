// A forum's anti-copy noise (random ASCII closing every Chinese line, and lines of nothing else) is no text: the
// headline keeps none of it and no noise line becomes a paragraph. Lines closed by a code or a date are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { extractText } from '../../../lib/pipeline';

const PAGE = [
  '码头工人们在海港迎来新的一天  3Tze`Q 9  ',
  ' la#f,C3_  ',
  '王明 (2008-01-25)  eq.K77El{J  ',
  ' h-',
  '第一段的文字写在这里,说的是码头上工人的一天,从凌晨开始。 ?:l3O_U5  ',
  ' x&9}]E^<  ',
  ' 第二段的文字接着写下去,说的是他们怎样把货物装上船。 (pM5B8U  ',
  ' Poy ]5:.  ',
  ' 第三段的文字写到傍晚,船离开了港口,工人们回家。 &.z: i5&o!  ',
].join('\n');

describe('anti-copy noise in a page text', () => {
  it('is cut from the lines and its lines dropped', () => {
    const texts = blocksFromText(PAGE).map((b) => b.text);
    expect(texts[0]).toBe('码头工人们在海港迎来新的一天');
    expect(texts.some((t) => /[`{}&^]|pM5B8U|Poy/.test(t))).toBe(false);
  });

  it('leaves the headline of a forum copy clean (real page, round 33 of issue 12)', () => {
    const page = readFileSync(join(process.cwd(), 'test/fixtures/real/zh/bachinese-zaobao-southern-idealists.txt'), 'utf8');
    const r = extractText(page, { gazetteer: null });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('南方的理想主义者');
    expect(r.articles[0]?.paragraphs.join('\n')).not.toMatch(/pM5B8U|Ug>yTc/);
  });

  it('leaves a page whose lines end with a code or a date once or twice alone', () => {
    const page = '新型号 A380 上线\n\n发布时间 2024-01-01\n\n第一段的文字写在这里,说的是机场的一天。';
    expect(blocksFromText(page).map((b) => b.text)).toContain('新型号 A380 上线');
  });
});
