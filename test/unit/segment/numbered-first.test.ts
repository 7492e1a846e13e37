// The first of a digest's numbered headlines read as a sentence (lib/segment/numbered-first.ts): a morning briefing
// numbers its headlines 1、2、3、, each over one paragraph closed by its source, and its first headline runs long,
// with a question mark, a closed quotation and a second clause. It heads the first item as 2、 and 3、 head theirs:
// the reader gets three items, the first under its own headline, not two with the first lost to the standfirst.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const BRIEFING = `晨间简报|5月4日 星期二 每天三分钟看世界

1、某市一商场借节日营销引争议?海报写道:“祝大家节日快乐。”但下方印有促销电话  监管部门:已介入

5月3日上午,某市一家商场在门口张贴节日海报,海报中间写着祝福语,下方却印有大幅促销电话和折扣信息,引发不少市民议论。市场监管部门表示已经介入调查此事,将依法处理相关问题。(某某晚报)

2、河边公园完成改造 周末起向市民开放

经过半年施工,河边公园的步道、照明和儿童游乐区全部完成改造,本周六起向市民免费开放,园方提醒游客注意安全并爱护公共设施。(某某日报)

3、地铁新线开始试运行 年底前正式通车

地铁五号线今天开始空载试运行,运营方表示试运行期间将全面检验列车和信号系统,如无意外年底前将正式开通载客运营。(某某台)`;

describe('the first of numbered headlines read as a sentence', () => {
  it('heads the first item as the next numbered headlines head theirs', () => {
    const { articles } = extractText(BRIEFING, { gazetteer: null });
    expect(articles).toHaveLength(3);
    expect(articles[0]!.headline).toContain('某市一商场借节日营销引争议');
    expect(articles[0]!.paragraphs[0]).toMatch(/^5月3日上午/);
    expect(articles[1]!.headline).toContain('河边公园完成改造');
  });

  it('leaves a numbered paragraph that ends its sentence a paragraph', () => {
    const { articles } = extractText(BRIEFING.replace('监管部门:已介入', '监管部门已介入。'), { gazetteer: null });
    expect(articles.every((a) => !a.headline.includes('某市一商场'))).toBe(true);
  });
});
