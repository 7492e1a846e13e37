// Two readings shared by several marks: where the marks that read below a Chinese story's first paragraph start
// (han-prose.ts belowHanProse: numbered-parts.ts, quoted-voices.ts, speaker-cards.ts), and a headless story's title
// line a few lines into its text over lines that sign it (credited-title.ts withTitleOver: withCreditedTitle,
// cms-lines.ts's withSignedTitle). Invented lines.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import type { Plan } from '../../../lib/segment/boundaries';
import { classify } from '../../../lib/segment/classify';
import { withTitleOver } from '../../../lib/segment/credited-title';
import { belowHanProse } from '../../../lib/segment/han-prose';

const PROSE = '经过一年的施工，江城老街改造工程近日完工，沿街的老房子修旧如旧，石板路重新铺好。';

describe('the marks that read below the first paragraph of Chinese prose', () => {
  it('start on the block after it, and nowhere on a page without one', () => {
    const blocks = blocksFromText(['江城老街改造完成', '记者 李明', PROSE, '01 从头说起'].join('\n\n'));
    const infos = blocks.map(classify);
    expect(belowHanProse(blocks, infos)).toBe(3);
    const short = blocksFromText(['江城老街改造完成', '短短一句。'].join('\n\n'));
    expect(belowHanProse(short, short.map(classify))).toBe(2);
  });
});

describe('a headless story\'s title line over the lines that sign it', () => {
  const blocks = blocksFromText(['栏目征稿启事', '江城老街的新生', '作者:李明远', PROSE, PROSE].join('\n\n'));
  const infos = blocks.map((b) => ({ ...classify(b), title: b.text.length < 10 && !b.text.includes(':') }));
  const headless: Plan = { articles: [{ head: [], headline: -1, body: [0, 1, 2, 3, 4] }], rubricBlocks: [] };
  const credit = (k: number) => (blocks[k + 1]?.text ?? '').startsWith('作者');

  it('is the headline where the lines under it sign it, within the story\'s first blocks', () => {
    const p = withTitleOver(headless, blocks, infos, { maxIntro: 5, under: 1, signs: credit });
    expect(p.articles[0]).toMatchObject({ head: [1], headline: 1, body: [0, 2, 3, 4] });
  });

  it('is not read past the blocks the reader allows, nor where nothing signs it', () => {
    expect(withTitleOver(headless, blocks, infos, { maxIntro: 0, under: 1, signs: credit })).toBe(headless);
    expect(withTitleOver(headless, blocks, infos, { maxIntro: 5, under: 1, signs: () => false })).toBe(headless);
  });
});
