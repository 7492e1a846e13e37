// Finding saved quotes in plain text: exact, repeated, edited, and in a large text.
import { describe, expect, it } from 'vitest';
import { describePosition, describeQuote, matchQuote } from '../../../lib/anchor/quote';
import { seededRandom } from './seed-page';

describe('describeQuote / describePosition', () => {
  it('keeps up to `context` characters either side', () => {
    const text = '据各口岸日报数据,2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%;全年货运量超预期';
    const at = text.indexOf('14.7%');
    expect(describeQuote(text, at, at + 5, 6)).toEqual({ type: 'TextQuoteSelector', exact: '14.7%', prefix: '吨,同比增长', suffix: ';全年货运量' });
    expect(describeQuote(text, 0, 2).prefix).toBe('');
    expect(describePosition(9, 3)).toEqual({ type: 'TextPositionSelector', start: 3, end: 9 });
  });
});

describe('matchQuote', () => {
  const text = '甲地降雪5%，乙地降雪5%。全年增长5%以上，其中一季度增长5%。';

  it('chooses among repeated short quotes by their context', () => {
    const starts: number[] = [];
    for (let at = text.indexOf('5%'); at !== -1; at = text.indexOf('5%', at + 1)) starts.push(at);
    for (const at of starts) {
      const m = matchQuote(text, describeQuote(text, at, at + 2, 8));
      expect(m?.start).toBe(at);
    }
  });

  it('refuses a short quote with no saved context when it occurs more than once', () => {
    expect(matchQuote(text, { type: 'TextQuoteSelector', exact: '5%', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('只有一处5%', { type: 'TextQuoteSelector', exact: '5%', prefix: '', suffix: '' })?.start).toBe(4);
  });

  it('never places a short quote fuzzily', () => {
    const q = describeQuote(text, 4, 6);
    expect(matchQuote(text.replaceAll('5%', '6%'), q)).toBeNull();
  });

  it('finds an edited long quote and scores it below an exact one', () => {
    const passage = '呼和浩特市将推进“强首府”工程实施招商引资项目落地“四大行动”';
    const page = `为深入贯彻落实全区招商引资暨优化营商环境大会精神,全面提升招商引资成效,${passage}。实施项目“大对接”行动。`;
    const at = page.indexOf(passage);
    const q = describeQuote(page, at, at + passage.length);
    const exact = matchQuote(page, q, { position: at });
    const edited = page.replace('强首府', '强首府、强产业');
    const fuzzy = matchQuote(edited, q, { position: at });
    expect(exact).toEqual({ start: at, end: at + passage.length, score: 1 });
    expect(edited.slice(fuzzy!.start, fuzzy!.end)).toBe('呼和浩特市将推进“强首府、强产业”工程实施招商引资项目落地“四大行动”');
    expect(fuzzy!.score).toBeLessThan(1);
  });

  it('rejects an approximate match whose context no longer agrees', () => {
    const passage = '全年纳入海关统计的跨境电商规模达到24.8亿元';
    const page = `据自治区商务厅消息,2022年内蒙古跨境电商发展迅猛,${passage},同比增长5.5倍。`;
    const at = page.indexOf(passage);
    const q = describeQuote(page, at, at + passage.length);
    const elsewhere = '另据海关消息,全年纳入海关统计的外贸规模达到24.8亿元以上,后续将继续发布。';
    expect(matchQuote(elsewhere, q)).toBeNull();
  });

  it('anchors 100 quotes, exact and edited, in a 1 MB text after the text shifted', () => {
    const rand = seededRandom(42);
    const alphabet = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
    const parts: string[] = [];
    for (let n = 0; n < 1_000_000; n++) parts.push(alphabet[Math.floor(rand() * alphabet.length)]);
    const text = parts.join('');

    const saved = Array.from({ length: 100 }, (_, i) => {
      const length = 5 + Math.floor(rand() * 120);
      const start = Math.floor(rand() * (text.length - length));
      return { i, start, end: start + length, quote: describeQuote(text, start, start + length) };
    });

    // Shift everything by an inserted lead, and edit the middle of every third long quote.
    const lead = '编者按：'.repeat(30);
    let edited = lead + text;
    const edits = new Map<number, string>();
    for (const s of [...saved].sort((a, b) => b.start - a.start)) {
      if (s.i % 3 !== 0 || s.end - s.start < 30) continue;
      const mid = lead.length + s.start + Math.floor((s.end - s.start) / 2);
      edited = edited.slice(0, mid) + '（更）' + edited.slice(mid);
      edits.set(s.i, edited.slice(lead.length + s.start, lead.length + s.end + 3));
    }

    for (const s of saved) {
      const m = matchQuote(edited, s.quote, { position: s.start });
      expect(m).not.toBeNull();
      expect(edited.slice(m!.start, m!.end)).toBe(edits.get(s.i) ?? s.quote.exact);
    }
  });
});
