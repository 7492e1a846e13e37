// Issue 12, single-story round 60 (an unchosen sample of Chinese page texts): a site's menu kept as bulleted lines over
// the headline is furniture, none of its items the headline (bullet-menus.ts); a section head left unstopped over a
// picture's caption does not run on into the paragraph under the picture (article.ts); a site's name beside the date
// alone under the headline dates the story and is no paragraph (classify.ts). Pages written here in the layouts met,
// no page's words.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const extract = (text: string) => extractText(text, { gazetteer: null }).articles;
const prose = (s: string) => `${s}这是一段足够长的正文,交代了事情的经过、时间和地点,也写下了各方的看法与感受。`;

describe("a site's menu kept as bulleted lines over the story", () => {
  it('is furniture: the headline is the story’s own, no menu item', () => {
    // (An e-paper page's menu: its last item wrapped onto an unbulleted line, the paper's date line, a rubric, the
    // headline, a dashed deck, the writer's line, a part head, the text.)
    const menu = ['要闻', '国际', '财经', '体育', '文化', '读书', '城市报系', '更多>>', '报 纸'].map((w) => `  • ${w}`);
    const text = ['首页English', ...menu, '    杂 志', '    晨报 2021年03月14日 星期日', '', '    老街新事', '', '    一条老街的四季', '', '    ——老城改造见闻(上)', '', '    作者:本报记者 林小雨 《晨报》( 2021年03月14日 05版)', '', '    从前的老街', '', prose('        老街在城市的东边,'), '', prose('        每到春天,')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('一条老街的四季');
    expect(articles[0]?.paragraphs.some((p) => p.includes('•'))).toBe(false);
  });

  it('leaves a bulleted list of a few points in a story its text', () => {
    const text = ['一条老街的四季', '', prose('老街在城市的东边,'), '', '• 修路', '• 种树', '• 开店', '', prose('每到春天,')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs.join('\n')).toContain('种树');
  });
});

describe('a section head left unstopped over a picture’s caption', () => {
  it('stays a line of its own, the paragraph under the picture opening on its own words', () => {
    const text = [
      '小镇的春天来了',
      '',
      '时间:2019-04-02 09:30 来源:晨报 作者:林小雨',
      '',
      prose('    小镇在山脚下,'),
      '',
      // (A head glossed with its characters' readings, as a converter prints them: too long to read as a headline.)
      '    发(fā)展(zhǎn)老手(shǒu)艺(yì) 打(dǎ)出(chū)漂(piào)亮(liàng)的新生(shēng)意(yì)“组(zǔ)合拳(quán)”',
      '',
      '    图为镇上的竹编作坊 林小雨摄',
      '',
      prose('    竹编作坊开在镇口,'),
    ].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs.some((p) => p.startsWith('发(fā)展') && !p.includes('竹编'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('竹编作坊开在镇口'))).toBe(true);
  });
});

describe("a site's name beside the date alone under the headline", () => {
  it('dates the story and is no paragraph', () => {
    const text = ['小镇的春天来了', '某某信息网 2024-05-06', prose('新华社南宁5月6日电 小镇在山脚下,'), prose('竹编作坊开在镇口,')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.published).toBe('2024-05-06');
    expect(articles[0]?.paragraphs.some((p) => p.includes('信息网'))).toBe(false);
  });
});
