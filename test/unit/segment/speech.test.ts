// An interview's turns set one a line under their speaker's name stay inside their story; a page of quoted
// headlines over their own stories still splits (lib/segment/speech.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { speechLines } from '../../../lib/segment/speech';
import { blocksFromText } from '../../../lib/blocks/text';

const headlines = (text: string) => extractText(text, { gazetteer: null }).articles.map((a) => a.headline);

describe('an interview\'s turns', () => {
  it('keeps short turns that look like headlines ("王强:一年呗!") inside the one story', () => {
    const text = [
      '回乡路上：一趟夜车里的团圆',
      '腊月二十六，记者登上从广州开往成都的夜车，和返乡的旅客一起度过了二十个小时。',
      '王强今年三十岁，在东莞一家工厂做了八年工。',
      '记者:回家过年吗?',
      '王强:对,回家!',
      '记者:多久没回去了?',
      '王强:两年了!',
      '记者:带了什么回去?',
      '王强:给孩子的新书包!',
      '邻座旅客:谁不想早点到家啊!',
      '夜深了，车厢里渐渐安静下来。列车员轻轻走过，给睡着的孩子盖上毯子。',
      '天亮时，列车驶进成都站。王强背起行李，第一个走下了车厢。',
    ].join('\n\n');
    expect(headlines(text)).toEqual(['回乡路上：一趟夜车里的团圆']);
  });

  it('reads a run of turns in which a speaker speaks again, not quoted headlines over their own stories', () => {
    const dialogue = blocksFromText(['记者:回家过年吗?', '王强:对!', '记者:多久没回了?', '王强:两年了!'].join('\n\n'));
    expect([...speechLines(dialogue)]).toEqual([1, 1, 1, 1]);
    const page = blocksFromText(
      [
        '外交部:坚决反对干涉内政',
        '外交部发言人在例行记者会上表示，中方坚决反对任何国家以任何借口干涉中国内政。',
        '商务部:前十月外贸稳中有进',
        '商务部新闻发言人表示，前十个月我国货物贸易进出口总值同比增长，外贸运行稳中有进。',
        '外交部:欢迎各国青年来华交流',
        '外交部发言人表示，欢迎更多各国青年来华学习交流，增进相互了解和友谊。',
      ].join('\n\n'),
    );
    expect([...speechLines(page)].every((s) => s === 0)).toBe(true);
  });
});
