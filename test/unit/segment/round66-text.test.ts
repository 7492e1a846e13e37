// Issue 12 round 66's readings of a story's own lines, each on a short invented page in the layout it reads:
// - a site and its app joined by · then 讯 open the text as its dateline (lib/segment/dateline.ts);
// - a credited caption right over the paragraph its dateline opens is the lead picture's, not the first paragraph
//   (lib/segment/article.ts);
// - a writer's bracketed name alone on its line under the last sentence signs the story (lib/segment/signature.ts);
// - a caption closed by (供图:giver) is a picture's caption, not run into the paragraph under it
//   (lib/segment/credit-captions.ts);
// - the writers' bare names on a line of their own over the date line are the byline (lib/segment/padded-names.ts).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const para1 = '“每次来到这座小城,我都会想起小时候读过的那本书,书里的街巷和眼前的景象几乎一模一样。”一位远道而来的记者说。';
const para2 = '离活动开始还有半个小时,来自十多家媒体的记者已经在会场里架好了摄像机,准备记录下这一天的每一个细节。';

describe('a site and its app joined by · before 讯', () => {
  it('is the story\'s dateline, out of its first paragraph', () => {
    const r = text(`记者们的一天——写在记者节之际\n来源:某某日报\n作者:李明\n发布时间:2024-11-08 07:57:02\n\n  某某新闻网·某某客户端讯 ${para1}\n\n  ${para2}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.dateline?.source).toBe('某某新闻网·某某客户端');
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^“每次来到/);
  });
});

describe('a credited caption over the datelined paragraph', () => {
  it('is the lead picture\'s caption, not the first paragraph, and the dateline is read', () => {
    const r = text(`会场内外看小城——代表团开放日侧记\n来源:某某日报\n作者:李明\n发布时间:2024-03-07 09:18:03\n会场外的记者们。王小明 摄\n\n  某某新闻网·某某客户端讯 ${para1}\n\n  ${para2}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^“每次来到/);
    expect(r.articles[0]?.paragraphs.join('')).not.toContain('会场外的记者们');
    expect(r.articles[0]?.byline?.photographers).toContain('王小明');
  });
});

describe('a bracketed name alone under the last sentence', () => {
  it('signs the story, no paragraph of it', () => {
    const r = text(`小城记者的坚守\n\n某某日报 2015-11-08 00:13 大字\n\n${para1}\n\n${para2}\n\n(王晓红)`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.byline?.authors).toEqual(['王晓红']);
    expect(r.articles[0]?.paragraphs.at(-1)).toBe(para2);
    expect(r.articles[0]?.published).toBe('2015-11-08');
  });
});

describe('a caption closed by (供图:giver)', () => {
  it('stays out of the paragraph under it', () => {
    const r = text(`小城迎来两地记者采访团\n\n${para1}\n\n两地记者在小城老街合影。(供图:某某台办)\n\n${para2}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.paragraphs.join('\n')).not.toContain('供图');
    expect(r.articles[0]?.paragraphs.at(-1)).toBe(para2);
  });
});

describe('the writers\' bare names over the date line', () => {
  it('are the byline, and the date under them is read', () => {
    const r = text(`某某网>>综合报道\n分享\n\n两地记者联合采访活动走进小城——\n\n看小城新貌 听发展故事(城市观察)\n\n李 明 王晓红\n\n2024年09月05日08:48    来源:某某网-某某日报\n\n  ${para1}\n\n  ${para2}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.byline?.authors).toEqual(['李明', '王晓红']);
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^“每次来到/);
    expect(r.articles[0]?.published).toBe('2024-09-05');
  });
});
