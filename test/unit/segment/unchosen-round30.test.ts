// Issue 12, single-story round 30 (an unchosen sample of page texts): a picture's placeholder line under the
// headline is no headline (parts.ts, article.ts), and a part's bare number on a line of its own is never run into
// the paragraph below it (part-marks.ts, read by repair.ts); a read-aloud player's label with the reading's length is
// a page tool (tool-rows.ts). Pages written here in the layouts met, no page's words.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isPartMark } from '../../../lib/segment/part-marks';
import { isToolRow } from '../../../lib/segment/tool-rows';

const extract = (text: string) => extractText(text, { gazetteer: null }).articles;
const prose = (s: string) => `${s}这是一段足够长的正文内容，用来说明事情的经过和各方的看法，并且交代了时间、地点和人物。`;

describe('a picture placeholder under a short headline', () => {
  it('leaves the headline to the title above it, and is no deck', () => {
    const text = ['江城晚报30年', '', '图片', '撰文 | 王小明', prose('昨天是江城晚报创刊30年。'), prose('我是创刊前入职的。'), prose('后来我离开了报社。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('江城晚报30年');
    expect(articles[0]?.subheadline).toBeNull();
  });
});

describe('a part number on a line of its own', () => {
  it('is a line of its own, never the first characters of the paragraph below it', () => {
    const text = ['晚报停刊,一座城市的告别', '', '1', '', prose('早上八点不到,朋友转来一篇文章。'), '', prose('我看了一眼,又睡去。'), '', '2', '', prose('我没有在晚报工作过。'), '', prose('后来有一次录节目。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs).toContain('1');
    expect(paragraphs).toContain('2');
    expect(paragraphs.some((p) => p.startsWith('早上八点不到'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('我没有在晚报工作过'))).toBe(true);
  });

  it('is told from a number with words', () => {
    expect(isPartMark('3')).toBe(true);
    expect(isPartMark(' 12 ')).toBe(true);
    expect(isPartMark('三')).toBe(true);
    expect(isPartMark('123')).toBe(false);
    expect(isPartMark('3月')).toBe(false);
  });
});

describe("a read-aloud player's label with the reading's length", () => {
  it('is a page tool, not the story\'s first paragraph', () => {
    expect(isToolRow('语音播报预计5分钟')).toBe(true);
    expect(isToolRow('听新闻 约3分钟')).toBe(true);
    expect(isToolRow('朗读 03:25')).toBe(true);
    expect(isToolRow('语音播报预计5分钟后开始的会议')).toBe(false);
    const text = ['学者谈读报:工作生活的帮手', '2021-10-22 晨报', '语音播报预计5分钟', prose('读报对我的工作帮助很大。'), prose('我每天都读七八份报纸。')].join('\n\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs[0]).not.toContain('语音播报');
  });
});
