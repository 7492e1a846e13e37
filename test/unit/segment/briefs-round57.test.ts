// Layouts met in the fifty-seventh held-out round of issue #19 (a twenty-fifth unchosen sample): a column of
// numbered capitals headlines, each over a one-line summary, some summaries cut mid-sentence by the page. Texts
// written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const page = (lines: string[]) => segment(blocksFromText(lines.join('\n\n')));

describe('numbered headlines over one-line summaries, two cut mid-sentence', () => {
  const lines = [
    'Five Things to Know for Tuesday',
    'Your daily look at the stories that will be talked about Tuesday:',
    '1. FLOODS CLOSE MOUNTAIN PASS',
    'Crews expect the road to stay shut until the river falls below the bridge deck later this week.',
    '2. HARBOUR STRIKE ENTERS THIRD DAY',
    'Dock workers say talks with the port authority have stalled over night-shift pay.',
    '3. MAYOR NAMES NEW POLICE CHIEF',
    'The city council is expected to confirm the choice at its meeting on',
    '4. MUSEUM RETURNS STOLEN PAINTING',
    'The work was taken from a private home in 1978 and surfaced at an auction last spring.',
    '5. LOCAL TEAM WINS TITLE',
    'The club beat its rivals in extra time to claim its first trophy in',
  ];

  it('keeps every item a story of its own, a cut summary its item\'s text', () => {
    const seg = page(lines);
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'FLOODS CLOSE MOUNTAIN PASS',
      'HARBOUR STRIKE ENTERS THIRD DAY',
      'MAYOR NAMES NEW POLICE CHIEF',
      'MUSEUM RETURNS STOLEN PAINTING',
      'LOCAL TEAM WINS TITLE',
    ]);
    expect(seg.articles[2]!.paragraphs).toEqual(['The city council is expected to confirm the choice at its meeting on']);
  });
});

describe('a digest of numbered items each opened by the body that speaks and a colon', () => {
  const items = [
    '1、統計局:前八個月全國規模以上工業增加值同比增長百分之五點二,其中裝備製造業增長較快,高技術製造業增加值佔比繼續提高。',
    '2、央行:本月將開展五千億元買斷式逆回購操作,期限為三個月,以保持銀行體系流動性充裕,引導市場利率平穩運行。',
    '3、商務部:前八個月全國實際使用外資金額同比下降,但高技術產業引資佔比上升,新設外商投資企業數量保持增長。',
    '4、交通運輸部部長劉偉:將加快推進城市群交通一體化建設,今年計劃新開通城際鐵路線路六條,進一步縮短通勤時間。',
  ];

  it('reads every item as a headless story whose text keeps who spoke, no headline made of the speaker', () => {
    const seg = page(['財經早報', '一、宏觀經濟', ...items]);
    const found = items.map((t) => seg.articles.find((a) => a.paragraphs.join('').startsWith(t.slice(0, 12))));
    expect(found.every((a) => a !== undefined && a.headline === '')).toBe(true);
  });
});

describe('marked paragraphs under a page headline that names a digest', () => {
  const items = [
    '人行:下調七天逆回購利率十個基點,以支持實體經濟融資成本穩中有降,並保持流動性合理充裕。',
    '► 中新社:今年上半年全國快遞業務量突破九百億件,同比增長百分之十九,農村地區增速高於城市。',
    '► 證券時報:多家公募基金宣布降低管理費率,業內預計年內將有更多產品跟進,投資者成本進一步下降。',
  ];

  it('reads each marked paragraph as a headless item of the digest, not one story\'s points', () => {
    const seg = page(['財經早報2025-06-02', '今日關註', ...items]);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.map((a) => a.paragraphs[0]!.slice(0, 8))).toEqual(items.map((t) => t.slice(0, 8)));
  });
});
