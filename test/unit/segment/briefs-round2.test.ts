// Pages of briefs met in the second round of issue #19: credits that close a brief, bylines of Taiwan and Hong
// Kong papers, run-in and marked heads, and the lead above a column. Each test names the page it stands for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseBylineLine } from '../../../lib/segment/byline';
import { parsePhotoCredit } from '../../../lib/segment/photo-credit';
import { parseAgencyCredit } from '../../../lib/segment/credit';
import { parseDateline } from '../../../lib/segment/dateline';
import { runInLength } from '../../../lib/segment/starts';

const text = (s: string) => segment(blocksFromText(s));
const real = (id: string) => text(readFileSync(join(process.cwd(), 'test/fixtures/real/multi', `${id}.txt`), 'utf8'));

describe('credits closing a brief', () => {
  it('reads a place and date after a dash as the brief\'s dateline, off its last paragraph', () => {
    expect(parseAgencyCredit('The squad was cooperating with gamblers and taking bribes.—New York, June 26.')).toMatchObject({
      place: 'New York',
      date: 'June 26',
    });
    expect(parseAgencyCredit('He arrived in New York, June 26.')).toBeNull();
    const seg = real('paperspast-1964-06-27-overseas-briefs');
    expect(seg.articles.map((a) => a.headline)).toEqual(['POLICE BRIBED', 'DESECRATION', 'LIBEL WRITS', 'PILFERERS', 'INVESTMENT', 'INCENTIVE']);
    for (const a of seg.articles) {
      expect(a.paragraphs.at(-1)).not.toMatch(/June 26\.$/);
      expect(a.dateline?.date).toBe('June 26');
    }
    expect(seg.articles[0]?.dateline).toEqual({ source: '', place: 'New York', date: 'June 26', kind: 'credit' });
  });

  it('takes agency credits off numbered 参考消息 items into the dateline, and the item number off the headline', () => {
    const seg = real('ckxx-1996-12-17-numbered');
    expect(seg.articles).toHaveLength(7);
    expect(seg.articles[0]?.headline).toBe('索马里敌对派别在摩加迪沙发生冲突');
    expect(seg.articles[0]?.dateline).toMatchObject({ source: '路透社', kind: 'credit' });
    expect(seg.articles[1]?.dateline).toMatchObject({ source: '法新社', kind: 'credit' });
    for (const a of seg.articles) expect(a.paragraphs.at(-1)).toMatch(/。$/);
  });

  it('reads photo credits that name the photographer first or run the desk\'s name on', () => {
    expect(parsePhotoCredit('A house stood open to the sky Thursday. (Jessica Hill/Associated Press)')?.byline.photographers).toEqual(['Jessica Hill']);
    expect(parsePhotoCredit('Rescuers search the rubble, Monday, Sept. 23, 2024. (AP Photo/Hassan Ammar)ASSOCIATED PRESS')?.byline.photographers).toEqual([
      'Hassan Ammar',
    ]);
    expect(parsePhotoCredit('He met officials (on Monday/Tuesday)')).toBeNull();
  });

  it('reads a credit line with a gallery\'s page-break token or a graphic\'s credit run on', () => {
    expect(parseBylineLine('新华社记者 罗晓光 摄pagebreak')?.photographers).toEqual(['罗晓光']);
    expect(parseBylineLine('新华社发(李云生 摄) 新华社记者 张曼怡 制图')?.photographers).toEqual(['李云生']);
  });
});

describe('datelines and bylines', () => {
  it.each([
    ['MADISON, Wis. (AP) _ Republicans in the Wisconsin Assembly took…', 'MADISON, Wis.'],
    ['OAKLAND  (AP) — Hundreds of nurses at nine hospitals…', 'OAKLAND'],
    ['INVERNESS, Scotland, Nov. 25 (AP).—A police chief…', 'INVERNESS, Scotland'],
  ])('reads the wire dateline of %s', (t, place) => {
    expect(parseDateline(t)?.dateline).toMatchObject({ source: 'AP', place, kind: 'wire' });
  });

  it.each([
    ['記者陳熙文、鄭媁/台北報導聯合報', { reporters: ['陳熙文', '鄭媁'] }],
    ['編譯高詣軒、俞仲慈/綜合報導/聯合報', { authors: ['高詣軒', '俞仲慈'] }],
    ['〔記者王小明／台北報導〕', { reporters: ['王小明'] }],
  ])('reads the byline line %s', (t, names) => {
    expect(parseBylineLine(t)).toMatchObject(names);
  });

  it('puts a newsletter\'s byline line under its headline, not in the headline', () => {
    const seg = real('udn-2025-03-17-focus');
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('川普裁員大刀 砍美國之音');
    expect(seg.articles[0]?.byline?.authors).toEqual(['高詣軒', '俞仲慈']);
  });
});

describe('heads', () => {
  it('reads capitals labels set off by a colon, and keeps a one-word capitals start to credited briefs', () => {
    expect(runInLength('SHEARED OPEN: A house in Springfield, Mass., stood open to the sky Thursday.')).toBeGreaterThan(0);
    expect(runInLength('• MCCAIN, GRAHAM WARN ON CIA NOMINEE VOTE: WASHINGTON (AP) — Republican Sens. Lindsey Graham…')).toBeGreaterThan(0);
    const seg = real('wsj-photos-of-the-day-2011-06');
    expect(seg.articles.map((a) => a.headline).slice(0, 3)).toEqual(['ONLY A TEST', 'SHEARED OPEN', 'RISKY BUSINESS']);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^A house in Springfield/);
    expect(seg.articles[1]?.byline?.photographers).toEqual(['Jessica Hill']);
  });

  it('reads a wire brief\'s run-in head over its dateline', () => {
    const seg = real('manteca-nation-briefs-119');
    expect(seg.articles.map((a) => a.headline)).toEqual(['NJ YACHT HOAX RESPONSE COST MORE THAN $300,000', 'NURSES SET TO STRIKE AT 9 SF BAY AREA HOSPITALS']);
    expect(seg.articles[0]?.dateline).toMatchObject({ source: 'AP', place: 'NEW YORK' });
    expect(seg.articles[0]?.paragraphs).toHaveLength(4);
  });

  it('takes headlines set off by the same mark as the page\'s stories, without the mark', () => {
    expect(real('hnrb-2023-06-13-a03').articles.map((a) => a.headline)).toEqual([
      '日本福岛核污染水排海设备开始试运行',
      '俄称目前俄乌不具备达成协议的先决条件 乌军称夺回顿涅茨克三个村庄',
      '索罗斯四子接管开放社会基金会',
    ]);
    expect(real('xinhua-zaobao-2012-03-22').articles.map((a) => a.headline)[0]).toBe('马里发生军人骚乱');
  });
});

describe('the text above the first story', () => {
  it('is no story under a briefs column\'s name: a notice, a standfirst', () => {
    const seg = real('ksl-2014-ap-news-in-brief');
    expect(seg.articles).toHaveLength(2);
    expect(seg.rubrics.join(' ')).toContain('AP News in Brief');
    expect(real('reuters-summary-2016-09-04').articles).toHaveLength(4);
  });

  it('is the first story\'s headline and picture when the story starts at its dateline', () => {
    const seg = real('mrdx-2024-04-17-p1');
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('习近平会见德国总理朔尔茨');
    // (The picture's credited caption over the datelined text stays with the story as its caption, the dateline
    // opening the text: issue 12 round 66.)
    expect(seg.articles[0]?.fragments.join(' ')).toMatch(/^四月十六日上午/);
    expect(seg.articles[0]?.dateline).toMatchObject({ source: '新华社', place: '北京' });
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^4月16日上午/);
  });
});

describe('traps that stay whole', () => {
  it('keeps a headless report with its own dateline in the headlined story above it', () => {
    expect(real('ckxx-1982-09-10-trap').articles).toHaveLength(1);
    const seg = real('ckxx-1961-01-14-trap');
    expect(seg.articles.map((a) => a.headline)).toEqual(['英法通讯社驻北京记者报道:周恩来总理回到北京', '缅贸易发展部长即将来华访问/尼日利亚经济代表团将访问我国']);
  });

  it('splits headless datelined briefs that follow one another', () => {
    const seg = text(
      [
        '国际简讯',
        '新华社东京5月1日电 日本政府今天宣布了新的经济措施,规模约为十万亿日元。',
        '新华社巴黎5月1日电 法国各地今天举行游行,参加者约有二十万人。',
        '新华社开罗5月1日电 埃及总统今天会见了来访的约旦国王。',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => [a.headline, a.dateline?.place])).toEqual([
      ['', '东京'],
      ['', '巴黎'],
      ['', '开罗'],
    ]);
  });
});

describe('photo pages', () => {
  it('reads a bare photographer\'s name run on to 摄 as the credit, and each credited caption as a story', () => {
    expect(parsePhotoCredit('受到群众的欢迎。 王小川摄')?.byline.photographers).toEqual(['王小川']);
    expect(parsePhotoCredit('青藏铁路共铺轨150公里。(觉果摄)')?.byline.photographers).toEqual(['觉果']);
    expect(parseBylineLine('(杜华举摄)')?.photographers).toEqual(['杜华举']);
    expect(parsePhotoCredit('他说这些都是他拍摄')).toBeNull();
    const seg = real('rmrb-2003-04-20-p5-photos');
    expect(seg.articles).toHaveLength(6);
    expect(seg.articles[0]?.headline).toBe('重点工程日新月异');
    expect(seg.articles[5]?.byline?.photographers).toEqual(['王小川']);
    expect(seg.articles[5]?.paragraphs.at(-1)).toMatch(/受到群众的欢迎。$/);
  });
});
