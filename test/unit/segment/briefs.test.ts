// The scored segmentation of pages of briefs: its features, its choice, the trailing credits, and the traps
// that must stay one story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseAgencyCredit } from '../../../lib/segment/credit';
import { ARTICLE_PRIOR, bestStarts, EMPTY_STORY } from '../../../lib/segment/score';
import { isLabel } from '../../../lib/segment/facts';
import { itemNumber, runInLength, type Candidate } from '../../../lib/segment/starts';

const text = (s: string) => segment(blocksFromText(s));
const real = (id: string) => text(readFileSync(join(process.cwd(), 'test/fixtures/real/multi', `${id}.txt`), 'utf8'));

describe('trailing agency credits', () => {
  it.each([
    ['日本戰機緊急升空應對。（新华社）', '新华社', false],
    ['Officials said the road would reopen. (AP)', 'AP', false],
    ['兩國軍事將領昨天則在巴基斯坦會晤。法新社 ・ 15 小時前', '法新社', false],
    ['澳洲加入空中和海上搜救行動。(AAP)', 'AAP', false],
    ['图为外国记者在采访大会。新华社发', '新华社', true],
  ])('reads %s', (t, source, photo) => {
    const c = parseAgencyCredit(t);
    expect(c).toMatchObject({ source, photo });
    expect(t.slice(0, c!.start).trimEnd()).toMatch(/[。.]$/);
  });

  it.each(['他说（AP）的报道不实', 'He said (AP)', '（新华社）', 'A plain sentence.'])('reads no credit in %s', (t) => {
    expect(parseAgencyCredit(t)).toBeNull();
  });

  it('takes the credit off the last paragraph into the dateline', () => {
    const seg = text('土耳其稱發生襲擊\n\n土耳其武裝部隊總參謀部26日發表聲明,造成至少30人死亡。（新华社）');
    expect(seg.articles[0]?.paragraphs).toEqual(['土耳其武裝部隊總參謀部26日發表聲明,造成至少30人死亡。']);
    expect(seg.articles[0]?.dateline).toEqual({ source: '新华社', place: null, date: null, kind: 'credit' });
  });
});

describe('features', () => {
  it('reads item numbers and marks', () => {
    expect(itemNumber('1。蔡英文星期四說')).toBe(1);
    expect(itemNumber('12. The council voted')).toBe(12);
    expect(itemNumber('【要聞三】德國或增加遣返難民數量')).toBe(3);
    expect(itemNumber('△ 本市新开通两条公交线路')).toBe(0);
    expect(itemNumber('1.5 million people voted')).toBe(-1);
    expect(itemNumber('2022年全区新增企业')).toBe(-1);
  });

  it('reads a capitals run-in head, not a dateline or a capitalised sentence', () => {
    const t = 'RED CROSS BOOTH The Kings Mountain chapter of the Red Cross is operating a booth.';
    expect(t.slice(0, runInLength(t)).trim()).toBe('RED CROSS BOOTH');
    expect(runInLength('WASHINGTON (AP) — The Senate voted on Tuesday to confirm the nominee.')).toBe(0);
    expect(runInLength('NATO officials said on Monday that the talks would go on.')).toBe(0);
  });

  it('tells section labels from headlines', () => {
    expect(isLabel('俄罗斯')).toBe(true);
    expect(isLabel('■美国')).toBe(true);
    expect(isLabel('【全球热评十九大】')).toBe(true);
    expect(isLabel('World')).toBe(true);
    expect(isLabel('保加利亚总理在反腐抗议压力下辞职')).toBe(false);
    expect(isLabel('Grounding of Dreamliner annoys customers')).toBe(false);
  });
});

describe('the choice of starts', () => {
  const cand = (head: number, score: number): Candidate => ({ head, body: head + 1, kind: 'head-plain', score, runIn: 0 });
  const prose = (marks: number[]) => Int32Array.from(marks);

  it('takes a start only when it says more than the per-article prior', () => {
    const p = prose([0, 50, 0, 50]);
    expect(bestStarts([cand(0, 3), cand(2, ARTICLE_PRIOR + 0.5)], p, 4)).toEqual([0, 1]);
    expect(bestStarts([cand(0, 3), cand(2, ARTICLE_PRIOR - 0.5)], p, 4)).toEqual([0]);
  });

  it('leaves no story without text: a label over a report is no story of its own', () => {
    // headline, label, report: starting at the label would leave the headline with nothing under it.
    const p = prose([0, 0, 80]);
    expect(bestStarts([cand(0, 4), cand(1, 4)], p, 3)).toHaveLength(1);
    expect(EMPTY_STORY).toBeGreaterThan(4 - ARTICLE_PRIOR);
  });
});

describe('briefs come apart', () => {
  it('numbered headless briefs are one story each', () => {
    expect(real('jyyw-2024-04-03').articles).toHaveLength(9);
  });

  it('capitals run-in heads become headlines, cut from the text', () => {
    const a = real('kingsmtn-1950-09-15-bulletins').articles;
    expect(a.map((x) => x.headline)).toContain('RED CROSS BOOTH');
    expect(a.find((x) => x.headline === 'RED CROSS BOOTH')?.paragraphs[0]).toMatch(/^The Kings Mountain chap ter/);
  });

  it('photo captions closed by their credits are one item each, the credit read as the photographer', () => {
    const a = real('apimages-2015-03-05').articles;
    expect(a).toHaveLength(5);
    expect(a[0]?.paragraphs.join(' ')).not.toContain('AP Photo');
  });
});

describe('traps stay whole', () => {
  it('one article built from correspondents’ reports with their own datelines under country labels', () => {
    const seg = real('gmrb-2015-11-09-p12');
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('国际社会关注“习马会”');
    expect(seg.articles[0]?.paragraphs.some((p) => p.includes('意大利主流媒体'))).toBe(true);
  });

  it('a report quoted with its own dateline inside a story (据德新社报道说)', () => {
    const seg = real('ckxx-2002-05-12');
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[1]?.paragraphs.some((p) => p.startsWith('据德新社报道说'))).toBe(true);
  });

  it('a page index with headlines only is rubrics over the one story', () => {
    const seg = real('peopleapp-2025-12-22-index');
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('坚持全国“一盘棋”');
    expect(seg.rubrics).toContain('20版:副刊');
  });

  it('a directory box of other pages’ headlines gives no story', () => {
    const seg = real('acd-2023-05-19-p1');
    expect(seg.articles.map((a) => a.headline).join(' ')).not.toMatch(/P\.\d/);
    expect(seg.articles).toHaveLength(1);
  });

  it('a numbered list a sentence introduces stays in its story', () => {
    const seg = text(
      '市政府公布今年十件实事\n\n本报讯 市政府昨天公布了今年要办的十件实事，主要内容如下：\n\n1. 新建和改扩建中小学校十二所，新增学位一万五千个。\n\n2. 改造老旧小区八十六个，惠及居民两万余户。\n\n3. 新开通公交线路二十条，优化站点一百余个。',
    );
    expect(seg.articles).toHaveLength(1);
    const body = seg.articles[0]?.paragraphs.join('\n') ?? '';
    for (const item of ['1. 新建', '2. 改造', '3. 新开通']) expect(body).toContain(item);
  });
});
