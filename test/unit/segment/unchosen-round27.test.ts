// Layouts met in the twenty-seventh single-story round of issue #12 (a sixteenth unchosen sample of page texts): a
// profile whose photo caption is closed by a bracketed "(name/图)" credit and whose stored text ends on a template's
// unfilled placeholders, and a feature whose section head is followed by text opening on the headline's own subject.
// The texts are written here in those layouts.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const HEADLINE = '两位老报人:用脚步丈量一座城丨回望 2024';
const P1 = '“做地方新闻，要先学会听。”张晓梅放下茶杯，这样告诉本报记者。她在市报跑了二十年社区新闻，走遍了全市每一条老街，也记下了上千位街坊的故事。';
const P2 = '王建国则是摄影记者出身，退休前拍下了城区改造前后的上千张照片，如今这些照片成了市档案馆的馆藏，也常被年轻记者拿来对照今天的街景。';
const P3 = '两人都在市报工作了三十多年，也都当过驻区记者。他们长期报道城区的民生和变迁，对这座城的每一次变化都感兴趣。';

describe('a photo caption closed by a bracketed (name/图) credit', () => {
  it('is the picture\'s caption, no headline over the text', () => {
    const seg = text([HEADLINE, '回望:一篇报道改变不了什么,但会一点点推动城市的进步。', '责任编辑:赵小川', '张晓梅、王建国(李明/图)', P1, P2, P3].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual([HEADLINE]);
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('李明/图');
  });
});

describe('a template\'s unfilled placeholders after the text', () => {
  it('are furniture, no story', () => {
    const seg = text([HEADLINE, P1, P2, P3, '{{ popup.firstLine }}{{ popup.highlight }}', '{{ popup.secondLine }}', '{{ popup.buttonText }}'].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual([HEADLINE]);
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('{{');
  });
});

describe('a section head over text opening on the headline\'s subject', () => {
  const TITLE = '三十年守望街坊 市报社区版接力';
  const L1 = '市报社区版以“街坊的耳朵”自居，三十年来换了五任主编，却始终守着一条规矩：每一条读者来信都要有人回复，每一件求助都要有人跟进。他们怎样与街坊相处，又是如何在来信里看见一座城的变化？在创刊三十年之际，让我们把视角转到编辑们身上。';
  const L2 = '有关社区民生的报道与评论是市报的一大特色，也是多年来持续投入与重点经营的版面。社区版的报道也因此获得本地以及外地读者，尤其是老街坊的青睐。';
  const L3 = '1995年时任总编辑创设社区版，让市报成为全省最早开设社区版的日报之一，这一个决定，打开了市报在老城区以外的读者市场，尤其是新城区读者的新天地。';
  const L4 = '不盲从热点，也不随流量起舞，既帮助读者更全面地认识与了解身边的变化，更让社区版树立了可贵的公信力，成为被普遍认可的、观察与认识这座城市的窗口之一。';
  const L5 = '所谓“街坊的耳朵”说起来抽象，但编辑们心中自有具体标准，那就是首先要力求贴近事实，同时崇尚理性与克制的编辑方针。在严谨对待事实的基础之上，我们大量阅读来信、走访';
  const page = (head: string, opening: string) => [TITLE, L1, L2, L3, head, opening + L4, L5].join('\n\n');

  it('keeps the section inside the one story', () => {
    expect(text(page('踏实采访树立可贵公信力', '市报')).articles.map((a) => a.headline)).toEqual([TITLE]);
  });

  it('leaves text opening on a word of its own to the page\'s other signals', () => {
    expect(text(page('踏实采访树立可贵公信力', '街道')).articles.length).toBe(2);
  });

  it('leaves a head printing the headline\'s words again to the page\'s other signals', () => {
    expect(text(page('守望街坊树立可贵公信力', '市报')).articles.length).toBe(2);
  });
});
