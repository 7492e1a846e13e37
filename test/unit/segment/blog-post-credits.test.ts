// A blog post's author line with the clock time and a read counter after the date (lib/segment/account-dates.ts), a
// role word followed by an adverb (a sentence's subject, no byline: lib/segment/byline.ts, validName), and a web
// byline line naming the paper before a slash (lib/segment/byline.ts, FILED_BY): each page is one story under its
// own headline, in Traditional and Simplified script alike.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseBylineLine } from '../../../lib/segment/byline';
import { isAccountDateLine } from '../../../lib/segment/account-dates';

const text = (s: string) => segment(blocksFromText(s));

const hant = [
  '江城晚報的值班室在夜裡總是最熱鬧的地方,電話一響,大家就放下飯盒往外跑,江城的雨也總在這時候下起來。',
  '今天跑了兩場記者會,一場在市政府,一場在醫院,回到江城晚報的辦公室時已經快九點了,稿子還沒寫完。',
  '雖然累,但看到讀者的留言,還是覺得這份工作值得,明天也要繼續努力,把更多的故事寫給大家看。',
];
const hans = [
  '江城晚报的值班室在夜里总是最热闹的地方,电话一响,大家就放下饭盒往外跑,江城的雨也总在这时候下起来。',
  '今天跑了两场记者会,一场在市政府,一场在医院,回到江城晚报的办公室时已经快九点了,稿子还没写完。',
  '虽然累,但看到读者的留言,还是觉得这份工作值得,明天也要继续努力,把更多的故事写给大家看。',
];

describe('a blog post under its author, date, time and read-counter line', () => {
  it('reads the line as the post’s own credit', () => {
    expect(isAccountDateLine('王小明 2024/03/05 21:10 點閱 120 次')).toBe(true);
    expect(isAccountDateLine('王小明 2024-03-05 21:10 阅读 120')).toBe(true);
  });

  it('is headed by the line over it, not by the masthead whose words the text repeats (Traditional)', () => {
    const r = text(['江城晚報', '秋風中的等待', '王小明 2024/03/05 21:10 點閱 120 次', ...hant].join('\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('秋風中的等待');
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^江城晚報的值班室/);
  });

  it('is headed by the line over it (Simplified)', () => {
    const r = text(['江城晚报', '秋风中的等待', '王小明 2024/03/05 21:10 点阅 120 次', ...hans].join('\n'));
    expect(r.articles[0]?.headline).toBe('秋风中的等待');
  });
});

describe('a role word followed by an adverb', () => {
  it('is a sentence’s subject, no byline', () => {
    expect(parseBylineLine('記者也有兩種')).toBeNull();
    expect(parseBylineLine('记者还在现场')).toBeNull();
    expect(parseBylineLine('記者王小明')?.reporters).toEqual(['王小明']);
  });

  it('leaves a headline of two phrases parted by a space the post’s headline', () => {
    const r = text(['江城晚報', '茶有兩種 記者也有兩種', '王小明 2024/03/05 21:10 點閱 120 次', ...hant].join('\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('茶有兩種 記者也有兩種');
    expect(r.articles[0]?.byline).toBeNull();
  });
});

describe('a web byline line naming the paper before a slash', () => {
  it('is read as the byline (Traditional and Simplified)', () => {
    expect(parseBylineLine('江城報／ 記者王小明／台北報導')?.reporters).toEqual(['王小明']);
    expect(parseBylineLine('江城报／ 记者王小明／台北报导')?.reporters).toEqual(['王小明']);
  });

  it('signs the headline over it, under a player’s lines', () => {
    const r = text(['2024-05-06 聽新聞', '0:00 / 0:00', '「夜裡的燈」 江城報獲新聞獎', '江城報／ 記者王小明／台北報導', ...hant.slice(1)].join('\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('「夜裡的燈」 江城報獲新聞獎');
    expect(r.articles[0]?.byline?.reporters).toEqual(['王小明']);
    expect(r.articles[0]?.paragraphs.join('\n')).not.toContain('台北報導');
  });
});
