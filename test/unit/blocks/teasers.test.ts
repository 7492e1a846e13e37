// Teaser lists of other stories (a linked heading over a summary cut off with an ellipsis, or a run of linked
// headings) and a media player's own texts are the page's, not the story's (lib/blocks/teasers.ts; the round-28
// 1905电影网 page, whose one paragraph sat between its video box's texts and its teaser lists).
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { teaserFlags } from '../../../lib/blocks/teasers';
import { parseHtml, segmentHtml } from '../segment/helpers';

const p = (t: string) => `<p>${t}</p>`;
const story = `<h1>《北京影人》5月20日起播出</h1>${p(
  '以光影之名，探寻首都文化魅力。5月20日22点起，《中国电影报道》栏目将推出系列访谈节目，五位电影人将讲述他们的成长故事和艺术生涯。',
)}${p('节目用电影人的艺术探索构建起中国电影和首都北京的发展之路，观众可以在电影频道收看，也可以在网站上回看全部节目。')}`;

/** The texts of the blocks teasers.ts flags on a page. */
function flagged(body: string): string[] {
  const dom = blocksFromDom(parseHtml(`<html><body>${body}</body></html>`).body);
  const flags = teaserFlags(dom);
  return dom.blocks.filter((_, i) => flags[i]).map((b) => b.text);
}

function paragraphsOf(html: string): string[] {
  return segmentHtml(`<html><head><title>《北京影人》5月20日起播出</title></head><body>${html}</body></html>`).seg.articles.flatMap((a) => a.paragraphs);
}

describe('teaser lists and a media player in a page\'s content column', () => {
  it('linked headings over cut summaries are other stories\' teasers, not the story\'s text', () => {
    const teaser = (t: string, s: string) => `<li><h3><a href="/n/${t.length}.html">${t}</a></h3><p>${s}</p></li>`;
    const html = `<div class="grid-8x"><div id="contentNews">${story}</div><ul class="mod-top-news">${teaser(
      '安雅、锤哥《疯狂的麦克斯：狂暴女神》戛纳首映',
      '当地时间2024年5月15日，法国戛纳，第77届戛纳电影节非竞赛单元影片首映红毯，男主携爱妻亮相，女主安雅·...',
    )}${teaser('第37届大众电影百花奖入围名单公示 启动初评投', '近日，第37届大众电影百花奖各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名...')}${teaser(
      '《顶点》定档！60岁帅老头布拉德·皮特演F1车手',
      '日前，由约瑟夫·科辛斯基、布拉德·皮特主演的F1赛车题材电影《顶点》（暂定）定档，将于...',
    )}</ul></div>`;
    expect(flagged(html)).toEqual([
      '安雅、锤哥《疯狂的麦克斯：狂暴女神》戛纳首映',
      '当地时间2024年5月15日，法国戛纳，第77届戛纳电影节非竞赛单元影片首映红毯，男主携爱妻亮相，女主安雅·...',
      '第37届大众电影百花奖入围名单公示 启动初评投',
      '近日，第37届大众电影百花奖各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名...',
      '《顶点》定档！60岁帅老头布拉德·皮特演F1车手',
      '日前，由约瑟夫·科辛斯基、布拉德·皮特主演的F1赛车题材电影《顶点》（暂定）定档，将于...',
    ]);
  });

  it('a video box\'s title, messages and running time are the player\'s', () => {
    const player = `<div class="pic-video"><div class="pic-info"><span>《北京影人》5月20日起电影频道22:00播出</span><span>时长：01:45</span></div><div class="mplayer"><video></video><div>正在为您切换到高清 480P,请稍候...</div><div>很抱歉，当前视频播放失败</div><div>错误代码：QVS.4100</div></div></div>`;
    const paragraphs = paragraphsOf(`<div id="contentNews"><h1>《北京影人》5月20日起播出</h1><div class="pic-content">${player}${story.replace(/^<h1>.*?<\/h1>/, '')}</div></div>`);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.join('\n')).not.toMatch(/时长|480P|播放失败|QVS/);
  });

  it('linked headlines over their stories\' full text (a front page) and a clip\'s sentence caption stay', () => {
    const item = (h: string, t: string) => `<h3><a href="/${h.length}">${h}</a></h3>${p(t)}${p(t.replace('。', '，相关部门表示将继续跟进。'))}`;
    const front = `${item('暴雨致多地内涝 市民出行受阻', '5月19日，南宁市迎来暴雨天气，市区多处地段出现内涝情况，大量积水漫入民众家中。')}${item(
      '港珠澳大桥出入境客流突破千万', '据统计，今年截至5月21日，经港珠澳大桥珠海公路口岸出入境的旅客已突破一千万人次。',
    )}${item('黄山天都峰恢复开放', '5月20日，安徽省黄山风景区三大主峰之一的天都峰结束封闭轮休期，恢复对游客开放。')}`;
    expect(flagged(front)).toEqual([]);
    const captioned = `<h1>《北京影人》5月20日起播出</h1><figure><video></video><figcaption>电影频道主持人在节目录制现场与嘉宾交流，讲述电影人的成长故事。</figcaption></figure>${story.replace(/^<h1>.*?<\/h1>/, '')}`;
    expect(flagged(captioned)).toEqual([]);
  });

  it('a player\'s box stops below the element that holds more than a player does, its texts counted with the box\'s', () => {
    const messages = '切换清晰度 '.repeat(80);
    const tags = '相关标签 '.repeat(60);
    const page = `<div class="outer"><div class="mplayer"><video></video><div>${messages}</div></div><div>${tags}</div></div>`;
    expect(flagged(page)).toEqual([messages.trim()]);
    // Without the long tag strip the outer box is the player's, and both its texts are.
    expect(flagged(page.replace(tags, '相关标签'))).toEqual([messages.trim(), '相关标签']);
  });
});

