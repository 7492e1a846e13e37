// A page text opening on the page's title, its date and source lines, then the story's own headline over a dashed
// deck printing that title again (lib/segment/titled-deck.ts): the line over the deck heads the story, the deck
// under it, and the page's title is no headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const body = [
  '某某日报讯: 走进城东的老厂房,机器的轰鸣声已经换成了咖啡机的低鸣,年轻的创业者们在这里租下了一间间工作室。',
  '园区负责人王丽说,三年来这里先后入驻了四十多家小企业,带动了周边一千多人就业,老街区重新热闹了起来。',
  '傍晚时分,厂房外的广场上亮起了灯,附近的居民带着孩子来散步,不少人说这里已经成了城里新的去处。',
].join('\n');

describe('the page title printed again as the deck under the story\'s own headline', () => {
  it('heads the story with the line over the deck, the deck its subheadline', () => {
    const r = text(`老厂房改造采访手记\n05.06.2021 10:30\n本文来源: 某某网\n让老厂房焕发新生机\n——老厂房改造采访手记\n${body}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('让老厂房焕发新生机');
    expect(r.articles[0]?.subheadline).toBe('——老厂房改造采访手记');
    expect(r.articles[0]?.paragraphs.join('')).toContain('园区负责人王丽说');
  });

  it('leaves a first line the deck does not repeat as the headline', () => {
    const r = text(`老厂房改造见闻\n05.06.2021 10:30\n本文来源: 某某网\n让老厂房焕发新生机\n——老厂房改造采访手记\n${body}`);
    expect(r.articles[0]?.headline).not.toBe('让老厂房焕发新生机');
  });
});
