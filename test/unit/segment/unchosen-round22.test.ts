// Round 22 of issue 12's single-story pages (a twelfth unchosen sample): self-media posts and their copies with a
// slash-framed column label, credit lines of two roles, a repost's permission line and account id, an introduction
// opening on a run of questions, voices' parts under pull quotes, an interview in numbered parts, a mirror's
// deletion notice, a spam keyword strip, a headline closed by a stop, spaced-out names in a credit and a journal's
// issue line — none takes the headline from the story or splits it.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const read = (lines: string[], sep = '\n') => extractText(lines.join(sep), { gazetteer: null }).articles;
const lead = '今年春天，市图书馆在十二个街道开设了社区分馆，居民在家门口就能借还图书，开馆首月借阅量超过三万册。';
const more = '图书馆负责人介绍，分馆的图书每月轮换一次，今后还将开设儿童阅读角和老年人电脑课，方便不同年龄的读者。';
const leadHant = '今年春天，市圖書館在十二個街道開設了社區分館，居民在家門口就能借還圖書，開館首月借閱量超過三萬冊。';
const moreHant = '圖書館負責人介紹，分館的圖書每月輪換一次，今後還將開設兒童閱讀角和長者電腦課，方便不同年齡的讀者。';

describe('a self-media post\'s column label framed by slashes, and a line of two role credits', () => {
  it('heads the one story with the post\'s headline; the label and the credits head nothing', () => {
    const [a, ...rest] = read(['馆员周小燕:把图书馆开到家门口 | 读书节专访', '/读书节专访系列/', lead, '采写 | 陈晓明 值班编辑 | 李建华', more]);
    expect(rest.map((r) => r.headline)).toEqual([]);
    expect(a!.headline).toBe('馆员周小燕:把图书馆开到家门口 | 读书节专访');
    expect(a!.byline?.authors).toContain('陈晓明');
  });
});

describe('a repost\'s permission line and its account\'s id under the headline', () => {
  it('are meta: the headline above them heads the story', () => {
    const [a, ...rest] = read(['社区分馆开馆一周年:读者说了什么', '', '本文经授权转载自城市书房', '', '(id:citybooks)', '', lead, '', more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('社区分馆开馆一周年:读者说了什么');
    expect(a!.paragraphs.join('')).not.toContain('citybooks');
  });
});

describe('an introduction opening on a run of questions under the headline', () => {
  it('is the story\'s text, not its headline', () => {
    const [a, ...rest] = read([
      '图书馆员:一份安静的职业,一份不简单的工作 | 读书节手记',
      '做一名图书馆员需要什么?广博的阅读?耐心细致的性格?和读者打交道的本领?', lead, more,
    ]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('图书馆员:一份安静的职业,一份不简单的工作 | 读书节手记');
  });
});

describe('a voice\'s part headed by a pull quote over the speaker\'s outlet and name', () => {
  it('stays in the one story: the quote and the name line head nothing', () => {
    const [a, ...rest] = read([
      '两位馆员的读书节:书架之间的日常 | 读书节手记', lead, '作者 | 周晓明', '编辑 | 冯建华', more,
      '“每一本书都在等它的读者”', '城市晚报 王晓红', '2019年11月,我来到分馆工作。' + lead, '在此之前,我完',
    ]);
    expect(rest.map((r) => r.headline)).toEqual([]);
    expect(a!.headline).toBe('两位馆员的读书节:书架之间的日常 | 读书节手记');
  });
});

describe('an interview\'s parts numbered 01, 02 over question turns', () => {
  it('are one interview\'s parts, not stories of their own', () => {
    const [a, ...rest] = read([
      '馆长周小燕:让每个街道都有一间书房 | 读书节专访', '/读书节专访系列/', lead, more, '此次分享来自城市图书馆馆长周小燕。',
      '馆长周小燕', '—————————————', '采写 | 陈晓明 值班编辑 | 李建华', lead, more, '/',
      '01 书架,读者,城市', 'Q:请谈谈分馆是怎么开起来的吧。', 'A:' + lead, 'Q:读者提得最多的是什么呢?', 'A: 最初分馆没有',
    ]);
    expect(rest.map((r) => r.headline)).toEqual([]);
    expect(a!.headline).toBe('馆长周小燕:让每个街道都有一间书房 | 读书节专访');
  });
});

describe('a mirror\'s notice that the post was deleted, set over the headline', () => {
  it('is furniture: the headline under it heads the story', () => {
    const [a, ...rest] = read(['该内容已被发布者删除 该内容被镜像站恢复', '文章于 2021年10月12日 被检测为删除。', '查看原文', '', '馆员周小燕:把图书馆开到家门口', '', '张明 李华 城市书房 2021-08-03', lead, '', more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('馆员周小燕:把图书馆开到家门口');
  });
});

describe('a spam keyword strip of comma-parted phrases opening the page', () => {
  it('is furniture: the headline under it heads the story, the spaced-out credit is its byline and the issue line meta', () => {
    const [a, ...rest] = read([
      '999精品在线视频,手机午夜在线视频,久久精品影院在线,中日高清在线观看,成人手机在线观看,日韩精品一区中文字幕,最新影视大全,四虎在线观看 ?', '', '怎樣辦好社區分館?', '',
      '2019-10-11 07:47:30王曉明', '圖書館學刊 2019年9期', '', '□ 文 / 李 江 王曉明', '', leadHant, '', moreHant,
    ]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('怎樣辦好社區分館?');
    expect(a!.byline?.authors).toEqual(['李江', '王曉明']);
  });
});

describe('a headline closed by a full stop over the writer\'s byline', () => {
  it('heads the story, not the site\'s name line above it', () => {
    const [a, ...rest] = read(['书友影院', '听听 10 位馆员怎么说。', '文 | 杨晓琳', '在很多人的印象里,图书馆员的工作就是整理书架。', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('听听 10 位馆员怎么说。');
  });
});
