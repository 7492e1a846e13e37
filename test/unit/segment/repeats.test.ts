// A story repeated in part by the page (a pull quote, a teaser set twice) keeps each sentence once.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/segment';
import type { Block } from '../../../lib/types';

function p(text: string): Block {
  return { text, tag: 'p', headingLevel: null, className: '', container: null, emphasis: false };
}

describe('repeated sentences', () => {
  it('drops a sentence repeated after many others of the very same length', () => {
    // Forty distinct sentences of one length, then the fifth one again.
    const sentences = Array.from({ length: 40 }, (_, k) => `第${String(k).padStart(2, '0')}项工程今年按期完工投入使用。`);
    const body = [p(sentences.slice(0, 20).join('')), p(sentences.slice(20).join('')), p(`${sentences[5]}新的一句话在这里结束了。`)];
    const [article] = segment([p('工程建设进展顺利'), ...body], {}).articles;
    const text = article?.paragraphs.join('') ?? '';
    expect(text.split(sentences[5] ?? '').length - 1).toBe(1);
    expect(text).toContain('新的一句话在这里结束了。');
    for (const s of sentences) expect(text).toContain(s);
  });

  it('keeps sentences that differ only late in the text', () => {
    const a = '今年全市新建改建农村公路一百二十公里，惠及沿线群众。';
    const b = '今年全市新建改建农村公路一百二十公里，惠及沿线村庄。';
    const [article] = segment([p('农村公路建设'), p(a + b), p(a)], {}).articles;
    const text = article?.paragraphs.join('') ?? '';
    expect(text).toContain(b);
    expect(text.split(a).length - 1).toBe(1);
  });
  it('keeps the short labels a story repeats over each of its parts', () => {
    const plan = (n: number) => [p(`Plan ${n}`), p('Eat 60–90 minutes before your workout'), p(`Oats, berries and ${n} spoons of nut butter, cooked the night before and kept cold.`)];
    const [article] = segment([p('A week of meal prep'), p('Here is a whole week of meals that you can cook ahead on a Sunday afternoon.'), ...plan(1), ...plan(2)], { lang: 'en', oneStory: true }).articles;
    expect(article?.paragraphs.filter((t) => t === 'Eat 60–90 minutes before your workout')).toHaveLength(2);
  });
});
