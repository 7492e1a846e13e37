// Layouts met in the thirty-fourth held-out round of issue #19: a listing whose items each stand under a headline
// and a stamp line of source and time ("Source· 2026-01-11 04:50"), and a radio page whose spoken items each close
// with the same formula ("请听报导。"), an advertisement line between two. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('items under a headline and a stamp line of source and time', () => {
  const page = [
    '城市更新',
    'Search documents',
    '老街改造完成第一期工程',
    'Bei Jing Ri Bao· 2026-02-03 09:15',
    '经过一年的施工,老街改造第一期工程近日完成,沿街三十多家老字号重新开门迎客。 街区还增设了步行道和休息座椅。',
    '市规划局:明年再改造五条街巷',
    'Xin Hua She· 2026-02-01 16:40',
    '会上,市规划局负责人表示,明年将再改造五条街巷,并征求居民意见。',
  ].join('\n\n');

  it('reads each item under its own headline, its stamp line no text of it', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['老街改造完成第一期工程', '市规划局:明年再改造五条街巷']);
    expect(seg.articles[0]!.paragraphs[0]).toMatch(/^经过一年的施工/);
    expect(seg.articles[1]!.paragraphs[0]).toMatch(/^会上,市规划局负责人表示/);
    expect(seg.articles.flatMap((a) => a.paragraphs).join('')).not.toContain('2026-02');
  });

  it('leaves one stamp line to the story it stands in', () => {
    const one = ['老街改造完成第一期工程', 'Bei Jing Ri Bao· 2026-02-03 09:15', '经过一年的施工,老街改造第一期工程近日完成。', '市规划局:明年再改造五条街巷', '会上,市规划局负责人表示,明年将再改造五条街巷。'].join('\n\n');
    expect(text(one).articles).toHaveLength(1);
  });
});

describe('spoken items closed by the same formula', () => {
  const page = [
    '【天下聚焦】北京时间3月2日晚上8点更新',
    '2014年03月02日 20:05',
    '欢迎收听,我是晓明,接下来为您带来最新的全球资讯。首先是国际要闻。',
    '星期六(1日),德国总理表示,德国将继续支持欧盟的能源转型计划。此前一天,欧盟各国能源部长在布鲁塞尔举行会议,讨论了天然气供应问题。请听报导。',
    'Ad:春季特惠,全场机票八折起,立即预订',
    '日本首相星期六在东京会见了来访的澳大利亚外长,双方同意加强两国在经济和安全领域的合作。请听报导。',
    '巴西中央银行星期五宣布将基准利率上调半个百分点,这是该行连续第八次加息,以应对持续上升的通货膨胀压力。',
  ].join('\n\n');

  it('reads each spoken item as a story of its own, the greeting and the advertisement no text of any', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.paragraphs[0]!.slice(0, 6))).toEqual(['星期六(1日', '日本首相星期', '巴西中央银行']);
    expect(seg.articles.flatMap((a) => a.paragraphs).join('')).not.toMatch(/欢迎收听|春季特惠/);
  });

  it('keeps one story that says the formula once', () => {
    const one = ['德国继续支持能源转型', '星期六(1日),德国总理表示,德国将继续支持欧盟的能源转型计划。请听报导。', '此前一天,欧盟各国能源部长在布鲁塞尔举行会议,讨论了天然气供应问题,各方同意加快建设储气设施。'].join('\n\n');
    expect(text(one).articles).toHaveLength(1);
  });
});
