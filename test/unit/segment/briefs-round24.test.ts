// Layouts met in the twenty-fourth held-out round of issue #19 (photo pages): a gallery that prints each caption
// three times around its slide's source-and-date lines, and captions closed by a credit with a slash before 摄
// ("记者 赵迪/摄"). Texts written here; each layout beside the trap it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parsePhotoCredit } from '../../../lib/segment/photo-credit';
import { expectExactSourceMaps } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('a gallery printing each caption three times', () => {
  const captions = [
    'Children play in the snow outside their school in the northern hills, on the first cold morning of the year. REUTERS/Jane Roe',
    'A fisherman mends his nets on the beach before sunrise as the boats come back to the harbour. REUTERS/John Doe',
    'Runners cross the old stone bridge during the city marathon, held again after a break of three years. REUTERS/Ann Poe',
  ];
  const slide = 'Reuters / Wednesday, March 31, 2021';
  const page = ['Top Photos of the Day', ...captions.flatMap((c) => [c, slide, c, slide, c])].join('\n\n');

  it('reads one story a picture, its copies and slide lines off the text, with source maps into the page', () => {
    const blocks = blocksFromText(page);
    const seg = segment(blocks);
    expect(seg.articles).toHaveLength(3);
    seg.articles.forEach((a, k) => {
      expect(a.paragraphs.join(' ')).toContain(captions[k]!.slice(0, 40));
      expect(a.paragraphs.join(' ').split(captions[k]!.slice(0, 40))).toHaveLength(2);
    });
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps a paragraph a story repeats once (a pull quote) where the page repeats nothing else', () => {
    const story = [
      'Council approves the new harbour plan',
      'The council approved the new harbour plan on Monday after a debate that lasted most of the night.',
      'The plan will move the fish market to the east quay and open the old docks to housing, officials said.',
      'The council approved the new harbour plan on Monday after a debate that lasted most of the night.',
      'Work is due to start in the spring and last for three years.',
    ];
    const seg = text(story.join('\n\n'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs.join(' ')).toContain('Work is due to start');
  });
});

describe('captions closed by a credit with a slash before 摄', () => {
  it('reads the photographer off "记者 赵迪/摄" and "实习生 王一凡/摄"', () => {
    expect(parsePhotoCredit('体育场外点燃璀璨的烟花。中青报·中青网记者 赵迪/摄')?.byline.photographers).toEqual(['赵迪']);
    expect(parsePhotoCredit('桌椅堆叠。实习生 王一凡/摄')?.byline.photographers).toEqual(['王一凡']);
  });

  it('parts dated captions at their slash credits', () => {
    const seg = text(
      [
        '2021年6月17日,云南省西双版纳傣族自治州野象谷景区内的亚洲象种源繁育及救助中心,媒体记者拍摄进食中的大象。6月中下旬,15头从西双版纳出走后一路北移的亚洲象在云南省玉溪市易门县、峨山县来回移动。它们的一举一动都备受瞩目。中青报·中青网记者 李隽辉/摄',
        '2021年1月22日,北京市东城区某临时核酸检测点外,市民排队等待检测核酸。当日,北京市东、西城区先后发布通告,于两天内分批次在区域内组织开展全员核酸检测。疫情暴发以来,全国多地先后开展全员核酸检测。中青报·中青网记者 陈剑/摄',
        '2021年8月17日,北京市海淀区,曾容纳几十家教育培训机构的绮美大厦,一间废弃教室内桌椅堆叠。7月24日印发的“双减”意见给曾经高歌猛进的教培行业踩下了急刹车,不少机构已经关门。实习生 王一凡/摄',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.map((a) => a.byline?.photographers)).toEqual([['李隽辉'], ['陈剑'], ['王一凡']]);
  });

  it('keeps a slash inside a sentence that merely mentions taking photos as text', () => {
    expect(parsePhotoCredit('他说这些照片是他用手机/相机拍摄')).toBeNull();
  });
});
