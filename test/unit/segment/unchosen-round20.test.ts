// Round 20 of issue 12's single-story pages (an eleventh unchosen sample): a reading-time line under the headline, the
// headline printed again in the other script, a paragraph opened by a field's label, and an editors' introduction
// printed above the headline and its dashed deck, a speaker's name and post over each speaker's words — none takes
// the headline from the story or splits it.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const read = (lines: string[], sep = '\n') => extractText(lines.join(sep), { gazetteer: null }).articles;
const lead = '今年春天，市图书馆在十二个街道开设了社区分馆，居民在家门口就能借还图书，开馆首月借阅量超过三万册。';
const more = '图书馆负责人介绍，分馆的图书每月轮换一次，今后还将开设儿童阅读角和老年人电脑课，方便不同年龄的读者。';
const leadHant = '今年春天，市圖書館在十二個街道開設了社區分館，居民在家門口就能借還圖書，開館首月借閱量超過三萬冊。';
const moreHant = '圖書館負責人介紹，分館的圖書每月輪換一次，今後還將開設兒童閱讀角和長者電腦課，方便不同年齡的讀者。';

describe('a reading-time line under the headline', () => {
  it('is publication meta: the line above it heads the one story, the speakers\' post lines head nothing', () => {
    const [a, ...rest] = read([
      '分馆故事大家说|社区分馆开馆一周年', '全文共3100字,阅读大约需要8分钟', lead,
      '本文首发于本报 未经授权 不得转载', '王小明', '退休教师,参与筹建社区分馆', more,
      '李红', '前馆员,负责儿童阅读角', lead,
    ]);
    expect(rest.map((r) => r.headline)).toEqual([]);
    expect(a!.headline).toBe('分馆故事大家说|社区分馆开馆一周年');
  });
});

describe('the headline printed again in the other script', () => {
  it('keeps the headline in the page\'s own script and the copy under it heads nothing', () => {
    const [a, ...rest] = read([
      '社區分館一周年:開到家門口的圖書館', '', '社区分馆一周年:开到家门口的图书馆', '', leadHant, '', moreHant, '',
      '王 小 明', '', '市圖書館館長、社區分館籌建小組組長', '', leadHant, '', '社区分馆一周年:开到家门口的图书馆', '', moreHant,
    ]);
    expect(rest.map((r) => r.headline)).toEqual([]);
    expect(a!.headline).toBe('社區分館一周年:開到家門口的圖書館');
  });
});

describe('a paragraph opened by a field\'s label', () => {
  it('is the story\'s text under the headline, not a label line', () => {
    const [a, ...rest] = read(['社区分馆将举办开馆一周年读者见面活动', '编辑:' + lead + more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('社区分馆将举办开馆一周年读者见面活动');
  });
});

describe('an editors\' introduction above the headline and its dashed deck', () => {
  const intro = '你可以不去图书馆,但是如果去了,你一定会爱上那里。这是一位老读者写给我们的话。在这个读书节,我们萌生了寻访社区分馆的念头。';
  const thanks = '感谢十余位读者和馆员认真回答我们的问题。由于时间的局限,我们遗漏了很多值得采访的人,谨此致歉。';

  it('heads the one story with the line over the deck, the introduction kept as its text', () => {
    const [a, ...rest] = read([intro, thanks, '一群读者和他们的图书馆', '——寻访社区分馆的读者 之一 ' + lead, more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('一群读者和他们的图书馆');
    expect(a!.paragraphs[0]).toContain('你可以不去图书馆');
  });

  it('leaves a quotation and its source line under the introduction as text', () => {
    const [a, ...rest] = read([intro, thanks, '书籍是人类进步的阶梯', '——高尔基', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.headline).not.toBe('书籍是人类进步的阶梯');
  });
});

describe('a speaker\'s name and post over the speaker\'s words', () => {
  it('is a caption inside the one story, never a story\'s headline', () => {
    const [a, ...rest] = read([
      '分馆故事大家说', lead, '王小明', '退休教师,参与筹建社区分馆', more, '李 红', '前馆员,负责儿童阅读角', lead,
    ]);
    expect(rest.map((r) => r.headline)).toEqual([]);
    expect(a!.headline).toBe('分馆故事大家说');
    expect(a!.fragments).toContain('退休教师,参与筹建社区分馆');
  });
});
