// Issue 12 round 70's readings, each on a short invented page in the layout it reads:
// - a reporter's line giving each name its own role after a slash ("本报记者 李明/文 王强/图") is the byline,
//   the first name the writer, the second the photographer, never the headline (lib/segment/byline.ts).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseBylineLine } from '../../../lib/segment/byline';

const text = (s: string) => segment(blocksFromText(s));

describe('a byline giving each name a role after a slash', () => {
  const page = [
    '小城的老街焕发新活力',
    '',
    '——访某某文化馆馆长陈华',
    '',
    '本报记者 李明/文 王强/图',
    '',
    '“老街来的人多了,店也一家家开起来了。”日前,某某文化馆馆长陈华在接受记者采访时说,老街改造一年来变化很大。',
    '',
    '陈华说,老街有三百多年的历史,改造时保留了青石板路和老字号的门面,让居民和游客都能感受到小城的味道。',
  ].join('\n');

  it('reads the line as the byline, not the headline', () => {
    const r = text(page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('小城的老街焕发新活力');
    expect(r.articles[0]?.byline?.reporters).toEqual(['李明']);
    expect(r.articles[0]?.byline?.photographers).toEqual(['王强']);
  });

  it('reads a single name with its slash role, and leaves a slash with no role word alone', () => {
    expect(parseBylineLine('记者 李明/文')?.reporters).toEqual(['李明']);
    expect(parseBylineLine('记者 李明/某某')).toBeNull();
  });
});
