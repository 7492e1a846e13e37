import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

const texts = (s: string) => findFigures(s).map((f) => f.text);

describe('number starts', () => {
  it('skips e-mail addresses and URLs whole, wherever their digits sit', () => {
    expect(texts('电话咨询，邮箱ab12@x.cn，今年增长15%')).toEqual(['15%']);
    expect(texts('见www.site2024.cn，增长3.5%')).toEqual(['3.5%']);
  });

  it('reads English number words only from the start of a word', () => {
    expect(texts('someone said one-third of 30 people')).toEqual(['one-third', '30 people']);
  });

  it('finds numbers after long runs of Chinese text with no digit in them', () => {
    const text = '内蒙古自治区呼和浩特市'.repeat(200) + '新增就业2.3万人';
    expect(texts(text)).toEqual(['2.3万人']);
  });
});
