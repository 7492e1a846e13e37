// Layouts met in the eighth single-story round of issue #12 (an unchosen sample of stored page texts): a mirrored
// feature whose pictures' captions are each printed twice over on one line (the image's alt text and its caption run
// together), one of them closed by the photographer's credit. Texts written here; each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

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
