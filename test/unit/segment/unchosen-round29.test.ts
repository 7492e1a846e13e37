// Layouts met in the twenty-ninth single-story round of issue #12 (a seventeenth unchosen sample of page texts): a
// page whose headline has a read-aloud player's label under it, an e-paper reader's view whose headline is dated by a
// month-and-day field under the reader's own lines, and a public-account post whose headline has the account's line
// and the post's quoted digest under it. The texts are written here in those layouts.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { isQuoteTail } from '../../../lib/segment/quote-tails';
import { isFieldDate } from '../../../lib/segment/field-dates';

const text = (s: string) => segment(blocksFromText(s));
const P1 = '对于老街坊来说,新落成的社区中心是崭新的起点——去年,市报社区版搬到了河畔新区,但编辑们不曾忘记自己的来时路,每周仍回老城区走访一次。';
const P2 = '三年前的夏天,市报记者在老城区蹲守时,发现一位母亲每天推着轮椅送儿子上学,从中挖掘出一个家庭坚持向上的故事,并追踪报道了好几年。';
const P3 = '今年春天,社区版又在河畔新区办起了读者见面会,来自老城区的街坊们带着旧报纸赶来,和编辑们聊起了当年的报道和自己家里的变化。';

describe('a read-aloud player\'s label under the headline', () => {
  const HEADLINE = '我和市报的故事 | 我来自“老城区”';
  it('is a page tool, not the headline', () => {
    for (const label of ['语音播报', '聽新聞']) {
      const seg = text([HEADLINE, label, P1, P2, P3].join('\n\n'));
      expect(seg.articles.map((a) => a.headline)).toEqual([HEADLINE]);
      expect(seg.articles[0]!.paragraphs.join('')).not.toContain(label);
    }
  });
});

describe('an e-paper reader\'s view: the reader\'s lines, the headline, a month-and-day date field', () => {
  const HEADLINE = '我也想跟这座城市“终生合伙”';
  const page = (field: string) =>
    ['电子报阅读机', '2026-01-26', '星期一', '当前报纸名称:市报', HEADLINE, field, '字号:', '版面:第A10版:记者节       上一篇    下一篇', '张明(左二)在展会采访现场。', P1, P2].join('\n\n');
  it('dates the headline, not the reader\'s name line over the reader\'s date', () => {
    expect(text(page('日期:11-08')).articles.map((a) => a.headline)).toEqual([HEADLINE]);
  });
  it('is read only as a labelled month and day', () => {
    expect(isFieldDate('日期:11-08')).toBe(true);
    expect(isFieldDate('发布日期：3月5日')).toBe(true);
    expect(isFieldDate('日期:记者节特刊')).toBe(false);
    expect(isFieldDate('11-08')).toBe(false);
  });
});

describe('a public-account post: headline, the account\'s line, the quoted digest, a reading-time line', () => {
  const HEADLINE = '做記者的最怕啥?來翻翻他們的包';
  const PROSE = [
    '時間如一股洪流,奔騰而下,抵達無數個渡口。如果說,這些渡口對應著無數個日子,那每個渡口對不同的人而言都有著非凡的意義。',
    '當時間之河來到記者節的渡口,有一群人會莫名悸動,因為這一天,是屬于他們的節日。每年的這一天,我們都會發文,慶祝節日。',
    '作為媒體本身,我們需要在節日的儀式感中增進認同感;那些認真記錄與勇敢表達的記者,在這一天也需要社會奉上一份真心的敬意。',
  ];
  const page = (account: string, digest: string) => [HEADLINE, account, digest, '全文8444字,閱讀約需17.5分鐘', '(向上滑動啟閱)', ...PROSE].join('\n\n');

  it('is headed by the post\'s headline', () => {
    expect(text(page('市報社官方帳號', '出差最擔心手機沒電、電腦沒電、充電寶沒電……”')).articles.map((a) => a.headline)).toEqual([HEADLINE]);
  });

  it('never takes the digest closing a quotation it never opened as the headline', () => {
    expect(isQuoteTail('出差最擔心手機沒電、電腦沒電、充電寶沒電……”')).toBe(true);
    expect(isQuoteTail('“出差最擔心手機沒電……”')).toBe(false);
    expect(isQuoteTail('我也想跟这座城市“终生合伙”')).toBe(false);
    expect(text(page('市報社官方帳號', '出差最擔心手機沒電、電腦沒電、充電寶沒電……”')).articles[0]!.headline).not.toContain('出差');
  });

  it('never takes the account\'s line, named by the kind of account, as the headline', () => {
    expect(text(page('市報社官方帳號', '出差最擔心手機沒電、電腦沒電、充電寶沒電……”')).articles[0]!.headline).not.toBe('市報社官方帳號');
    expect(text(page('市報公眾號', '出差最擔心手機沒電、電腦沒電、充電寶沒電……”')).articles.map((a) => a.headline)).toEqual([HEADLINE]);
  });
});
