// Layouts met in the seventh held-out round of issue #12 (video-news, live-text and press-conference pages): the
// page's lines around one story must leave it one article under its own headline, its text kept. Texts written
// here, each in the shape the real pages print (test/fixtures/real/zh/README.md, round 7).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { expectExactSourceMaps } from './helpers';

const blocksOf = (lines: string[], sep = '\n\n') => blocksFromText(lines.join(sep));
const read = (lines: string[], sep = '\n\n') => segment(blocksOf(lines, sep)).articles;
const allText = (lines: string[], sep = '\n\n') => read(lines, sep).map((a) => a.paragraphs.join('')).join('');
const LEAD = '市政府新闻办今天上午举行新闻发布会,市交通局局长介绍今年地铁建设进展情况,并回答记者提问。';
const TURN = '张明:各位记者朋友,大家上午好!今年全市地铁建设总体顺利,五号线已经全线贯通,六号线完成主体工程的八成,年底前将开通试运营。';
const MORE = '我先向大家通报三条信息。第一条,关于地铁五号线开通运营的安排。第二条,关于春运期间公交线路调整的情况。';

describe('a live-text page\'s fields', () => {
  const page = ['活动标题', '- 市政府新闻办2024年3月5日新闻发布会', '活动描述', `- ${LEAD}`, '文字内容:', TURN, MORE];

  it('the title field\'s label is no headline: its value, less the bullet, is', () => {
    const a = read(page, '\n');
    expect(a.map((x) => x.headline)).toEqual(['市政府新闻办2024年3月5日新闻发布会']);
  });

  it('the labels are no words of the text; the values and turns are kept, mapped to their lines', () => {
    const blocks = blocksOf(page, '\n');
    const seg = segment(blocks);
    const text = seg.articles.map((a) => a.paragraphs.join('')).join('');
    expect(text).toContain('第一条');
    expect(text).not.toContain('活动描述');
    expectExactSourceMaps(seg, blocks);
  });
});

describe('a press page under its video', () => {
  it('a counter line and the conference\'s own title over its particulars are no headline; the particulars stay text', () => {
    const lines = [
      '市交通局回应热点问题:地铁六号线年底试运营(视频)',
      '2024-03-05 08:43:57 来源: 市政府网站',
      '0浏览 评论0',
      '2024年3月市政府例行新闻发布会',
      '时间:2024年3月4日15:00-16:20',
      '地点:市政府新闻发布厅',
      '发布人:市交通局局长、新闻发言人张明',
      TURN,
      MORE,
    ];
    const a = read(lines);
    expect(a.map((x) => x.headline)).toEqual(['市交通局回应热点问题:地铁六号线年底试运营(视频)']);
    expect(allText(lines)).toContain('市政府新闻发布厅');
  });

  it('particulars under the page\'s own headline leave that headline standing', () => {
    const a = read(['关于召开全市交通工作会议的通知', '时间:2024年3月4日下午3时', '地点:市政府第一会议室', '出席:各区交通局局长', MORE, TURN]);
    expect(a.map((x) => x.headline)).toEqual(['关于召开全市交通工作会议的通知']);
  });
});

describe('a video\'s subtitles', () => {
  it('short lines one phrase each under the date line are the story\'s text, not headlines', () => {
    const subs = ['局长他明天要讲的时候', '晚上他有时也在改', '局长到那个会场上', '热腾腾的稿子刚端过去', '座谈会里边有三条意见', '在报告里写进去了', '当场就定下来了', '没有吸收的意见', '要给每个代表反馈', '这是受局长的委托'];
    const lines = ['首页 > 新闻 > 正文', '首次披露!交通工作报告出炉幕后', '2024-03-19 19:57:21  市政府网    参与评论()人', ...subs, '(责任编辑:王华)'];
    const a = read(lines);
    expect(a.map((x) => x.headline)).toEqual(['首次披露!交通工作报告出炉幕后']);
    expect(a[0]?.paragraphs.join('')).toContain('热腾腾的稿子刚端过去');
  });
});

describe('a compilation\'s numbered piece', () => {
  it('the piece-numbered title is the headline, without its number, over the deck under it', () => {
    const a = read(['第一篇:市交通局局长答记者问实录', '市政府2024年第三次新闻发布会', `[市政府网]:${LEAD}[14:21]`, `[张明]:${TURN}[15:00]`, `[张明]:${MORE}[15:02]`], '\n');
    expect(a.map((x) => x.headline)).toEqual(['市交通局局长答记者问实录']);
  });
});

describe('a report with its photos, all credited to one photographer', () => {
  const TEXT = [
    '  本社北京3月5日讯(记者 王明)今天上午,市政府新闻发布会在市民中心举行,市交通局局长介绍地铁建设进展,回答中外记者提问。会场座无虚席。',
    '  在发布厅里,随处可见中外媒体记者忙碌的身影。有的记者忙着拍摄,有的记者忙着播报,还有一些记者正在对着电脑写稿。',
  ];
  it('the captions after the text are its pictures, not headless stories', () => {
    const a = read(['发布会花絮:地铁建设备受记者关注', '距离发布会开始还有一个小时,会场已座无虚席。(本社 李华摄)', ...TEXT, '外国记者正在现场连线。(本社 李华摄)', '发布会现场。(本社 李华摄)', '同传设备台。(本社 李华摄)']);
    expect(a.map((x) => x.headline)).toEqual(['发布会花絮:地铁建设备受记者关注']);
    expect([...(a[0]?.paragraphs ?? []), ...(a[0]?.fragments ?? [])].join('')).toContain('同传设备台');
  });
});
