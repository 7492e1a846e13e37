// Round 27 of issue 12: single-story page texts of kinds the real set lacked — a live text of one event, a
// government document told in an outline, a page whose headline is only printed as its breadcrumb's last item,
// a notice whose title is longer than a headline's usual measure. Each stays one article under its own headline.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { blocksFromText } from '../../../lib/blocks/text';
import { classify } from '../../../lib/segment/classify';
import { pageFacts } from '../../../lib/segment/facts';
import { liveEntries } from '../../../lib/segment/live-entries';

const read = (lines: string[]) => extractText(lines.join('\n\n'), { gazetteer: null }).articles;

describe('a live text of one event', () => {
  const live = [
    '全运会开幕式｜焰火点亮体育场 主火炬以水为题点燃',
    '撰文:李明',
    '全运会开幕式今晚8时在市体育中心举行，本台全程直播，以下为现场文字直播。',
    '【21:40】开幕式结束，焰火再次点亮夜空。',
    '主火炬点燃。(新华社)',
    '【21:32】主火炬以水幕方式点燃，全场观众起立鼓掌。',
    '【21:20】运动员代表和裁判员代表宣誓。',
    '运动员入场。(新华社)',
    '【20:55】各代表团依次入场，东道主代表团最后入场。',
    '【20:30】文艺表演开始，千名演员同台演出。',
  ];

  it('is one article under its headline: clock-stamped entries and the captions between them open no story', () => {
    const articles = read(live);
    expect(articles.map((a) => a.headline)).toEqual(['全运会开幕式｜焰火点亮体育场 主火炬以水为题点燃']);
    expect(articles[0]!.paragraphs.join('')).toContain('【20:30】文艺表演开始');
  });

  it('reads no live text where the stamped items stand under no headline and lead of their own (a column of flashes)', () => {
    const flashes = blocksFromText(['【10:32】央行今日开展逆回购操作，利率维持不变。', '【10:15】沪指低开，半导体板块走弱。', '【09:58】人民币兑美元中间价小幅上调。', '【09:40】多地发布暴雨预警，部分航班取消。'].join('\n\n'));
    const infos = flashes.map(classify);
    expect(liveEntries(flashes, infos, pageFacts(flashes, infos))).toEqual([]);
  });
});

describe('a government document told in an outline', () => {
  it('is one article under its title: topic items numbered in figures under parts numbered in Chinese split nothing', () => {
    const articles = read([
      '某市人民政府关于加快发展夜间经济的实施意见',
      '发布时间:2024-05-10 来源:市政府办公室',
      '各区人民政府，市政府各部门：',
      '为进一步激发消费活力，推动夜间经济高质量发展，经市政府同意，现提出如下实施意见。',
      '一、总体要求',
      '1.指导思想。坚持以人民为中心的发展思想，统筹发展和安全，培育夜间消费新场景，满足群众多样化消费需求。',
      '2.主要目标。到2026年，全市建成一批特色鲜明、业态丰富的夜间消费集聚区，夜间消费规模明显扩大。',
      '二、重点任务',
      '3.优化夜间消费布局。依托商圈、街区和景区，规划建设夜间消费集聚区，完善交通、照明等配套设施。',
      '4.丰富夜间消费业态。鼓励商场、餐饮、文化场馆延长营业时间，举办夜间消费促进活动。',
    ]);
    expect(articles.map((a) => a.headline)).toEqual(['某市人民政府关于加快发展夜间经济的实施意见']);
  });
});

describe('the page\'s headline where the page gives it in an unusual place', () => {
  it('takes the headline a breadcrumb opening the page text closes on', () => {
    const articles = read([
      '• 当前位置: • 首页 > • 体育新闻 > • 省城队点球大战胜出夺得冠军 • 省城队点球大战胜出夺得冠军',
      '本文转自:新华网',
      '新华社南昌3月2日电(记者张华)省足协杯决赛2日在省体育中心举行，省城队在点球大战中以4:2胜出，夺得冠军。',
      '上半场双方互有攻守，省城队第30分钟率先破门；下半场对手扳平比分，双方进入点球大战。',
    ]);
    expect(articles.map((a) => a.headline)).toEqual(['省城队点球大战胜出夺得冠军']);
  });

  it('takes a notice\'s long title over its date line as the headline', () => {
    const title = '某县人民政府办公室关于印发《某县贯彻落实〈关于进一步优化营商环境更好服务市场主体的若干措施〉实施方案》的通知';
    const articles = read([
      title,
      '发布时间:2023-06-01 09:00 信息来源:县政府办公室',
      '各乡镇人民政府，县直各单位：',
      '经县人民政府同意，现将《某县贯彻落实〈关于进一步优化营商环境更好服务市场主体的若干措施〉实施方案》印发给你们，请认真组织实施。',
    ]);
    expect(articles.map((a) => a.headline)).toEqual([title]);
  });
});

describe('a story parted by short section heads', () => {
  it('is one article: heads of a few words over plain paragraphs, under a longer headline with its lead, are sections', () => {
    const articles = read([
      '发布会上那些让部长们笑出声的提问',
      '昨天下午的记者会上，几位部长用两个多小时回答了中外记者的二十多个问题，现场气氛轻松，笑声不断。',
      '现场客串翻译',
      '一位记者的问题刚说完，部长没等翻译开口，就用英文把问题复述了一遍，现场响起一片笑声。',
      '最短的提问',
      '有记者只问了一句话，部长回答时也只用了三句话，主持人称这是当天最有效率的一问。',
    ]);
    expect(articles.map((a) => a.headline)).toEqual(['发布会上那些让部长们笑出声的提问']);
  });

  it('keeps headlines of a headline\'s length over their own paragraphs apart (a page of items)', () => {
    const articles = read([
      '外交部:坚决反对任何国家干涉中国内政',
      '外交部发言人在例行记者会上表示，中方坚决反对任何国家以任何借口干涉中国内政。',
      '商务部:前十个月外贸运行稳中有进',
      '商务部新闻发言人表示，前十个月我国货物贸易进出口总值同比增长，外贸运行稳中有进。',
      '教育部:今年高校毕业生规模再创新高',
      '教育部有关负责人表示，今年高校毕业生规模预计再创新高，各地将多措并举促进就业。',
    ]);
    expect(articles.length).toBe(3);
  });
});
