// Round 2 of issue 12's single-story pages (Taiwan and Hong Kong sites, portals, mobile pages): what their layout
// leaves on and around the headline line — a posting time, a counter, the site's name after a bar, a banner
// line of another story above it, a byline of several reporters and the paper — is not the headline, and short
// section heads under a long headline open no story.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const read = (lines: string[], sep = '\n\n') => extractText(lines.join(sep), { gazetteer: null }).articles;
const lead = '市政府今日公布新一輪的公共交通優惠計劃，長者及學生乘搭巴士和渡輪可享半價，計劃下月起實施，為期一年。';
const more = '運輸署表示，計劃預計每年涉及開支約三億元，當局會在半年後檢討成效，並視乎乘客量調整班次安排。';

describe('the tail of a headline line', () => {
  it('leaves off the posting time in brackets a news list prints after the headline', () => {
    const [a, ...rest] = read(['即時港聞', '巴士渡輪半價優惠下月實施 (07:35)', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('巴士渡輪半價優惠下月實施');
  });

  it('leaves off a counter left after a space, and keeps a year or a number with its unit', () => {
    expect(read(['巴士渡輪半價優惠下月實施 長者學生受惠 7', lead, more])[0]!.headline).toBe('巴士渡輪半價優惠下月實施 長者學生受惠');
    expect(read(['年度交通回顧 2024', lead, more])[0]!.headline).toBe('年度交通回顧 2024');
  });

  it('leaves off the site name after a bar', () => {
    expect(read(['巴士渡輪半價優惠下月實施 長者學生受惠｜Yahoo', lead, more])[0]!.headline).toBe('巴士渡輪半價優惠下月實施 長者學生受惠');
  });
});

describe('the lines around the headline', () => {
  it('takes the line closed by the site name as the headline, not the banner of another story above it', () => {
    const articles = read(
      [
        '市建局向 1,700 名業主發放樓宇更新資助',
        '巴士渡輪半價優惠下月實施 長者學生受惠 議員促擴至基層家庭｜Yahoo',
        lead,
        '計劃開支',
        more,
        '議員意見',
        '有議員表示歡迎計劃，但認為優惠應擴展至基層家庭，並要求當局交代長遠的財政安排及檢討機制。',
      ],
      '\n',
    );
    expect(articles.map((a) => a.headline)).toEqual(['巴士渡輪半價優惠下月實施 長者學生受惠 議員促擴至基層家庭']);
    expect(articles[0]!.paragraphs.join('')).toContain('有議員表示歡迎計劃');
  });

  it('reads a line of several reporters, a slash, the place and the paper as the byline, not the headline', () => {
    const [a, ...rest] = read(['今日頭條', '巴士渡輪半價優惠下月實施', '記者王小明、李大華、陳美玲/台北聯合報', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('巴士渡輪半價優惠下月實施');
    expect(a!.byline?.reporters).toEqual(['王小明', '李大華', '陳美玲']);
  });

  it('reads a publication label and its date with no colon between as a meta line, not the headline', () => {
    const [a, ...rest] = read(['市議員候選人王小明掛黨徽到年輕人多的場合都會一陣緊張', '發佈時間 2018/11/14 01:36:00', '最後更新 2020/2/23 14:38:30', '台北市大安區|某某黨|王小明', lead, more]);
    expect(rest).toEqual([]);
    expect(a!.headline).toBe('市議員候選人王小明掛黨徽到年輕人多的場合都會一陣緊張');
    expect(a!.paragraphs.join('')).not.toContain('2018/11/14');
  });
});
