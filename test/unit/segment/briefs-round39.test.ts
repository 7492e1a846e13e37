// Layouts met in the thirty-ninth held-out round of issue #19 (a seventh unchosen sample): a blog's tag page whose
// excerpts close on "Continue reading <title>" with the title unquoted; a list page that cuts each teaser
// mid-sentence with no ellipsis, once on an open quote; a list page stored from inside its first item, whose teaser
// (cut with "...") stands above the first headline. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('excerpts closed by "Continue reading" and the post\'s unquoted title', () => {
  const page = [
    '春耕时节各地农机忙',
    '近日,多地农业部门组织农机手抢抓农时开展春耕作业。田间地头一派繁忙景象,不少合作社还引入了无人机植保服务,大大提高了作业效率。 Continue reading 春耕时节各地农机忙',
    '家庭农场如何走出增收新路',
    '家庭农场在不少地方已成为种粮的主力。规模适度、经营稳定,是它们共同的特点,但销售渠道窄仍是不少农场主的烦恼。 Continue reading 家庭农场如何走出增收新路',
  ].join('\n\n');

  it('reads each post as a story under its headline, the second headline no subhead of the first', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['春耕时节各地农机忙', '家庭农场如何走出增收新路']);
  });

  it('keeps one article where the words run on inside a sentence of a story', () => {
    const story = [
      '春耕时节各地农机忙',
      '近日,多地农业部门组织农机手抢抓农时开展春耕作业。田间地头一派繁忙景象,农机手们说他们会 continue reading the weather every morning',
      '家庭农场如何走出增收新路',
      '家庭农场在不少地方已成为种粮的主力。规模适度、经营稳定,是它们共同的特点。',
    ].join('\n\n');
    expect(text(story).articles.map((a) => a.headline)).toEqual(['春耕时节各地农机忙']);
  });
});

describe('a list page cutting its teasers mid-sentence with no ellipsis', () => {
  const page = [
    '老街區百年宗祠 在地盼打造文化中心',
    '【記者甲 台中】 台中一處老街區的居民大多同姓,宗祠的堂號卻與眾不同,據居民表示,祖先當年受人扶養,為了報答養育之恩,將兩姓堂號合併為「',
    '花蓮車站角逐鐵路最高榮譽',
    '【記者乙 花蓮】 台鐵針對花東線火車站的服務效能提升計畫目前幾近完成,不少車站整修後都讓居民耳目一新,也以融入在地特色為主題,要角逐',
    '村落發展經濟 農地興建宿舍',
    '【記者丙 屏東】 屏東縣近年掀起一股購地熱潮,鄰近大學的村落吸引不少外地人投資購買農地,當地居民雖然樂見地方經濟活絡,但是卻發現',
    '募集撲滿 建立閱讀書庫',
    '【記者丁 新竹】 為了培養學生閱讀興趣,協會募集了6萬元購買撲滿,開放給學生認養,募到的款項將建立書庫,獲得許多家長支持。',
  ].join('\n\n');

  it('reads each headline as a story, also after a teaser cut on an open quote', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['老街區百年宗祠 在地盼打造文化中心', '花蓮車站角逐鐵路最高榮譽', '村落發展經濟 農地興建宿舍', '募集撲滿 建立閱讀書庫']);
  });
});

describe('a list page of cut teasers stored from inside its first item', () => {
  const page = [
    '当国家队的选拔赛还没有打响的时候,对手的协会就早已发布了参加世锦赛的人员名单,作为最强大的对手,它的参赛名单自然引人注目,而其中并没有看见老将的名字...',
    '联赛将首次出现女裁判',
    '36岁的女裁判将以第四官员的身份,亮相本周末联赛的一场重头戏。女裁判执法职业男足比赛,这在国内足球史上当属头一遭。不过,对于这种尝试,部分足球界人士...',
    '名将价值不菲的跑鞋被盗',
    '据英国媒体报道,一位田径名将的一双亲笔签名跑鞋在伦敦被盗。他的第一反应不是去报警,而是通过社交平台喊话,期望小偷把鞋还回去...',
  ].join('\n\n');

  it('reads the first teaser, headline lost, as a headless story of its own', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '联赛将首次出现女裁判', '名将价值不菲的跑鞋被盗']);
    expect(seg.articles[0]!.paragraphs[0]).toMatch(/^当国家队的选拔赛/);
  });
});
