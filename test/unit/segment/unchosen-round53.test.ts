// Issue 12, single-story round 53 (an unchosen sample of Traditional Chinese page texts): a writer's name, a slash and
// town under the headline is the byline, no headline (signature-lines.ts); a 快訊 ticker's headlines of other stories
// above the story's own are furniture (ticker-labels.ts); a caption closed by "(圖/source)" is a caption, never run
// into the paragraph under it (credit-captions.ts); a player's clock, a text-size switch's letter buttons and a
// menu's toggle are page tools (tool-rows.ts). Pages written here in the layouts met, no page's words.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isToolRow } from '../../../lib/segment/tool-rows';

const extract = (text: string) => extractText(text, { gazetteer: null }).articles;
const prose = (s: string) => `${s}這是一段夠長的正文，交代了事情的經過、時間和地點，也寫下了各方的看法與感受。`;

describe('a name／town signature line under the headline', () => {
  const page = ['我的頻道', '', '讀報四十年', '', '李大同／聖荷西', '', '讀報四十年。', '', prose('我在一九八○年初到美國，第一份訂的就是這份報紙。'), '', prose('報上的分類廣告幫我找到了第一份工作。')].join('\n');

  it('signs the story: the headline stays the title above it', () => {
    const articles = extract(page);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('讀報四十年');
    expect(articles[0]?.byline?.authors).toEqual(['李大同']);
  });

  it('is no byline where no prose stands under it', () => {
    const articles = extract(['李大同／聖荷西', '', '讀報四十年'].join('\n'));
    expect(articles.every((a) => !a.byline?.authors.includes('李大同'))).toBe(true);
  });
});

describe('a 快訊 ticker over the story headline', () => {
  it('leaves the headline to the story own title, the ticker headlines no part of the story', () => {
    const text = [
      '快訊',
      '',
      '颱風外圍環流影響 北部山區今晚防豪雨',
      '',
      '股市早盤震盪 半導體類股領跌',
      '',
      '社區圖書館開館三十年',
      '',
      '陳美玲／台中',
      '',
      prose('社區圖書館開館三十年，館員回想當年只有一間教室大小。'),
      '',
      prose('圖書館這些年從一間教室長成三層樓，開館三十年來借出的書超過百萬冊。'),
    ].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('社區圖書館開館三十年');
    expect(articles[0]?.subheadline).toBeNull();
  });
});

describe('a caption closed by the picture source', () => {
  it('is not run into the first paragraph under it', () => {
    const text = ['老報人的一段往事', '', '2019-07-09 07:00:00', '', '報社舊大樓的門口。(圖/翻攝自網路)', '', prose('以下是我的一段人生故事，講述我和報社之間的點點滴滴。'), '', prose('那一年報社突然宣告停刊。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs[0]?.startsWith('以下是我的一段人生故事')).toBe(true);
    expect(paragraphs.some((p) => p.includes('(圖/翻攝自網路)'))).toBe(false);
  });
});

describe('page tools', () => {
  it('reads a player clock and a menu toggle as tools', () => {
    expect(isToolRow('0:00 /0:00')).toBe(true);
    expect(isToolRow('0:00 / 0:00')).toBe(true);
    expect(isToolRow('01:12 / 1:03:25')).toBe(true);
    expect(isToolRow('切換隱藏選單')).toBe(true);
    expect(isToolRow('Toggle navigation')).toBe(true);
    expect(isToolRow('比數 3:2 / 4:1')).toBe(false);
    expect(isToolRow('選舉')).toBe(false);
  });

  it('drops a text-size switch buttons and a player clock from the story text', () => {
    const text = ['老報人的一段往事', '', 'A+', 'A', 'A-', '', '0:00 /0:00', '', prose('以下是我的一段人生故事。'), '', prose('那一年報社突然宣告停刊。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs[0]?.startsWith('以下是我的一段人生故事')).toBe(true);
    expect(paragraphs.some((p) => /^A[+-]?$|0:00/.test(p))).toBe(false);
    const row = extract(['老報人的一段往事', '', 'A+ A A-', '', prose('以下是我的一段人生故事。'), '', prose('那一年報社突然宣告停刊。')].join('\n'));
    expect(row[0]?.paragraphs[0]?.startsWith('以下是我的一段人生故事')).toBe(true);
  });

  it('leaves a lone A line (an answer in a Q&A) alone', () => {
    const text = ['Questions for the mayor', '', 'Q', 'Will the bridge reopen this year, and what will it cost the city to repair it?', '', 'A', 'The engineers told us the work should be done by the end of October, at a cost of about two million dollars.'].join('\n');
    const paragraphs = extract(text).flatMap((a) => a.paragraphs);
    expect(paragraphs.some((p) => p === 'A' || p.startsWith('A'))).toBe(true);
  });
});
