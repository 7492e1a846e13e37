// An interviewer's question set under the role word ("记者:…?") between the answers of a Q&A
// (lib/segment/classify.ts ASKED_LINE): the reader keeps the question in the text; a 记者: credit line stays out.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const page = [
  '城市频道 > 专题',
  '',
  '街坊们眼中的新公园',
  '',
  '2023-04-18 09:15:02',
  '',
  '  城南的口袋公园开放一个月了,我们请几位常来的街坊说说他们的感受。',
  '',
  '  记者:您平时最常在公园里做些什么?',
  '',
  '  退休教师张大爷:“每天早上来打一套太极拳,中午在树荫下看看报纸,比在家里闷着舒服多了。”',
  '',
  '  记者:您觉得公园还有哪些地方可以改进?',
  '',
  '  附近小区的王女士:“要是能多装几盏路灯就好了,晚上带孩子出来散步会更安心一些。”',
].join('\n');

describe('a 记者: question line between the answers of a Q&A', () => {
  it('keeps both questions in the story\'s text', () => {
    const r = text(page);
    expect(r.articles).toHaveLength(1);
    const paragraphs = r.articles[0]?.paragraphs ?? [];
    expect(paragraphs).toContain('记者:您平时最常在公园里做些什么?');
    expect(paragraphs).toContain('记者:您觉得公园还有哪些地方可以改进?');
  });
});
