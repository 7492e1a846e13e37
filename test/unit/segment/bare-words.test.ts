import { describe, expect, it } from 'vitest';
import { bareWords } from '../../../lib/segment/bare-words';

describe('bareWords: the words two prints of one line share', () => {
  it('drops spaces, punctuation and symbols, and folds full-width forms', () => {
    expect(bareWords('“一带一路” 倡议：十年 ——回顾')).toBe(bareWords('一带一路倡议十年回顾'));
    expect(bareWords('ＡＢＣ　１２３！')).toBe('ABC123');
    expect(bareWords('~~~ 城市 · 更新 ~~~')).toBe('城市更新');
  });

  it('keeps letters, digits and Han characters apart from each other in order', () => {
    expect(bareWords('Page 2: 第二版')).toBe('Page2第二版');
    expect(bareWords('新闻 A')).not.toBe(bareWords('新闻 B'));
  });
});
