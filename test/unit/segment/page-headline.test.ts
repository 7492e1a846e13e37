// The headline of a one-story page that says nothing about itself (page texts, e-paper article pages): read from
// the lines above the story's first paragraph, past menus, breadcrumbs, tool bars and page labels. Shapes taken
// from the pages of test/fixtures/real/zh/.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseBylineLine } from '../../../lib/segment/byline';
import { classify } from '../../../lib/segment/classify';
import { isFurniture } from '../../../lib/segment/page-headline';
import { segmentHtml } from './helpers';

const BODY =
  '连日来，受持续强降雨天气影响，南方多地遭受洪涝灾害侵袭。7月11日10时，江西省将防汛应急响应等级由Ⅱ级提升至Ⅰ级，多地水位突破历史极值。';
const BODY2 = '据央视新闻客户端消息，7月12日19时40分，永修县三角联圩新建区防汛责任段出现溃堤险情，2.6万余名群众受到威胁。';

function fromText(text: string) {
  return segment(blocksFromText(text));
}

describe('a one-story page text', () => {
  it('takes the line its date and source line follow, not the menu above nor the source title below', () => {
    const seg = fromText(
      [
        '时政·财经·军事 | 生活·家庭·娱乐 | 体坛·历史·科技 | 摄影·旅游·文化',
        '全线告急!特大洪水会再现?千万别以为与你无关(组图)',
        '新闻来源: 国是直通车/新京报 于2020-07-13 9:54:15',
        '全线告急!多图直击鄱阳湖东西两岸决口抢险',
        BODY,
        BODY2,
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('全线告急!特大洪水会再现?千万别以为与你无关(组图)');
    expect(seg.articles[0]?.paragraphs.join('')).not.toMatch(/时政·财经/);
  });

  it('passes over breadcrumbs, addresses, tool bars and leftover markup', () => {
    for (const furniture of ['您的位置: 首頁> 圖 片', 'https://www.gov.cn/', '字號:默認 超大 | 打印 |', '<th id="nldp9"></th>', '新闻频道 - 中国要闻 |', '【本期导读】', '原創 嚴建平 檔案春秋']) {
      expect(isFurniture(furniture), furniture).toBe(true);
      const seg = fromText([furniture, '略论台海安全局势及战略研判', BODY].join('\n\n'));
      expect(seg.articles[0]?.headline, furniture).toBe('略论台海安全局势及战略研判');
    }
    expect(isFurniture('略论台海安全局势及战略研判(一)')).toBe(false);
  });

  it('takes the headline under its kicker when no date line follows, and a headline that ends in a question mark', () => {
    expect(fromText(['大陸深度川震十年', '100億為什麼花了8年?當香港援建遇上四川國情', BODY].join('\n\n')).articles[0]?.headline).toBe(
      '100億為什麼花了8年?當香港援建遇上四川國情',
    );
    expect(fromText(['120人死亡的吉林宝源丰火灾悲剧缘何发生?', BODY, BODY2].join('\n')).articles[0]?.headline).toBe(
      '120人死亡的吉林宝源丰火灾悲剧缘何发生?',
    );
  });

  it('looks no higher than the e-paper page label over the story', () => {
    const seg = fromText(['人民日报电子报', '人民日报2025.12.22星期一', '01版:要闻', '02版:要闻', '01版:要闻', '坚持全国“一盘棋”', BODY].join('\n'));
    expect(seg.articles[0]?.headline).toBe('坚持全国“一盘棋”');
  });

  it('splits a headline set right above its text with no blank line from the paragraph under it', () => {
    const blocks = blocksFromText(['- +1\n特稿|冰川消融下的抉擇：格陵蘭人眼中的氣候危機\n' + BODY + BODY2, BODY].join('\n\n'));
    expect(blocks.map((b) => b.text).slice(0, 2)).toEqual(['- +1', '特稿|冰川消融下的抉擇：格陵蘭人眼中的氣候危機']);
    expect(segment(blocks).articles[0]?.headline).toBe('特稿|冰川消融下的抉擇：格陵蘭人眼中的氣候危機');
  });

  it('reads a headline with 记者 in it as a headline, not as a byline', () => {
    expect(parseBylineLine('新华报业全媒体记者正火速赶往事故现场')).toBeNull();
    expect(parseBylineLine('本报记者 怀特乌鲁斯 摄')?.photographers).toEqual(['怀特乌鲁斯']);
    expect(fromText(['新华报业全媒体记者正火速赶往事故现场', '02.06.2015 10:58', BODY].join('\n\n')).articles[0]?.headline).toBe(
      '新华报业全媒体记者正火速赶往事故现场',
    );
  });
});

describe('an article page whose h1 the content selection left out', () => {
  it('takes the page title, not a bold subhead under the first paragraph', () => {
    const html = `<html><head><title>外国专家：中美合作共赢符合国际社会利益 - 中国日报网</title></head><body>
      <div class="nav"><h1>外国专家：中美合作共赢符合国际社会利益</h1></div>
      <div id="Content"><p>${BODY}</p><p><strong>中美合作共赢是大势所趋</strong></p><p>${BODY2}</p><p>${BODY}</p></div></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).not.toBe('中美合作共赢是大势所趋');
  });
});

describe('a repost with a （原标题：…） note', () => {
  const note = '（原标题：外交部：当前半岛局势已经非常紧张，“双暂停”倡议值得重视）';
  it('keeps its own headline on a page text, the note right under it', () => {
    expect(fromText(['朝鲜今发射数枚导弹失败 中方:半岛局势非常紧张', note, BODY].join('\n\n')).articles[0]?.headline).toBe(
      '朝鲜今发射数枚导弹失败 中方:半岛局势非常紧张',
    );
  });
  it('keeps its h1 on a web page whose <title> is the source\'s headline', () => {
    const html = `<html><head><title>外交部：当前半岛局势已经非常紧张，“双暂停”倡议值得重视_网易新闻</title></head><body>
      <article><h1>朝鲜今发射数枚导弹失败 中方:半岛局势非常紧张</h1><p>${note}</p><p>${BODY}</p><p>${BODY2}</p><p>${BODY}</p></article></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles.map((a) => a.headline)).toEqual(['朝鲜今发射数枚导弹失败 中方:半岛局势非常紧张']);
  });
});

describe('an article page with a title, whose headline is in no block', () => {
  it('goes by the title, not by a tool line or a caption right above the text', () => {
    const lead = 'Shares of construction goods giant Home Depot are dropping in premarket trading after the retailer cut its outlook.';
    const html = `<html><head><title>Home Depot Stock Falls After Earnings Report Disappoints - Barron's</title></head><body>
      <div id="story"><div>Updated Nov. 19, 2019 8:21 am ET</div><ul><li>Order Reprints</li><li>Print Article</li></ul><div>Text size</div>
      <p>${lead}</p><p>${lead}</p><p>${lead}</p><p>${lead}</p></div></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles.map((a) => a.headline)).not.toContain('Text size');
  });
});

describe('a People\'s Daily page text', () => {
  it('keeps the archive\'s page banner, page label and empty column label out of the stories', () => {
    expect(classify({ text: '第3版(国际)', tag: 'p', headingLevel: null, className: '', container: null, emphasis: false }).pageLabel).toBe(true);
    expect(classify({ text: '专栏:', tag: 'p', headingLevel: null, className: '', container: null, emphasis: false }).markerOnly).toBe(true);
    const seg = fromText(
      [
        '1957年7月20日人民日报 第3版',
        '第3版()',
        '专栏:',
        '淮北发现新煤田',
        '本报合肥18日电 在辽阔的淮北平原上，勘探队员又发现了跨越宿县、濉溪、蒙城三县的大煤田。',
        '第3版()',
        '专栏:',
        '长江大桥将在九月建成',
        '本报讯 据长江日报消息：长江大桥的建设者正在紧张地进行收尾工程，全桥竣工前的检查验收工作也已开始筹备。',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['淮北发现新煤田', '长江大桥将在九月建成']);
  });
});
