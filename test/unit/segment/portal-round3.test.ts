// Layouts met in the third held-out round of issue #12 (ordinary single-story pages of mainland portals and their
// mirrors): the portal's lines around one story must leave it one article under its own headline. Texts written
// here, each in the shape the real pages print (test/fixtures/real/zh/README.md, round 3).
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const read = (...lines: string[]) => segment(blocksFromText(lines.join('\n\n'))).articles;
const LEAD = '5月8日上午,市图书馆新馆在滨江路正式开馆,首日接待读者两万余人次,馆内藏书达到三百万册,并设有少儿阅览区和古籍修复室。';
const MORE = '馆长李明介绍,新馆建筑面积五万平方米,采用智能借还系统,读者可凭身份证直接借阅,无需办理借书证,周末延长开放至晚上九点。';
const THIRD = '不少市民一早就在门口排起长队。退休教师王芳说,她盼这一天盼了三年,以后每周都要来这里看书,还要带上孙子一起来。';

describe('who wrote it and where it came from', () => {
  it('an outlet-led reporter line (《周刊》记者 名 地报道) is the byline, not the headline', () => {
    const a = read('市图书馆新馆开馆 首日迎客两万人次', '《城市周刊》记者 王小明 上海报道', LEAD, MORE);
    expect(a.map((x) => x.headline)).toEqual(['市图书馆新馆开馆 首日迎客两万人次']);
    expect(a[0]?.byline?.reporters).toEqual(['王小明']);
  });

  it('a WeChat mirror\'s repost notice is no headline', () => {
    const a = read('市图书馆新馆开馆 首日迎客两万人次', 'The following article is from 城市晚报 Author 城市晚报记者', LEAD, MORE);
    expect(a.map((x) => x.headline)).toEqual(['市图书馆新馆开馆 首日迎客两万人次']);
  });

  it('a date line opening with its clock time dates the headline above it, even when it names an app', () => {
    const a = read('首页 > 城市 > 正文', '城市周报丨市图书馆新馆开馆、首日迎客两万人次、智能借还系统上线、周末延长开放至晚间', '2024-05-08 21:49:35 城市晚报 城市APP 王小明', '1、市图书馆新馆开馆丨首日迎客两万人次', LEAD, MORE);
    expect(a.map((x) => x.headline)).toEqual(['城市周报丨市图书馆新馆开馆、首日迎客两万人次、智能借还系统上线、周末延长开放至晚间']);
  });
});

describe('the headline printed again', () => {
  it('over each photo: one story, the captions its pictures', () => {
    const h = '书香满城丨市图书馆新馆今日开馆 首日迎客两万人次';
    const a = read(h, '2024-05-08 13:49:45 来源:城市网', h, '开馆仪式现场。城市网记者 张华摄', LEAD, MORE, h, '读者在阅览区看书。城市网记者 张华摄', THIRD);
    expect(a.map((x) => x.headline)).toEqual([h]);
  });

  it('a table of contents heads no text with its lines: the stories under it stand', () => {
    const a = read(
      '本期导读',
      '市图书馆新馆开馆 首日迎客两万人次',
      '地铁五号线今日全线通车运营',
      '*市图书馆新馆开馆 首日迎客两万人次',
      `新华社上海5月8日电 ${LEAD}`,
      '*地铁五号线今日全线通车运营',
      '新华社上海5月8日电 5月8日,地铁五号线全线通车,全长三十二公里,设站二十座,沿线居民出行时间平均缩短二十分钟。',
    );
    expect(a.length).toBe(2);
  });
});

describe('lines of the text that look like headlines', () => {
  it('a line closed by a dash runs on into the paragraph under it; a many-claused question and a quoted remark are text', () => {
    const a = read(
      '追记老馆长李明 一生守护一座书城',
      LEAD,
      '直到那个大雨滂沱的夜晚——',
      '9月18日,一场车祸,终止了他的生命。',
      THIRD,
      '这个人都做过哪些事,会让读者惋惜、不舍?照片中那谦恭的微笑背后,又有过怎样的故事?',
      '新来的“图书管家”',
      MORE,
      '“李馆长,以后新馆扩建,我们老城区的分馆,会不会就关了?”',
      '“决不会关,还要再开两家。”',
    );
    expect(a.map((x) => x.headline)).toEqual(['追记老馆长李明 一生守护一座书城']);
  });

  it('section heads on two lines, and a head with a quoted name, are the story\'s sections', () => {
    const a = read('市图书馆新馆开馆 首日迎客两万人次', LEAD, '“智慧书城”专题', '阅读量超过一百万', MORE, '新来的“图书管家”', THIRD);
    expect(a.map((x) => x.headline)).toEqual(['市图书馆新馆开馆 首日迎客两万人次']);
  });
});

describe('portal and mirror furniture', () => {
  it('a keyword strip printed twice over is no text of the story', () => {
    const strip = '不锈钢水箱,玻璃钢水箱,保温水箱,消防水箱,生活水箱,某某水箱有限公司不锈钢水箱,玻璃钢水箱,保温水箱,消防水箱,生活水箱,某某水箱有限公司';
    const a = read(strip, '您现在的位置:主页 > 新闻 >', '市图书馆新馆开馆 首日迎客两万人次', '时间:2024-05-08 05:10 来源:未知 作者:admin 点击:', LEAD, MORE);
    expect(a.map((x) => x.headline)).toEqual(['市图书馆新馆开馆 首日迎客两万人次']);
  });

  it('a source line whose characters carry bracketed readings is a source line', () => {
    const h = '特寫(xiě) | 書香滿城 市圖書館新館開館';
    const a = read(h, LEAD, h, '來(lái)源:城市網(wǎng)2024-05-08', '兩萬人,三百萬冊,一天。', MORE, THIRD);
    expect(a.map((x) => x.headline)).toEqual([h]);
  });

  it('a programme page: menu bar, tabs, the 《title》(date) heads the transcript, whose turns are no stories', () => {
    const a = read(
      '首頁 | 新聞頻道 | 電視指南 | 體育頻道 | 財經頻道',
      '節目內容 欄目介紹 主創人員',
      '《書城十年》(2024年5月8日)',
      '主持人:今天我們要講的故事與一座圖書館有關。十年來,它從一間閱覽室變成了全市最大的公共文化設施。',
      '解説:這是圖書館開館時的畫面,當天有兩萬多名讀者走進新館,很多人在門口排起了長隊。',
      '《城市週刊》記者:您每週都來嗎?',
      '讀者 王芳:每週都來,帶孫子一起。',
      '《城市週刊》記者:最喜歡哪個區域?',
      '王芳:少兒閱覽區,孩子喜歡。',
    );
    expect(a.map((x) => x.headline)).toEqual(['《書城十年》(2024年5月8日)']);
  });
});
