// Faults a reader of the output sees that the scores miss (issue #12): pictures' captions opened by "图为", a daily's
// dated issue line, a team's credits closing the text, a caption closed by its photographer's credit between
// paragraphs, a day-first dotted date line, a page text stopping inside a sentence on a short line. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { readsAsCutSentence } from '../../../lib/segment/cut-end';

const page = (lines: string[]) => segment(blocksFromText(lines.join('\n\n')));

describe('captions opened by their pointer at the picture, and a dated issue line', () => {
  const seg = page([
    '滨江晚报创刊四十周年:一张报纸记录一座城',
    '发布时间:2021年05月10日08:30 来源:滨江晚报',
    '滨江晚报记者 王小林',
    '图为:1985年10月,滨江大桥建成通车,市民步行过桥。',
    '图为:1998年夏,抗洪一线的报社记者在堤坝上采访。',
    '上图:2010年,报社新印刷厂投产。',
    '2021年5月10日,第12345期。',
    '四十年来,一期期报纸记下了这座城市的变迁,也记下了普通人的悲欢。',
    '从街头巷尾的小事到关系全局的大事,报纸始终和读者站在一起。',
  ]);
  const a = seg.articles[0]!;

  it('keeps the captions as the story\'s pictures, not as its first paragraphs', () => {
    expect(seg.articles).toHaveLength(1);
    expect(a.paragraphs[0]).toBe('四十年来,一期期报纸记下了这座城市的变迁,也记下了普通人的悲欢。');
    expect(a.paragraphs.some((p) => p.includes('图:') || p.includes('图为'))).toBe(false);
    expect(a.fragments).toContain('图为:1985年10月,滨江大桥建成通车,市民步行过桥。');
    expect(a.fragments).toContain('上图:2010年,报社新印刷厂投产。');
  });

  it('reads the date-and-issue line as no sentence of the story', () => {
    expect(a.paragraphs.join('')).not.toContain('第12345期');
  });
});

describe("a team's credits closing the text", () => {
  it('are no paragraphs of the story, two or more lines of a spaced role, a colon and names', () => {
    const seg = page([
      '请听我说:青年记者眼中的家乡',
      '大家好,这一次我们把话筒交给来自各地的青年记者,听听他们眼中的家乡。',
      '记者:你最想向大家介绍家乡的什么?',
      '某报记者陈明:“我最想介绍家乡的山水,每到秋天,满山红叶,特别好看。”',
      '文 案:王小明',
      '摄 像:李大伟 赵丽',
      '后 期:陈晓 周婷',
    ]);
    const a = seg.articles[0]!;
    expect(a.paragraphs.at(-1)).toBe('某报记者陈明:“我最想介绍家乡的山水,每到秋天,满山红叶,特别好看。”');
    expect(a.paragraphs.join('')).not.toContain('王小明');
  });

  it('leaves a lone "role:name" line, which may be a turn of talk, where it is', () => {
    const seg = page([
      '请听我说:青年记者眼中的家乡',
      '大家好,这一次我们把话筒交给来自各地的青年记者,听听他们眼中的家乡。',
      '主持:王小明',
      '记者:你最想向大家介绍家乡的什么?',
    ]);
    expect(seg.articles[0]!.paragraphs).toContain('主持:王小明');
  });
});

describe("a caption closed by its photographer's credit between paragraphs", () => {
  it('is the picture\'s caption, kept apart from the text', () => {
    const seg = page([
      '全市中学生辩论赛决赛在市文化中心举行',
      '时间:2024-11-05 来源:滨江网',
      '5月20日,由市教育局主办的全市中学生辩论赛决赛在市文化中心举行,八支队伍同台竞技。',
      '5月20日,辩论赛决赛现场。滨江日报记者张明摄',
      '经过激烈角逐,市第一中学代表队获得冠军,市实验中学代表队获得亚军。',
    ]);
    const a = seg.articles[0]!;
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs.join('')).not.toContain('决赛现场');
    expect(a.fragments).toContain('5月20日,辩论赛决赛现场。');
  });
});

describe('a date set day first with dots on a line of its own', () => {
  it('dates the story and is no part of its first paragraph', () => {
    const seg = page([
      '让更多人听见小城的故事',
      '15.03.2021 10:20',
      '滨江网讯: 小城的故事,要让更多人听见。近日,一批省内外记者走进滨江,寻找新闻线索。',
      '记者们走访了十余个采访点,记录下这座小城的变化。',
    ]);
    const a = seg.articles[0]!;
    expect(a.published).toBe('2021-03-15');
    expect(a.paragraphs[0]!.startsWith('15.03.2021')).toBe(false);
  });
});

describe('a page text stopping inside a sentence on a short line', () => {
  it('flags the story truncated', () => {
    const seg = page([
      '我和这份报纸的半世纪缘分',
      '我第一次读到这份报纸,是在五十年前的一个冬天。那时我刚到城里工作,每天下班都要去报亭买一份。',
      '报纸的副刊最吸引我,刊登的文章来自许多我心仪已久的作者,他们分享',
    ]);
    expect(seg.articles[0]!.truncated).toBe(true);
  });

  it('reads a clause as cut off, a label as no sentence', () => {
    expect(readsAsCutSentence('经过多年的不懈推动,这条')).toBe(true);
    expect(readsAsCutSentence('Six days after the incident, the family')).toBe(true);
    expect(readsAsCutSentence('热点推荐')).toBe(false);
    expect(readsAsCutSentence('Continue Reading')).toBe(false);
    expect(readsAsCutSentence('相关专题:牢记使命 坚守阵地')).toBe(false);
  });
});
