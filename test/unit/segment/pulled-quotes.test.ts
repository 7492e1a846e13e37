// A feature's parts headed by pull quotes (lib/segment/pulled-quotes.ts): a line that is one quotation alone, whose
// words the part under it quotes again, is a part title of the one story, not one more story's headline. A quoted
// headline over a part carrying a byline of its own still heads a story of its own.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const lead = [
  '一位乡村教师的读报时光',
  '星空云存证',
  '本报记者 陈小明',
  '周末的下午，在湖边的步道上，退休教师王大山向记者讲起他和一份报纸的往事，说到高兴处，他不时比划着当年报纸的样子。',
  '今年七十五岁的王大山，退休前在一所乡村中学教地理。他说，每天傍晚邮递员送来报纸，是全校老师最盼望的时刻。',
  '王大山老人在家中翻看旧报纸。 本报记者 陈小明 摄',
];
const part = [
  '王大山从小就喜欢看书，中学时常常跑到镇上的文化站借报纸看，一看就是一个下午，天黑了才想起回家吃饭。',
  '“我自己订报纸是在一九八二年，那时候一年的报费要八块多钱，差不多是我半个月的伙食费。”王大山笑着回忆说。',
];

describe('parts headed by pull quotes', () => {
  it('keeps the quoted part title inside the one story', () => {
    const r = text([...lead, '“我自己订报纸是在一九八二年”', ...part].join('\n\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('一位乡村教师的读报时光');
  });

  it('leaves a quoted headline over a part with a byline of its own as a story of its own', () => {
    const r = text([...lead, '“我自己订报纸是在一九八二年”', '本报记者 李小红', ...part].join('\n\n'));
    expect(r.articles).toHaveLength(2);
  });
});
