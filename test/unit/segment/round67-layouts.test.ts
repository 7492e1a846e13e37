// Layouts met in held-out round 67 of issue #12 (Traditional Chinese page texts): a copy host's links to its other
// pages, their titles in Simplified, dropped between a Traditional story's paragraphs. Texts written here, each in
// the shape the real pages print (test/fixtures/real/zh/README.md, round 67).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { inSimplified } from '../../../lib/segment/script-inserts';

const read = (lines: string[], sep = '\n\n') => segment(blocksFromText(lines.join(sep))).articles;
const HEAD = '林小雲接手《城市觀察》 每天緊盯外電:像在準備期中考';
const P1 = '電視台主播林小雲接下網路頻道節目《城市觀察》的主持棒,由於節目先前一直受到觀衆喜愛,她坦言接手後壓力頗大。';
const P2 = '她說每天光是資料蒐集就得花上好幾個小時,關注各國媒體的報導,「每天都有新的消息,所以準備上是每天都在更新。」';
const P3 = '她曾是駐外特派記者,回憶當年跑新聞的日子,說在國外凡事都要透過電子郵件事先約訪,要突破重圍其實蠻難的。';
const P4 = '談到轉型數位以後的不同,林小雲說最大的不同應該是即時性,網友會在聊天室跟主播聊起來,很像在跟朋友聊天。';

describe('Simplified link titles between a Traditional story\'s paragraphs (script-inserts.ts)', () => {
  it('two inserted titles do not split the story: one article under its headline, the titles not in its text', () => {
    const a = read([HEAD, P1, P2, '《华邮》:两国关系紧张是表演 谈判则来真的', P3, '开心果儿 小说', P4]);
    expect(a.map((x) => x.headline)).toEqual([HEAD]);
    const text = a[0]!.paragraphs.join('');
    expect(text).toContain(P4.slice(0, 10));
    expect(text).not.toContain('华邮');
    expect(text).not.toContain('小说');
  });

  it('a Traditional part head between the paragraphs stays the story\'s', () => {
    const a = read([HEAD, P1, P2, '知道的比寫出來的多', P3, P4]);
    expect(a).toHaveLength(1);
  });

  it('reads a line\'s script: Simplified-only characters, not the characters both scripts write', () => {
    expect(inSimplified('开心果儿 小说')).toBe(true);
    expect(inSimplified('台北松山 後台')).toBe(false);
    expect(inSimplified('台中出口 千里')).toBe(false);
    expect(inSimplified('開心果兒 小說')).toBe(false);
  });
});

describe('an outlet\'s own copy credited in a 【】 bracket (dateline.ts)', () => {
  it('"【山城台2012年3月4日訊】" opening the text is the dateline: its date read, its words out of the text', () => {
    const a = read(['市民盼續看山城台節目', `【山城台2012年3月4日訊】${P1}`, P2, P3], '\n');
    expect(a.map((x) => x.headline)).toEqual(['市民盼續看山城台節目']);
    expect(a[0]!.dateline?.date).toBe('2012年3月4日');
    expect(a[0]!.paragraphs[0]).toBe(P1);
  });

  it('"【山城報消息】" on its own line under the headline is the dateline, not a subheadline', () => {
    const a = read(['山城電視臺進駐南港 促進兩地互動', `【山城報消息】`, P1, P2, P3]);
    expect(a.map((x) => x.headline)).toEqual(['山城電視臺進駐南港 促進兩地互動']);
    expect(a[0]!.subheadline).toBeNull();
  });

  it('"【最新消息】", a label, is no dateline', () => {
    const a = read(['市民盼續看山城台節目', `【最新消息】${P1}`, P2, P3], '\n');
    expect(a[0]!.dateline).toBeNull();
  });
});

describe('an outlet\'s reporter and the place run together in the opening bracket (byline.ts)', () => {
  it('"(山城報記者王曉明南港報導)" is the byline: the name read, the bracket out of the text', () => {
    const a = read(['山城電視臺進駐南港 促進兩地互動', `(山城報記者王曉明南港報導)${P1}`, P2, P3]);
    expect(a[0]!.byline?.reporters).toEqual(['王曉明']);
    expect(a[0]!.paragraphs[0]).toBe(P1);
  });
});
