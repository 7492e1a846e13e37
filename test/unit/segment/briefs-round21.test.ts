// Layouts met in the twenty-first held-out round of issue #19 (provincial and city papers' e-paper pages): briefs
// signed by their reporters at the end ("…。(记者胡杰)"), photo captions crediting several photographers in one
// bracket ("（施超 杨忠华 摄）"), and a headless caption under the e-paper's page label. Texts written here; each
// layout beside the trap it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { expectExactSourceMaps } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('city briefs signed by their reporters at the end', () => {
  const page = [
    '1 老城区三条小巷完成改造',
    '近日,老城区东门、南门和北门三条小巷的改造工程全部完工,路面铺上了青石板,沿街的雨水管也换了新的。居民说,雨天出门再也不用踩水了。(记者王小明)',
    '2市图书馆新开夜间阅览室',
    '本周起,市图书馆二楼阅览室每晚开放到十点,读者凭借阅证即可入内,馆内还新添了两千册新书。(记者 李华 通讯员 张强)',
  ].join('\n\n');

  it('ends each brief at its signature, and reads the signature into the byline, off the text', () => {
    const blocks = blocksFromText(page);
    const seg = segment(blocks);
    expect(seg.articles.map((a) => a.headline)).toEqual(['老城区三条小巷完成改造', '2市图书馆新开夜间阅览室']);
    expect(seg.articles[0]?.byline?.reporters).toEqual(['王小明']);
    expect(seg.articles[1]?.byline?.reporters).toEqual(['李华']);
    expect(seg.articles[1]?.byline?.correspondents).toEqual(['张强']);
    expect(seg.articles[0]?.paragraphs.at(-1)).toMatch(/踩水了。$/);
    expectExactSourceMaps(seg, blocks);
  });

  it('keeps a story whose quotation closes with a bracketed name in one piece', () => {
    const seg = text(
      [
        '老城区小巷改造完工',
        '近日,老城区三条小巷的改造工程全部完工。一位老住户说:“以后雨天出门不用踩水了。”(王大妈)',
        '据介绍,下一步还将改造西门一带的五条小巷,预计明年春天完工,届时老城区的小巷将全部换新。',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
  });
});

describe('photo captions crediting several photographers in one bracket', () => {
  it('reads each credited caption as a picture of its own and credits every photographer', () => {
    const seg = text(
      [
        '晴好的天气让广场成为市民的天然舞台,戏曲、歌唱、舞蹈爱好者在现场形成二十多个演出圈子。(记者 王明 摄)',
        '古城景区推出民俗活动和夜游项目,长假前三天共接待游客十万人次。(施超 杨忠华 丁华 摄)',
        '昨天,施工人员正在轨道交通高架段作业,确保高架段铺轨按期完工。(胡建华 祁宗珠 摄)',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[1]?.byline?.photographers).toEqual(['施超', '杨忠华', '丁华']);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/十万人次。$/);
  });
});

describe('a headless caption under the e-paper page label', () => {
  it('leaves the page label out of the caption', () => {
    const seg = text(['第02版:要闻', '12月7日,市政工人正在清理城市污水管网中的垃圾,确保市政设施运行安全。 本报记者 王明 摄'].join('\n\n'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^12月7日/);
    expect(seg.rubrics).toContain('第02版:要闻');
  });
});

describe('a morning digest of marked headlines under section labels', () => {
  const page = [
    '9月22日早报',
    '◆导读◆',
    '>>老城区三条小巷完成改造',
    '>>市图书馆新开夜间阅览室',
    '【本地】',
    '●老城区三条小巷完成改造',
    '---------------',
    '近日,老城区东门、南门和北门三条小巷的改造工程全部完工,路面铺上了青石板,沿街的雨水管也换了新的。',
    '【文化】',
    '●市图书馆新开夜间阅览室',
    '---------------',
    '本周起,市图书馆二楼阅览室每晚开放到十点,读者凭借阅证即可入内,馆内还新添了两千册新书。',
    '【天气】',
    '●本周多云间晴',
    '---------------',
    '本周我市以多云间晴天气为主,气温在十八到二十五度之间,早晚温差较大,市民出行注意添衣。',
  ].join('\n\n');

  it('reads each marked line under its section label as an item\'s headline, and the index lines as none', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['老城区三条小巷完成改造', '市图书馆新开夜间阅览室', '本周多云间晴']);
  });

  it('keeps a story\'s marked subheads, which follow its own paragraphs, in the story', () => {
    const seg = text(
      [
        '老城区小巷改造完工',
        '本报讯 近日,老城区三条小巷的改造工程全部完工,路面铺上了青石板,沿街的雨水管也换了新的。',
        '●路面换新',
        '改造后的小巷路面全部铺上了青石板,两侧还增设了排水沟,雨天不再积水。',
        '●管线入地',
        '沿街的电线和通信线路全部埋入地下,小巷上空再也看不到杂乱的线缆。',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
  });
});
