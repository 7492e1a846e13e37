// Layouts met in the eighteenth held-out round of issue #19 (Chinese digests and briefs): items marked by any
// geometric shape (▷), bulleted headlines all closed by a stop, a headline dated by a bracketed time range, cut
// teasers opened by the paper's credit, a section's overview and a reading list of sources, list items opened by a
// label and a colon, and a column of one-line news each opened by its time. Texts written here; each layout beside
// the trap it must not be confused with.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { segmentHtml } from './helpers';

const text = (s: string) => segment(blocksFromText(s));

describe('items marked by a triangle', () => {
  it('reads ▷-marked paragraphs under a greeting as one item each', () => {
    const page = [
      '早上好,今天是5月6日,星期二。昨夜今晨,这些新闻为你速览:',
      '▷5日,全国铁路发送旅客1520万人次,创单日历史新高,各地车站增开临时列车疏导客流。',
      '▷气象台预计,未来三天南方将有一次强降雨过程,部分地区有暴雨,请注意防范山洪。',
      '▷5日,国家统计局发布数据,4月份全国居民消费价格同比上涨0.3%,涨幅与上月持平。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles.map((a) => a.paragraphs[0]?.slice(0, 6))).toEqual(['▷5日,全国', '▷气象台预计', '▷5日,国家']);
  });
});

describe('items marked by a triangle, one running on for a paragraph', () => {
  const items = [
    '▷5日,全国人大会议在北京开幕,大会听取了政府工作报告,代表们将审议多项法律草案。',
    '报告提出,今年经济增长预期目标为5%左右,城镇新增就业1200万人以上。',
    '▷据统计局5日消息,2月份全国居民消费价格同比上涨0.7%,涨幅比上月有所扩大。',
    '▷交通运输部5日表示,今年将新改建农村公路15万公里,进一步改善农村出行条件。',
    '▷气象局预计,未来三天南方将有一次强降雨过程,部分地区有暴雨,请注意防范。',
  ];
  it('reads a page text opened by marked items as a column of them', () => {
    const seg = text(['今日要闻', ...items].join('\n\n'));
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles[0]?.paragraphs).toHaveLength(2);
  });

  it('keeps marked points under a story\'s own first paragraph inside the story', () => {
    const lead = '全国人大会议5日在北京开幕,国务院总理作政府工作报告,提出今年经济社会发展的主要预期目标。';
    const seg = text(['政府工作报告提出今年发展目标', lead, ...items.filter((t) => t.startsWith('▷'))].join('\n\n'));
    expect(seg.articles).toHaveLength(1);
  });
});

describe('bulleted headlines all closed by a stop', () => {
  it('reads each bulleted sentence over longer paragraphs as a headline', () => {
    const page = [
      '早安。以下是今日不容错过的新闻:',
      '• 一场大火烧毁了老城区。',
      '周日夜间,老城区一处仓库起火,火势迅速蔓延到附近的民宅,消防员奋战了六个小时才将大火扑灭。',
      '当局表示,目前没有人员死亡的报告,但有十几户居民无家可归。',
      '• 央行意外降息。',
      '央行周一宣布将基准利率下调0.25个百分点,这是两年来的首次降息,市场此前普遍预计利率将保持不变。',
      '分析人士说,此举反映出决策者对经济放缓的担忧正在加深。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['一场大火烧毁了老城区。', '央行意外降息。']);
  });

  it('keeps a list of bulleted points, bullet under bullet, inside its story', () => {
    const page = [
      '市政府公布新的垃圾分类规定',
      '市政府周一公布了新的垃圾分类规定,将于下月起施行,违反者最高可处两百元罚款。',
      '• 厨余垃圾须单独投放。',
      '• 大件垃圾须预约清运。',
      '市民对新规反应不一,有人认为规定过于繁琐,也有人表示支持。',
    ].join('\n\n');
    expect(text(page).articles).toHaveLength(1);
  });
});

describe('a headline dated by a bracketed time range', () => {
  it('reads it as a headline among the list\'s other headlines', () => {
    const page = [
      '新聞',
      '本週交通安排',
      '配合道路工程,以下路段本週實施臨時交通安排,部分巴士路線改道行駛,詳見附表,敬請市民留意。',
      '…',
      '應變協調中心查詢熱線統計數字及個案處理情況 (05月07日08:00至05月08日08:00)',
      '由5月7日上午8時至5月8日上午8時,應變協調中心的查詢熱線共接獲534宗電話查詢,其中大部分涉及出入境安排。',
      '…',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['本週交通安排', '應變協調中心查詢熱線統計數字及個案處理情況 (05月07日08:00至05月08日08:00)']);
  });
});

describe('teasers opened by the paper\'s credit and cut by the site', () => {
  it('reads each cut teaser as a story of its own, not the first going on', () => {
    const teaser = (s: string) => `【本報消息】${s}...`;
    const page = [
      '主頁',
      teaser('旅遊局表示,今年首季入境旅客按年上升兩成,其中內地旅客佔七成,酒店入住率亦回升至九成以上。局方將繼續在各地舉辦推廣活動,吸引更多'),
      '2026-01-18 20:45',
      teaser('文化局宣布,今年藝術節將於五月開幕,為期一個月,節目包括話劇、音樂會及舞蹈表演等逾三十套。門票將於下周起公開發售,市民可透過'),
      '2026-01-18 20:44',
      teaser('衛生局提醒市民,近日流感活躍,呼籲長者及兒童盡快接種疫苗。局方指出,過去一周錄得的流感個案較前一周上升三成,醫院急症室求診'),
      '2026-01-18 20:39',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(3);
    // The section label over the first teaser is the page's, not that story's headline.
    expect(seg.articles.map((a) => a.headline)).toEqual(['', '', '']);
    expect(seg.articles[0]?.dateline?.source).toBe('本報');
  });
});

describe('a section\'s overview and an item\'s reading list', () => {
  const overview =
    '當天多地發生嚴重災難。南部山區暴雨引發泥石流,造成至少十二人死亡;北部一座化工廠發生爆炸,數十人受傷。當局正調查事故原因,並已疏散附近居民。';
  it('reads the overview under the section label as no story, and the source lines as none', () => {
    const page = [
      '災難',
      overview,
      '南部山區暴雨引發泥石流',
      '南部山區連日暴雨引發泥石流,沖毀多座房屋,造成至少十二人死亡、多人失蹤,救援人員正在廢墟中搜救。',
      '- Reuters | Landslide kills 12 after heavy rain | 暴雨引發泥石流致12死',
      '- BBC | Rescuers search for missing after landslide',
      '- 紐約時報 | Mudslide buries homes in mountain villages | 泥石流掩埋山村房屋',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('南部山區暴雨引發泥石流');
    expect(seg.articles[0]?.paragraphs).toHaveLength(1);
  });

  it('reads a digest\'s headings under an overview that names them as its items', () => {
    const html = `<html><head><title>2025-06-22 國際新聞</title></head><body><article>
      <h1>2025-06-22 國際新聞</h1><h2>衝突</h2>
      <p>${'北方邊境衝突持續,雙方互相炮擊,平民傷亡增加。另一方面,沿海兩國漁業談判破裂,雙方召回大使,地區緊張局勢升級,聯合國呼籲各方保持克制。'}</p>
      <h3>北方邊境衝突持續</h3><p>${'北方邊境一帶昨日再度爆發炮戰,造成至少八名平民死亡,數百人逃離家園。雙方均指責對方首先開火,國際觀察員正前往當地了解情況。'}</p>
      <h3>漁業談判破裂 兩國召回大使</h3><p>${'沿海兩國就捕魚權進行的談判昨日宣告破裂,兩國隨即宣布召回駐對方國家的大使。分析人士擔心,事件可能引發海上對峙。'}</p>
      </article></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles.map((a) => a.headline)).toEqual(['北方邊境衝突持續', '漁業談判破裂 兩國召回大使']);
  });
});

describe('list items opened by a label and a colon', () => {
  it('reads each labelled item as a story, its label as the headline, its cited addresses kept', () => {
    const html = `<html><head><title>今日新闻播报</title></head><body><article>
      <p>今日新闻播报:</p><p>首先来看国内新闻:</p>
      <ul><li><strong>高铁新线开通:</strong>连接两省的高铁新线周一正式开通运营,两地最短旅行时间缩短至一个半小时。详情见 <a href="https://example.com/rail/2025/new-line-opens">https://example.com/rail/2025/new-line-opens</a> 。</li></ul>
      <p>接下来是国际新闻:</p>
      <ul><li><strong>海上风暴:</strong>一场强烈风暴袭击沿海地区,数万户家庭停电,多个航班被迫取消。报道见 <a href="https://example.com/weather/storm-hits-coast">https://example.com/weather/storm-hits-coast</a> 与 <a href="https://example.org/news/storm-power-cuts">https://example.org/news/storm-power-cuts</a> 。</li>
      <li><strong>贸易谈判重启:</strong>两国贸易代表周二在日内瓦重启谈判,双方均表示希望在年底前达成协议。</li></ul>
      </article></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles.map((a) => a.headline)).toEqual(['高铁新线开通', '海上风暴', '贸易谈判重启']);
    expect(seg.articles[1]?.paragraphs[0]).toContain('https://example.com/weather/storm-hits-coast');
  });

  it('keeps an article\'s list of labelled points among its paragraphs inside the article', () => {
    const html = `<html><head><title>市图书馆周末举办读书节</title></head><body><article>
      <h1>市图书馆周末举办读书节</h1>
      <p>市图书馆将于本周末举办第十届读书节,活动包括作家讲座、旧书交换和儿童故事会,预计将吸引上万名读者参加。</p>
      <ul><li>时间:本周六、周日上午九时至下午五时,两天活动内容相同,读者可任选一天参加。</li>
      <li>地点:市图书馆一楼大厅及三楼报告厅,旧书交换在一楼大厅进行,讲座在三楼报告厅举行。</li>
      <li>报名:讲座需提前在图书馆网站预约,每场限一百人,其余活动无需报名,读者可直接到场。</li></ul>
      <p>图书馆馆长表示,读书节已成为市民的周末好去处,今年还特别增加了面向青少年的写作工作坊。</p>
      </article></body></html>`;
    const { seg } = segmentHtml(html);
    expect(seg.articles).toHaveLength(1);
  });
});

describe('a column of one-line news, each opened by its time', () => {
  it('reads each paragraph under the section label as an item', () => {
    const page = [
      '看世界·新闻早知道',
      '国内',
      '5日,国务院常务会议部署进一步稳定就业的措施。',
      '据交通运输部5日消息,一季度全国完成交通固定资产投资8000亿元。',
      '气象局5日发布暴雨蓝色预警,南方多地将有大到暴雨。',
      '近日,教育部印发通知,要求各地做好高考安全保障工作。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles.every((a) => a.paragraphs.length === 1)).toBe(true);
  });

  it('reads them as items where they make the page\'s whole text under a line naming a digest', () => {
    const page = [
      '【新闻早知道】5月6日 星期二',
      '5日,国务院常务会议部署进一步稳定就业的措施。',
      '据交通运输部5日消息,一季度全国完成交通固定资产投资8000亿元。',
      '气象局5日发布暴雨蓝色预警,南方多地将有大到暴雨。',
      '近日,教育部印发通知,要求各地做好高考安全保障工作。',
    ].join('\n\n');
    expect(text(page).articles).toHaveLength(4);
  });

  it('keeps a story whose paragraphs each open with a day, under its headline, as one story', () => {
    const page = [
      '一周暴雨致南方多地受灾',
      '3日,南方多地开始出现强降雨,部分河流水位快速上涨。',
      '4日,暴雨持续,三个县城出现内涝,当地紧急转移群众两千余人。',
      '5日,降雨减弱,各地开始清理淤泥、抢修道路和电力设施。',
      '6日,省防汛指挥部宣布解除应急响应,灾后重建工作全面展开。',
    ].join('\n\n');
    expect(text(page).articles).toHaveLength(1);
  });
});

describe('an agency\'s dateline on a line of its own under a web headline', () => {
  it('reads it as the story\'s dateline and the line above as the headline, under a box of other headlines', () => {
    const page = [
      '快訊',
      '颱風今晚登陸 全台停班停課',
      '股市收盤大漲三百點 電子股領漲',
      '德國斥資千億歐元 更新全國鐵路網',
      '中央社／ 柏林8日綜合外電報導',
      '德國政府今天宣布,將在未來五年投入一千億歐元更新全國鐵路網,以減少延誤並鼓勵民眾少開車。',
      '交通部長表示,這是德國鐵路史上規模最大的投資計畫,首批工程將於明年春天動工。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('德國斥資千億歐元 更新全國鐵路網');
    expect(seg.articles[0]?.dateline?.source).toBe('中央社');
  });
});

describe('the same layouts in a page text', () => {
  it('reads dashed items opened by a label and a colon as stories, their lead-ins as no story\'s text', () => {
    const page = [
      '今日新闻播报:',
      '首先来看国内新闻:',
      '- 高铁新线开通: 连接两省的高铁新线周一正式开通运营,两地最短旅行时间缩短至一个半小时。',
      '接下来是国际新闻:',
      '- 海上风暴: 一场强烈风暴袭击沿海地区,数万户家庭停电,多个航班被迫取消。',
      '- 贸易谈判重启: 两国贸易代表周二在日内瓦重启谈判,双方均表示希望在年底前达成协议。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['高铁新线开通', '海上风暴', '贸易谈判重启']);
    expect(seg.articles[0]?.paragraphs).toHaveLength(1);
  });

  it('reads headlines under an overview that names them as a digest\'s items', () => {
    const page = [
      '2025-06-22 國際新聞',
      '衝突',
      '北方邊境衝突持續,雙方互相炮擊,平民傷亡增加。另一方面,沿海兩國漁業談判破裂,雙方召回大使,地區緊張局勢升級,聯合國呼籲各方保持克制。',
      '北方邊境衝突持續',
      '北方邊境一帶昨日再度爆發炮戰,造成至少八名平民死亡,數百人逃離家園。雙方均指責對方首先開火,國際觀察員正前往當地了解情況。',
      '漁業談判破裂 兩國召回大使',
      '沿海兩國就捕魚權進行的談判昨日宣告破裂,兩國隨即宣布召回駐對方國家的大使。分析人士擔心,事件可能引發海上對峙。',
    ].join('\n\n');
    expect(text(page).articles.map((a) => a.headline)).toEqual(['北方邊境衝突持續', '漁業談判破裂 兩國召回大使']);
  });
});

describe('headlines numbered with a space alone', () => {
  it('reads "1 标题" lines as the items\' headlines, not the page title or a caption under one', () => {
    const page = [
      '今日国际要闻',
      '1 北部港口城市发生爆炸 已致20死数百伤',
      '据当地媒体报道,北部一座港口城市的化工仓库22日晚发生爆炸,已造成至少20人死亡,数百人受伤。',
      '2 前州长获提名出任驻外大使',
      '前州长 (资料照片)',
      '参议院22日以多数票批准前州长出任驻外大使的提名,他将于下月赴任。',
      '3 两国领导人会谈 同意重启边境谈判',
      '两国领导人22日在首都会谈,同意下月重启中断两年的边境谈判。',
    ].join('\n\n');
    expect(text(page).articles.map((a) => a.headline)).toEqual(['北部港口城市发生爆炸 已致20死数百伤', '前州长获提名出任驻外大使', '两国领导人会谈 同意重启边境谈判']);
  });

  it('does not read a figure set off by a space before its unit as a number', () => {
    const page = ['市区新建三座公园', '10 月 1 日起,市区三座新建公园将向市民免费开放,每天早六时至晚十时开园。', '3 名园林工人介绍,公园内种植了上百种本地树木。'].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('市区新建三座公园');
  });
});
