// Pictures' captions, each a short sentence closed by a full stop, printed in a run between a headline and its
// byline (lib/segment/stopped-title.ts): the one right over the byline is a caption like the one above it, never the
// story's headline, which stays the line over the pictures.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const page = (captions: string) =>
  `首页 > 副刊\n\n那些年我读过的报纸\n\n${captions}□王小明\n\n1985年的冬天,我在村小学的传达室里第一次读到省报,那一版副刊上的散文让我记了很多年。\n\n后来我当了乡里的通讯员,每写一篇稿子都要先寄给报社的老编辑看,他总是用红笔一句一句地改。`;

describe('a run of stopped captions over the byline', () => {
  it('keeps the headline over the pictures, not the last caption', () => {
    const r = segment(blocksFromText(page('作者近照。\n\n作者当年的剪报。\n\n')));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('那些年我读过的报纸');
  });
});
