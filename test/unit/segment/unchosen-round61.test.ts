// Issue 12, single-story round 61 (an unchosen sample of page texts found by Traditional Chinese queries): a writer's
// name prefixed to the headline, the page crediting the writer under the title's own print, keeps the prefixed line
// as the headline (prefixed-title.ts); a column's bare name over the text, under the headline, a caption and a font
// tool, is a rubric (column-label-head.ts); a publication's 《title》 and the part a picture shows between paragraphs
// is a caption (publication-captions.ts); a caption closed by "Source: AAP Image/…" is a credited caption, the
// credit read off (photo-credit.ts); a poster/date line closed by report and comment links dates the post (classify.ts);
// a file picture's line ("档案照片") is no paragraph (classify.ts). Pages written here in the layouts met, no page's words.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const extract = (text: string) => extractText(text, { gazetteer: null }).articles;
const prose = (s: string) => `${s}这是一段够长的正文,交代了事情的经过、时间和地点,也写下了各方的看法与感受。`;
const hant = (s: string) => `${s}這是一段夠長的正文,交代了事情的經過、時間和地點,也寫下了各方的看法與感受。`;

describe("a headline prefixed with the writer's name, printed again bare over the writer's credit", () => {
  it('is the headline as the page prints it, the bare print no line of the text', () => {
    const text = ['王志明:侨报 在变化中前行', '侨报 在变化中前行', '作者:王志明 某国《华声报》社长', '侨报的由来', prose('海外的侨报大多起于社团。'), prose('后来侨报也有了自己的读者。')].join('\n');
    const articles = extract(text);
    expect(articles.map((a) => a.headline)).toEqual(['王志明:侨报 在变化中前行']);
    expect(articles[0]!.paragraphs.join('\n')).not.toContain('在变化中前行');
  });

  it("still drops a source's name prefixed to the headline (the source no writer the page credits)", () => {
    const text = ['某某青年报:点燃激情 共筑家园', '点燃激情 共筑家园', '本报记者 崔明', prose('读者回家的活动昨天开始。'), prose('活动持续三天。')].join('\n\n');
    expect(extract(text).map((a) => a.headline)).toEqual(['点燃激情 共筑家园']);
  });
});

describe("a column's bare name over the text, under the headline, the picture's caption and the font tool", () => {
  it('is a rubric: the headline over it heads the story', () => {
    const text = ['报人的足迹 ——读李文华《报海行舟》', '李文华著《报海行舟》封面。', '字体大小:', '岁月回眸', `  ${prose('本地的报业从一开始就有文人的身影。')}`, prose('早年的主笔多是南来的文人。')].join('\n\n');
    const articles = extract(text);
    expect(articles.map((a) => a.headline)).toEqual(['报人的足迹 ——读李文华《报海行舟》']);
    expect(articles[0]!.paragraphs[0]).toContain('本地的报业');
  });
});

describe("a publication's 《title》 and the part its picture shows, alone between paragraphs", () => {
  it("is the picture's caption: no story's headline, the text under it the story's", () => {
    const text = [
      '《东方时报》的八十年:一份侨报的记忆',
      prose('《东方时报》是海外历史最久的华文报纸之一。'),
      '风雨中诞生的侨报',
      prose('《东方时报》于1935年创办,创办人是一位侨领。'),
      '《东方时报》创刊号',
      prose('为了办好报纸,早期该报聘请了不少报人。'),
    ].join('\n\n');
    const articles = extract(text);
    expect(articles.map((a) => a.headline)).toEqual(['《东方时报》的八十年:一份侨报的记忆']);
    expect(articles[0]!.paragraphs.some((p) => p.startsWith('为了办好报纸'))).toBe(true);
    expect(articles[0]!.fragments).toContain('《东方时报》创刊号');
  });
});

describe('a caption repeating the standfirst, closed by a "Source: AAP Image/…" credit', () => {
  it("is the picture's caption, its credit never run into the paragraph under it", () => {
    const lead = '來自香港的陳小華在澳洲完成大學課程之後,曾做多份兼職記者工作,她表示華人在主流媒體生存,必須面對更大的挑戰。';
    const text = ['【播客夢】畢業生堅持向主流媒體投稿', lead, `${lead} Source: AAP Image/John Smith/ NO ARCHIVING`, hant('陳小華在澳洲完成課程之後,做過多份兼職工作,'), hant('最近電台推出全新播客系列。')].join('\n\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs.join('\n')).not.toContain('Source:');
    expect(articles[0]!.paragraphs.some((p) => p.startsWith('陳小華在澳洲'))).toBe(true);
    // The caption kept among the story's fragments, its credit read off: the photographer named.
    expect(articles[0]!.fragments).toEqual([lead]);
    expect(articles[0]!.byline?.photographers).toEqual(['John Smith']);
  });
});

describe("a poster's name and date line closed by the page's report and comment links", () => {
  it('dates the post and is no deck of the headline', () => {
    const text = ['電視新聞 一個時代', '本站編輯 2021/03/15 檢舉 我要评论', `【某報專訊】${hant('那時候的電視新聞部是全行最好的。')}`, hant('後來一切都變了。')].join('\n\n');
    const articles = extract(text);
    expect(articles.map((a) => a.headline)).toEqual(['電視新聞 一個時代']);
    expect(articles[0]!.subheadline).toBeNull();
    expect(articles[0]!.published).toBe('2021-03-15');
  });
});

describe("a file picture's line (档案照片) between the standfirst and the text", () => {
  it('is no paragraph of the story', () => {
    const text = ['报人的故事', prose('本地报业的报人多是文人。'), '档案照片', prose('早期的主编多是南来的文人。')].join('\n\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).not.toContain('档案照片');
  });
});
