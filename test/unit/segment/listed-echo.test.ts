// An e-paper article page opening on its headline list, entries set off by marks ("…~~~"), then navigation, the
// date and pagers, then the story's own headline printed bare over its deck and credit (lib/segment/listed-echo.ts):
// the bare print heads the story, and the navigation lines are not its text.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '  老街口的修鞋摊已经摆了三十年,摊主老周每天早上七点准时出摊,街坊们的鞋坏了都习惯拿到这里来。',
  '  这些年街道改造了好几回,摊子也挪过几次地方,可老周说,只要大家还需要,他就一直干下去。',
].join('\n\n');

const page = (entry: string) =>
  `第5版:城市记忆 上一版 下一版\n\n标题导航\n${entry}\n${entry}\n回到首页 | 标题导航\n2023年05月06日 星期六\n上一篇 下一篇 放大 缩小 默认\n老街口的修鞋摊\n三十年 守一方\n本报记者 李华\n\n${body}`;

describe('a headline-list entry set off by marks, the headline printed bare below the navigation', () => {
  it('heads the story with the bare print, its deck under it', () => {
    const r = text(page('老街口的修鞋摊~~~'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('老街口的修鞋摊');
    expect(r.articles[0]?.subheadline).toBe('三十年 守一方');
  });

  it('keeps the navigation lines out of the text', () => {
    const r = text(page('老街口的修鞋摊~~~'));
    const paragraphs = r.articles[0]?.paragraphs ?? [];
    expect(paragraphs.some((x) => x.includes('回到首页'))).toBe(false);
    expect(paragraphs[0]).toContain('老街口的修鞋摊已经摆了三十年');
  });
});
