// A headline over its dashed deck (lib/segment/dashed-deck.ts): the line a "——…" deck stands under is the story's
// headline, even where a page label above it shares more words with the text than the headline does; the deck stays
// under it, never the story's headline nor its first paragraph.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { isDashedDeck } from '../../../lib/segment/dashed-deck';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '  每到月底,我都要把这个月写过的文章内容重新整理一遍,看看哪些采访还能再深入,哪些内容写得不够扎实。',
  '  刚进报社那年,我写的第一篇文章就被编辑改得满篇红字,那些修改的内容我至今还留着,时常拿出来翻一翻。',
  '  如今再回头看,文章写得好不好,内容扎不扎实,全在平时一点一滴的积累,没有什么捷径可走。',
].join('\n');

const page = (deck: string) =>
  `文章内容\n\n市一中 - 《市一中校报》\n\n那一年的灯\n\n${deck}作者:新闻1801王晓明\n2019-11-12     浏览(88)     (0)\n\n${body}`;

describe('a headline over its dashed deck', () => {
  it('heads the story with the line over the deck, not the page label above it', () => {
    const r = text(page('———写在第二十个记者节\n\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('那一年的灯');
  });

  it('keeps the dashed deck under the headline, out of the text', () => {
    const r = text(page('———写在第二十个记者节\n\n'));
    expect(r.articles[0]?.subheadline).toBe('———写在第二十个记者节');
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^每到月底/);
  });

  it('never heads the story with the deck, the short headline over it left above', () => {
    const r = text(
      `文章内容\n\n市一中 - 《市一中校报》\n\n那一盏灯\n\n———写在第二十个记者节\n\n作者:高二3班 林晓\n2019-11-12     浏览(88)     (0)\n\n${body}`,
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('那一盏灯');
    expect(r.articles[0]?.subheadline).toBe('———写在第二十个记者节');
  });

  it('tells a dashed deck from a sentence of text', () => {
    expect(isDashedDeck('——写在第二十个记者节')).toBe(true);
    expect(isDashedDeck('—— 记一位老报人')).toBe(true);
    expect(isDashedDeck('——这是一句完整的话。')).toBe(false);
    expect(isDashedDeck('写在第二十个记者节')).toBe(false);
  });
});
