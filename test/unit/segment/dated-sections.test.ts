// One story told in dated sections (a diary, a timeline, a chronology, a day's microblog) stays one article; a week's
// review whose items are headed by their date under captioned pictures still splits (lib/segment/dated-sections.ts).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/segment';
import { dateLead } from '../../../lib/segment/dated-sections';
import { blocksFromText } from '../../../lib/blocks/text';
import { extractText } from '../../../lib/pipeline';
import { segmentHtml } from './helpers';

const headlines = (text: string) => extractText(text, { gazetteer: null }).articles.map((a) => a.headline);

describe('the date a head line opens with', () => {
  it('reads Chinese, bracketed, English and day-number dates, and tells a bare date from a worded head', () => {
    expect(dateLead('1月9日 穿越西风带')).toEqual({ bare: false });
    expect(dateLead('【1月15日14:40 列车跨越长江 气温10℃】')).toEqual({ bare: false });
    expect(dateLead('Day 2: Into the forest')).toEqual({ bare: false });
    expect(dateLead('Jan. 3 — The ship sails')).toEqual({ bare: false });
    expect(dateLead('3月7日16:29')).toEqual({ bare: true });
    expect(dateLead('8月2日 星期二 晴')).toEqual({ bare: true });
    expect(dateLead('Dec. 30')).toEqual({ bare: true });
    expect(dateLead('Monday, March 2')).toEqual({ bare: true });
  });

  it('reads no date in a number, a figure or a word that only starts like one', () => {
    expect(dateLead('12月份经济数据出炉')).toBeNull();
    expect(dateLead('March of the penguins')).toBeNull();
    expect(dateLead('Mayor opens the bridge')).toBeNull();
    expect(dateLead('3.5亿元项目开工')).toBeNull();
  });
});

// A diary in the shape of the real pages: headline, one reporter's byline, a lead, then dated sections.
const DIARY = [
  '高原巡诊日记：七天走遍五个乡',
  '本报记者 李青',
  '八月初，省医院的巡诊队出发前往海拔四千米以上的牧区。记者随队七天，记下了沿途所见。',
  '8月2日 出发',
  '巡诊车清晨从县城出发，车上装着药品和便携式超声仪。队长说，今年要比去年多走两个乡。',
  '8月4日 帐篷里的诊室',
  '牧民们天不亮就排起了队。医生们在帐篷里搭起诊台，一上午看了六十多位病人。',
  '8月7日 返程',
  '最后一站结束后，队员们把剩下的药品留给了乡卫生院，踏上了返程的路。',
].join('\n\n');

describe('one story told in dated sections', () => {
  it('keeps a reporter\'s diary with dated section heads one article under its headline (page text)', () => {
    expect(headlines(DIARY)).toEqual(['高原巡诊日记：七天走遍五个乡']);
  });

  it('keeps it one article from HTML, whether the dated heads are h3 headings or bold paragraphs', () => {
    const [title, byline, lead, ...rest] = DIARY.split('\n\n');
    const sections = (head: (t: string) => string) => rest.map((t, k) => (k % 2 === 0 ? head(t) : `<p>${t}</p>`)).join('');
    for (const head of [(t: string) => `<h3>${t}</h3>`, (t: string) => `<p><strong>${t}</strong></p>`]) {
      const html = `<html><head><title>${title}_新闻_某网</title></head><body><article><h1>${title}</h1><p>${byline}</p><p>${lead}</p>${sections(head)}</article></body></html>`;
      const { seg } = segmentHtml(html);
      expect(seg.articles.map((a) => a.headline)).toEqual([title]);
      expect(seg.articles[0]?.paragraphs.join('\n')).toContain('8月4日 帐篷里的诊室');
    }
  });

  it('keeps a chronology under bare dates one article (dates on their own lines, items opened by a dash)', () => {
    const text = [
      'Chronology of the storm season',
      'Compiled by Sam Reed',
      'June 2',
      '— The first named storm of the season forms in the Gulf and heads toward the coast.',
      'June 5',
      '— The storm makes landfall as a tropical depression, bringing heavy rain to three counties.',
      'June 9',
      '— State officials open shelters as rivers crest above flood stage in the north.',
    ].join('\n\n');
    expect(headlines(text)).toEqual(['Chronology of the storm season']);
  });

  it('keeps a day\'s microblog one article: the time stamp under each entry heads nothing', () => {
    const text = [
      '记者两会微博(3月5日)',
      '会场外排起了长队，记者们一早就来抢占机位。今天的报告比往年短了一些。',
      '3月5日18:20',
      '午饭只有十分钟。几位代表边吃边和记者聊起了家乡的新变化，说路修好了，菜卖得出去了。',
      '3月5日12:40',
      '早上六点出门，地铁里已经有不少挂着证件的人。大家都在看手机上的议程。',
      '3月5日07:15',
    ].join('\n\n');
    expect(headlines(text)).toEqual(['记者两会微博(3月5日)']);
  });
});

describe('stories headed by their date still split', () => {
  it('splits a week\'s review whose items are headed by their date under captions closed by their credits', () => {
    const text = [
      '一周国际回顾',
      '总统在首都的记者会上回答提问。图/路透',
      '洪水过后，居民返回家园清理淤泥。图/美联社',
      '1/12  法国 塞纳河水位暴涨 千人疏散',
      '法国首都连日暴雨，塞纳河水位上涨五米，当局疏散了沿河近千名居民，多座博物馆关闭底层展厅。',
      '1/13  日本 央行维持利率不变',
      '日本央行在为期两天的会议后宣布维持超宽松货币政策，称物价仍未稳定达到目标水平。',
      '1/15  巴西 总统签署养老金改革法案',
      '巴西总统签署养老金改革法案，将逐步提高退休年龄，以缓解日益沉重的财政压力。',
    ].join('\n\n');
    expect(headlines(text).filter((h) => /^1\/1\d/.test(h))).toEqual(['1/12 法国 塞纳河水位暴涨 千人疏散', '1/13 日本 央行维持利率不变', '1/15 巴西 总统签署养老金改革法案']);
  });

  it('still splits dated stories that open with their own datelines', () => {
    const seg = segment(
      blocksFromText(
        [
          '3月5日 政府工作报告提交审议',
          '新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕，政府工作报告提交大会审议。',
          '3月6日 经济主题记者会举行',
          '新华社北京3月6日电 十四届全国人大二次会议6日下午举行记者会，几位部长回答了中外记者提问。',
        ].join('\n\n'),
      ),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['3月5日 政府工作报告提交审议', '3月6日 经济主题记者会举行']);
  });
});
