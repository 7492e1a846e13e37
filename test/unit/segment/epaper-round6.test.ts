// Layouts met in the sixth single-story round of issue #12 (e-paper article views as page texts): the page's list of
// headlines stored as one line, header lines set with no blank line between them, captions numbered ①② under the
// headline, the CMS's record line at the foot repeating the headline, a publisher's 主办 line over the date line, a
// 上一篇 link. Texts written here; each page holds one story under its own headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('an e-paper article page whose header lines run together', () => {
  const page = [
    '2024年05月06日 星期一\n江边公园今起开放 菜场延长营业时间 地铁新线试运行 老街改造完成 把各方面力量紧密团结起来 盼开学,为何又怕开学? 等不起  慢不得 春雨过后新茶上市\n第2版:要闻 2024-05-06\n上午,记者在城南看到茶农忙采摘',
    '春雨过后新茶上市',
    '①茶农在山坡上采摘新茶',
    '②市民在茶市选购',
    '连日春雨过后,城南茶山的新茶陆续上市,茶农们趁着晴天上山采摘。',
    '在城南茶市,不少市民前来选购,摊主说今年的茶叶品质比往年更好。本报记者 王明',
    '放大\n\n缩小\n\n上一版\n\n下一版',
  ].join('\n\n');

  it('is one story under its headline; the headline list, page label and kicker are no text of it', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.headline).toBe('春雨过后新茶上市');
    expect(a.paragraphs.join('\n')).not.toContain('江边公园今起开放');
    // The ①② captions are the pictures', kept with the story, not run into its first paragraph.
    expect(a.paragraphs[0]).toMatch(/^连日春雨过后/);
    expect(a.fragments.join('\n')).toContain('茶农在山坡上采摘新茶');
    // The zoom tools under the story are no paragraphs of it.
    expect(a.paragraphs).not.toContain('放大');
  });
});

describe('an e-paper article page closed by the CMS record line', () => {
  const page = [
    '第00014版:新闻周刊',
    '· 滞留站里聊年景\n· 山区校车送学生',
    '收藏 打印 推荐 更多功能',
    '返回主页 | 版面导航 | 标题导航',
    '某某日报报业集团主办',
    '3上一篇',
    '2008年1月31日 收藏 打印 推荐 朗读 评论 更多功能',
    '山区校车送学生',
    '大雪让山区的小镇一下子白茫茫的一片,人们出行困难。学校及时把情况向镇政府汇报。',
    '最后,老师带领学生分坐三辆公交车,前面由铲雪车除雪,缓缓地开出校园。■张三 李四',
    '3上一篇',
    '收藏 打印 推荐 朗读 评论 更多功能',
    '某某日报 新闻周刊 00014 山区校车送学生 2008-1-31 196C88AB64F5BAC8482573DF003C0FD0[A5-张三]',
  ].join('\n\n');

  it('is one story under its headline, the record line and the tools no story of their own', () => {
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe('山区校车送学生');
    expect(seg.articles[0]!.paragraphs.join('\n')).not.toContain('收藏');
  });
});
