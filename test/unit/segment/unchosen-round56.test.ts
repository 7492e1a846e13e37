// Layouts met in the fifty-sixth single-story round of issue #12 (a thirty-fourth unchosen sample of stored page
// texts): a headline run on into the site's address, the date and the source on one line (glued-heads.ts); a
// picture's caption of a sentence or two closed by an outlet's reporter credit in brackets (credit-captions.ts); a
// bracketed byline closed by the verb 报道, or by the place and 報道 (byline.ts). Texts written here; each page holds one story.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const para = (n: number) => `第${n}段:这是文章的正文,记述了采访团多日来的所见所闻,内容翔实,细节丰富,读来令人印象深刻。`;

describe("a headline run on into the site's address, the date and the source", () => {
  it('is the headline without them, the date read: the story is not headless', () => {
    const seg = text(['|', '|', '青年记者走进边城口岸采访http://www.example.com.cn 2008年05月12日09:30 某某广播网', para(1), para(2)].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['青年记者走进边城口岸采访']);
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('http://');
    expect(seg.articles[0]!.published).toBe('2008-05-12');
  });
});

describe("a caption of a sentence or two closed by an outlet's reporter credit in brackets", () => {
  it('is no paragraph of the text, nor run on into the first one', () => {
    const seg = text(
      ['老城新貌:记者再访', '来源:某网 日期:2016-04-20 17:44', '老街的石板路和骑楼,是这座城市的标志。过去游人如织,如今安静了许多。 (某某周刊记者 李明/图)', '近几年,我的采访总绕不开这座老城,一次次走进它的街巷。', para(1)].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.paragraphs[0]).toBe('近几年,我的采访总绕不开这座老城,一次次走进它的街巷。');
    expect(seg.articles[0]!.paragraphs.join('')).not.toContain('李明/图');
  });
});

describe('a bracketed byline closed by the verb 报道', () => {
  it('names the reporters without the verb', () => {
    const seg = text(['采访团走进南疆乡村', `某某日报讯(记者王小红 李大明报道)${para(1)}`, para(2)].join('\n'));
    expect(seg.articles[0]!.byline?.reporters).toEqual(['王小红', '李大明']);
  });

  it("and in Hong Kong's and Taiwan's papers, by the place reported from, set apart before the verb: no name", () => {
    const seg = text(['訪問團走進南疆鄉村', `(記者 王小紅 福州報道)${para(1)}`, para(2)].join('\n'));
    expect(seg.articles[0]!.byline?.reporters).toEqual(['王小紅']);
  });
});
