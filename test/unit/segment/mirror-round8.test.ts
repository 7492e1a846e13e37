// Layouts met in the eighth single-story round of issue #12 (an unchosen sample of stored page texts): a mirrored
// feature whose pictures' captions are each printed twice over on one line (the image's alt text and its caption run
// together), one of them closed by the photographer's credit; a spam host's copy that glues its site's name before
// its first line, the headline line and the first paragraph, the headline line run on into its 发布日期 field. Texts
// written here; each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { doubledCopy } from '../../../lib/segment/doubled-captions';

const text = (s: string) => segment(blocksFromText(s));

describe('a story whose captions are printed twice over on one line', () => {
  const caption = '▲6月20日,江边广场的大屏幕播放庆祝标语。本社记者 王明 摄';
  const page = [
    '老记者的回忆:从听不懂到拿大奖',
    '三十年前的夏天,他随采访团队来到江边城市,开始了常驻当地的记者生涯,见证了许多历史时刻。',
    '▲作者在江边留影▲作者在江边留影',
    '初来乍到,他面对的第一个难关是语言,当地话只听懂两三成,采访时常常要请同行帮忙翻译。',
    caption + caption,
    '于是,他每天利用空闲时间收听当地广播,跟着播音员学说话,半年后已能独立采访。',
    '后来,他写下的多篇稿件获得了新闻奖,成为同事们学习的榜样。',
  ].join('\n\n');

  it('is one story under its headline; the doubled captions are its pictures, no story of their own', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['老记者的回忆:从听不懂到拿大奖']);
    const a = seg.articles[0]!;
    // The text under the credited caption goes on the story.
    expect(a.paragraphs.join('\n')).toContain('于是,他每天利用空闲时间');
    // The captions are kept with the story as a figcaption is, not run into its paragraphs.
    expect(a.paragraphs.join('\n')).not.toContain('江边广场的大屏幕');
    expect(a.fragments.join('\n')).toContain('江边广场的大屏幕');
  });
});

describe('a copy whose host glues its name before the head lines, the headline run on into its date field', () => {
  const page = [
    '某某娱乐官方网站 分类',
    '某某娱乐周末阅读 老街上的手艺人——专访《木作》作者张三发布日期:2023-03-12 浏览次数:',
    '某某娱乐木作技艺,是一种以榫卯连接取代钉子的传统手艺,极为精巧,在江南的老街上还能见到几家坚守的作坊,每一家都有几十年的历史和一批老主顾。',
    '张三在老街上做了四十年木工,他说,好的榫卯不用一根钉子,也能让一张桌子用上一百年。',
    '如今,他的作坊里来了几位年轻的学徒,每天跟着他学习刨木、开榫和打磨。',
  ].join('\n\n');

  it('is one story under its own headline, the site\'s name and the date field no words of it', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['周末阅读 老街上的手艺人——专访《木作》作者张三']);
    const a = seg.articles[0]!;
    expect(a.paragraphs[0]).toMatch(/^木作技艺/);
    expect(a.paragraphs.join('\n')).not.toContain('发布日期');
    expect(a.paragraphs.join('\n')).not.toContain('某某娱乐');
  });
});

describe('a line printed twice over', () => {
  it('gives its first copy as printed, spaces between or inside the copies aside', () => {
    expect(doubledCopy('▲作者在江边留影▲作者在江边留影')).toBe('▲作者在江边留影');
    expect(doubledCopy('Flood waters rise in the valley  Flood waters rise in the valley')).toBe('Flood waters rise in the valley');
    expect(doubledCopy('▲江边广场 本社记者摄 ▲江边广场本社记者 摄')).toBe('▲江边广场 本社记者摄');
  });

  it('is no copy when the halves differ, the copy is too short or holds no word', () => {
    expect(doubledCopy('▲作者在江边留影▲作者在江边留念')).toBeNull();
    expect(doubledCopy('好好好好')).toBeNull();
    expect(doubledCopy('______________________')).toBeNull();
    expect(doubledCopy('他说:“我们会再来的。”他说:“我们会再来。”')).toBeNull();
  });
});
