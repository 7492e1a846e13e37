// Layouts met in the forty-sixth held-out round of issue #19 (a fourteenth unchosen sample): an e-paper page view
// whose second article opens with its byline under a repeated source line, a morning digest of few teasers closed
// by ">>详情", and (a trap) a story of short paragraphs that must stay one. Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

describe('an e-paper page view of two articles under a repeated source line', () => {
  const page = [
    '01版:要闻',
    '02版:国际',
    '某市新建三座公园今日开放',
    '某市新建三座公园今日开放',
    '( 2025-05-01 ) 稿件来源:某某日报 要闻',
    '本报讯 某市新建的三座城市公园今日起向市民开放,公园内设有步道、运动场和儿童游乐区。',
    '市园林部门介绍,三座公园总面积约四十公顷,种植乔木两万余株。',
    '让老街焕发新的活力',
    '——某区老街改造纪实之二',
    '让老街焕发新的活力',
    '——某区老街改造纪实之二',
    '( 2025-05-01 ) 稿件来源:某某日报 要闻',
    '本报记者 王 强 李晓明',
    '清晨的老街上,早点铺的蒸笼冒着热气,修缮一新的骑楼下游人渐多。',
  ].join('\n\n');

  it('reads the second article, opened by its byline with a spaced name, under its own headline', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['某市新建三座公园今日开放', '让老街焕发新的活力']);
    expect(seg.articles[1]!.byline?.reporters).toEqual(['王强', '李晓明']);
    expect(seg.articles[1]!.paragraphs[0]).toMatch(/^清晨的老街上/);
  });
});

describe('a morning digest of teasers closed by a read-on link', () => {
  it('reads each teaser as a story, even with two links only', () => {
    const digest = [
      '今天是2020年3月2日星期一',
      '“早读”栏目为您摘选今日版面精华',
      '今日头版刊发《春耕时节访农家》。记者走访多个村庄,看到农民抢抓农时整地育秧,田间一派繁忙景象。>>详情',
      '今日国际版刊发《多国出台措施稳定物价》。近期多国物价上涨,各国政府纷纷出台补贴和限价措施。>>详情',
      '今日文化版刊发《老剧场迎来新观众》。修缮后的老剧场重新开门,不少年轻观众专程前来观看演出。',
    ].join('\n\n');
    const seg = text(digest);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 5))).toEqual(['今日头版刊', '今日国际版', '今日文化版']);
  });
});

describe('a story of short paragraphs, each taking up the words of the one above', () => {
  it('leaves a story of short paragraphs that take up one another\'s words one article', () => {
    const story = [
      'Harbour strike enters second week',
      'Dock workers at the northern harbour stayed off the job for a seventh day on Monday.',
      'The harbour authority said forty ships were now waiting offshore to unload.',
      'Union leaders said the workers would not return until the authority improved its pay offer.',
      'The pay offer, tabled last month, was rejected by nine in ten union members.',
      'Members voted at a meeting outside the harbour gates on Sunday night.',
      'Shipping firms warned that the meeting had made a quick end to the strike unlikely.',
    ].join('\n\n');
    const seg = text(story);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe('Harbour strike enters second week');
  });
});
