// A page text's headline over a short label line and the byline (lib/segment/label-under.ts): the headline is the
// line above, the label a rubric — not the headline with the real headline as its kicker. A main title that shares
// its kicker's words stays the headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '“那时候的报纸只有四个版，我最爱看的是体育新闻。”周末的下午，在湖边的步道上，退休教师王大山向记者讲起他和一份报纸的往事。',
  '今年七十五岁的王大山，退休前在一所乡村中学教地理。他说，每天傍晚邮递员送来报纸，是全校老师最盼望的时刻。',
].join('\n\n');

describe('a short label between the headline and the byline', () => {
  it('heads the story with the headline and leaves the label out', () => {
    const r = text(`一位乡村教师的读报时光\n\n星空云存证\n\n本报记者 陈小明\n\n${body}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('一位乡村教师的读报时光');
    expect(r.articles[0]?.paragraphs.join('')).not.toContain('星空云存证');
  });

  it('keeps a short main title that shares its kicker’s words', () => {
    const r = text(`一位乡村教师坚持读报五十年\n\n读报五十年\n\n本报记者 陈小明\n\n${body}`);
    expect(r.articles[0]?.headline).toBe('读报五十年');
  });
});
