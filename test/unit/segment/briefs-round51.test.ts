// Layouts met in the fifty-first held-out round of issue #19 (a nineteenth unchosen sample): a search engine's news
// results of one-paragraph snippets, most cut with " ..." and some whole; an e-paper page opening on the list of the
// day's page labels over a photo story; a digest column printing its title again before each item's text, run in
// with the item's number. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const page = (lines: string[]) => text(lines.join('\n\n'));

describe('a page of snippets, most cut with an ellipsis, some whole', () => {
  const snippets = [
    'News',
    'The county library will open a branch in the old fire station next spring, the board said. Work on the roof ...',
    'Volunteers planted two hundred oak trees along the river path on Saturday morning.',
    'A ferry service between the two harbours will run again from May after the operator found a new ...',
    'The city marathon drew a record field of runners this year, and organisers plan to ...',
    'Bakers from four villages sold bread at the autumn market to raise money for the school roof.',
    'The regional orchestra announced its winter season with three new works by local ...',
    'Farmers reported an early apple harvest after a dry and warm summer in the valley.',
  ];

  it('reads every snippet as a story, the whole ones as the cut ones', () => {
    const seg = page(snippets);
    expect(seg.articles).toHaveLength(7);
    expect(seg.articles.map((a) => a.paragraphs[0]!.slice(0, 12))).toEqual(snippets.slice(1).map((s) => s.slice(0, 12)));
  });

  it('leaves items of a long whole paragraph over a cut one as they are: the page shows more than snippets', () => {
    const long = (what: string) => `${what} met for three hours on Monday evening and heard residents speak on the plan, many of them asking for a smaller building, more parking near the square, and a later start to the works so that the summer market can go on as it has for forty years.`;
    const seg = page([
      long('The library board'),
      'The vote is due next month after a last round of talks with the ...',
      long('The harbour committee'),
      'Members will then choose a builder for the new pier from the ...',
      long('The school council'),
      'A decision on the new timetable is expected before the ...',
    ]);
    expect(seg.articles).toHaveLength(3);
  });
});

describe('an e-paper page opening on the list of its pages', () => {
  const labels = ['01版:要闻', '02版:要闻', '03版:本地新闻', '04版:本地新闻', '05版:体育', '06版:副刊'];

  it('reads the labels as rubrics and the photo story under them with its title', () => {
    const seg = page([
      ...labels,
      '前一版 下一版 2025年09月19日',
      '秋色满园',
      '最近,城郊的银杏林陆续变黄,吸引不少市民前来观赏。图为游客在林间拍照留念。',
      '记者王明 摄',
      '全市秋季运动会开幕',
      '本报讯(记者李华)9月18日上午,全市秋季运动会在市体育中心开幕,来自各区的两千多名运动员参加比赛。',
      '本届运动会设田径、游泳等十二个大项,比赛将持续五天。',
    ]);
    expect(seg.articles.map((a) => a.headline)).toEqual(['秋色满园', '全市秋季运动会开幕']);
    expect(seg.articles[0]!.paragraphs.join('')).not.toMatch(/版:/);
  });
});

describe('a digest column printing its title before each item', () => {
  it('reads each item run in after the title and its number as a headless story', () => {
    const seg = page([
      '环球杂志速览(12)',
      '作者:读书周刊',
      '环球杂志速览(12)0一位旅行家在七百年前走遍了半个世界,他的游记今天读来仍像一部全球化的教科书。■',
      '环球杂志速览(12)1一家科学杂志评出了全球十大科技奇观,从地下的对撞机到海底的观测网络。',
    ]);
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '']);
    expect(seg.articles[1]!.paragraphs[0]).toMatch(/^环球杂志速览\(12\)1一家科学杂志/);
  });

  it('leaves a story alone whose lead opens on its headline once', () => {
    const seg = page([
      '城市书房开放',
      '城市书房开放首日,迎来了三百多位读者。',
      '书房设在老图书馆的一楼,每天开放到晚上十点。',
    ]);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.paragraphs.join('')).toMatch(/晚上十点/);
  });

  it('leaves picture slots named by the headline and a number, each over its caption, in the one story', () => {
    const seg = text(
      ['记者跑两会', '作者: 张三 李四', '记者跑两会0\n3月3日,记者张三在新闻发布会现场。', '记者跑两会1\n3月8日,记者李四在部长通道采访现场。', '“您好,我是周刊的记者。”', '每年全国两会,跑会采访都是周刊记者的保留节目,今年他们更是活跃在新闻中心和人民大会堂。'].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
  });
});
