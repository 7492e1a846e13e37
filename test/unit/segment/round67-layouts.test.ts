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

describe('a speaker\'s words quoted whole after a colon, no stop inside the quote (repair.ts)', () => {
  it('each voice\'s line stays a paragraph of its own, not run into the next', () => {
    const a = read([
      '市民盼續看山城台節目',
      P1,
      P3,
      '南港市民王先生:「我覺得山城台的報導比較客觀、全面,也比較公正,目前國內很多消息都給封鎖了,或是給歪曲了,很多事情他們都不報導的」',
      '南港民眾表示,地方媒體不但被封鎖言論,甚至被迫歪曲事實,因此他們相當珍惜這樣一個接收訊息的管道。',
      '南港女民眾:「我總是支持你們的,我一直在看你們的節目,由於你們的報導都是實話實說的,都是講正義的,所以我對你們非常信任的」',
      P2,
    ], '\n');
    expect(a).toHaveLength(1);
    const paras = a[0]!.paragraphs;
    expect(paras.some((p) => p.endsWith('他們都不報導的」'))).toBe(true);
    expect(paras.some((p) => p.endsWith('我對你們非常信任的」'))).toBe(true);
  });

  it('a quote that the next line visibly goes on from still joins it', () => {
    const a = read(['市民盼續看山城台節目', P1, P3, '南港市民王先生說:「我覺得山城台的報導比較客觀、全面,也比較公正,目前國內很多消息都給封鎖了,很多事情他們都不報導的」', ',他說完便離開了會場,留下滿屋子的記者面面相覷,誰也不知道接下來該問些什麼。', P2], '\n');
    expect(a[0]!.paragraphs.some((p) => p.includes('不報導的」') && p.includes('他說完便離開'))).toBe(true);
  });
});
