// A story's last sentence followed by a bracketed sign-off ("…。（经济日报评论员）", "…。（完）") is a complete story,
// not one the page cut off (lib/segment/signed-end.ts).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { endsSignedSentence } from '../../../lib/segment/signed-end';

describe('endsSignedSentence', () => {
  it('a sentence stop, then a short bracket', () => {
    expect(endsSignedSentence('这是推动高质量发展的必然要求。（经济日报评论员）')).toBe(true);
    expect(endsSignedSentence('会议顺利完成各项议程。（完） ')).toBe(true);
    expect(endsSignedSentence('The council approved the budget. (Reuters)')).toBe(true);
  });

  it('no stop before the bracket, a long bracket, or no bracket at all', () => {
    expect(endsSignedSentence('详见下方的数据图表（见图）')).toBe(false);
    expect(endsSignedSentence('他说。（这是一段很长的括号里面的话，说明了许多事情，并没有结束的意思还在继续）')).toBe(false);
    expect(endsSignedSentence('要求各地')).toBe(false);
    expect(endsSignedSentence('（完）')).toBe(false);
    expect(endsSignedSentence('有哪些“双边会谈”值得留意……(按此阅读更多)')).toBe(false);
  });
});

describe('a signed commentary is not truncated', () => {
  it('a 评论员 signature after the last sentence', () => {
    const text =
      '推动产业高质量发展\n\n当前，部分行业出现阶段性供大于求的情况，这是市场经济运行中的正常现象，需要辩证看待。\n\n' +
      '我们要坚持以改革的办法推动结构调整，让市场在资源配置中起决定性作用。（经济日报评论员）';
    const a = segment(blocksFromText(text)).articles[0];
    expect(a?.paragraphs.at(-1)).toMatch(/（经济日报评论员）$/);
    expect(a?.truncated).toBe(false);
  });
});
