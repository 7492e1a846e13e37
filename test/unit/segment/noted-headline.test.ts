// A piece printed under its series' editor's note (lib/segment/noted-headline.ts), a sidelights report's comma-paired
// section heads (lib/segment/short-subheads.ts) and a site's section label glued onto the headline after a dash
// (lib/segment/head-tail.ts): each page is one story under its own headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const note = [
  '编者按',
  '三十年前的今天，这份报纸第一次走进千家万户。从那以后，每年的这一天都成了读者与报社共同的节日。',
  '三十年来，我们记录城市的变化，倾听百姓的声音，也收获了无数读者的信任与陪伴。',
];
const essay = [
  '接到副刊编辑的电话时，我正在老家的院子里晒书。编辑请我为报纸的生日写几句话，我没有推辞。',
  '我的第一篇小文章就登在这份报纸的副刊上，那时我还是一名乡村教师，每天晚上就着煤油灯写稿。',
  '后来我调进了城里，换了几份工作，却一直没有断过给副刊投稿，编辑们也一直把我当作朋友。',
];

describe('a piece printed under its series’ editor’s note', () => {
  it('is headed by its title line over the writer’s name, the note kept as its text', () => {
    const r = text([...note, '副刊伴我三十年', '林小山', ...essay].join('\n\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('副刊伴我三十年');
    const joined = r.articles[0]?.paragraphs.join('\n') ?? '';
    expect(joined).toContain('三十年前的今天');
    expect(joined).toContain('接到副刊编辑的电话时');
  });

  it('leaves a page with no note label alone', () => {
    const r = text([...note.slice(1), '副刊伴我三十年', '林小山', ...essay].join('\n\n'));
    expect(r.articles[0]?.headline).not.toBe('副刊伴我三十年');
  });
});

const lead = '3月12日至15日，来自全国各地的五十多名记者走进这座江南小城，围绕生态保护、产业转型和文化传承开展集中采访，留下了许多难忘的瞬间。';
describe('a sidelights report’s comma-paired section heads', () => {
  it('are section heads of the one story, not stories', () => {
    const r = text(
      [
        '记者手记:“走进江南小城”——全国媒体小城采访活动侧记',
        lead,
        '活动正式启动,聚焦小城新貌',
        '小城依山傍水，近年来坚持生态优先，把一条条废弃的河道重新变成了市民散步的好去处。',
        '走进田间地头,感受乡村变化',
        '采访团来到城郊的茶园，茶农们一边采茶一边向记者讲述这些年收入的变化。',
      ].join('\n\n'),
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('记者手记:“走进江南小城”——全国媒体小城采访活动侧记');
  });
});

describe('a site’s section label glued onto the headline after a dash', () => {
  it('is no word of the headline', () => {
    const r = text(['采访团走进小城侧记丨用脚步丈量大地-【资讯】', lead, essay[0]].join('\n\n'));
    expect(r.articles[0]?.headline).toBe('采访团走进小城侧记丨用脚步丈量大地');
  });

  it('keeps a bracketed word the headline closes on without a dash', () => {
    const r = text(['采访团走进小城侧记【组图】', lead, essay[0]].join('\n\n'));
    expect(r.articles[0]?.headline).toBe('采访团走进小城侧记【组图】');
  });
});
