// A menu entry whose words the page's encoding lost ("• ???", lib/blocks/text.ts): a line with no letter or digit
// holds no sentence, so its question marks do not make the page's header a wrapped paragraph, and the headline set
// under the menu's path keeps a line of its own.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const header = (entry: string) =>
  [
    '  • 首页', '  • 要闻', '  • 本地新闻', '  • 文化旅游', '  • 教育体育', `  • ${entry}`, '  • English',
    '  • 某某新闻网 >> 文化旅游', '    那些年我读过的报纸',
  ].join('\n') +
  '\n\n    □王小明\n\n    1985年的冬天,我在村小学的传达室里第一次读到省报,那一版副刊上的散文让我记了很多年。\n\n    后来我当了乡里的通讯员,每写一篇稿子都要先寄给报社的老编辑看,他总是用红笔一句一句地改。';

describe('a menu entry of lost characters', () => {
  it('keeps the headline under the menu path a line of its own', () => {
    expect(blocksFromText(header('???')).map((b) => b.text)).toContain('那些年我读过的报纸');
  });

  it('heads the story with that headline', () => {
    const r = segment(blocksFromText(header('???')));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('那些年我读过的报纸');
  });
});
