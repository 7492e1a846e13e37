// A site's own "X网讯" dateline (dateline.ts, outletXun) and a headed story whose photo captions stand above its
// datelined lead (caption-lead.ts). Texts written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseDateline } from '../../../lib/segment/dateline';

const page = (lines: string[]) => segment(blocksFromText(lines.join('\n\n')));

describe("an outlet's own 讯 opening its copy", () => {
  it('reads "XX网讯（记者 张三）" as the dateline, the bracket as the byline, and leaves the paragraph without them', () => {
    const seg = page([
      '滨江新区图书馆夜间开放首月迎客两万人次',
      '2024-03-02 09:10 来源:滨江日报',
      '滨江在线讯（记者 张三）记者昨日从滨江新区文化局获悉，新区图书馆自二月起延长开放至晚上十点，首月接待读者两万余人次。',
      '文化局相关负责人表示，下一步将在各街道增设自助借还点，方便居民就近借阅。',
    ]);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.dateline?.source).toBe('滨江在线');
    expect(a.byline?.reporters).toEqual(['张三']);
    expect(a.paragraphs[0]!.startsWith('记者昨日从滨江新区文化局获悉')).toBe(true);
  });

  it('reads "XX网讯" before a space, in Traditional characters too', () => {
    expect(parseDateline('河谷網訊 近日，河谷縣舉辦了首屆農民豐收節。')?.dateline.source).toBe('河谷網');
  });

  it('reads none where the bracket after 讯 names no one it can read', () => {
    expect(parseDateline('晚报讯(记者颜鹏陈明华文/图)出租车司机也能发现大新闻。')).toBeNull();
  });

  it('reads no dateline in "电台讯号…" nor in a sentence that mentions a 讯', () => {
    expect(parseDateline('电台讯号在山区时断时续，居民盼望早日改善。')).toBeNull();
    expect(parseDateline('他说，本报讯息来源可靠，已经核实过。')).toBeNull();
    expect(parseDateline('今年以来，网讯科技公司营收增长两成。')).toBeNull();
  });
});

describe('a headed story whose photo captions stand above its datelined lead', () => {
  const headline = '河谷县首届农民丰收节开幕 万人共赏金秋田园';
  const lines = [
    headline,
    '2024-09-23 10:20:05 来源:河谷新闻网',
    '作者:李四 王五',
    '责任编辑:赵六',
    headline,
    '开幕式现场。河谷新闻网记者 陈七摄',
    headline,
    '农民展示丰收成果。河谷新闻网 记者 陈七 摄',
    '河谷新闻网讯(记者 李四 王五)9月22日上午,河谷县首届农民丰收节在县体育广场开幕,来自全县十二个乡镇的农民代表和游客一万余人参加。',
    '开幕式上,各乡镇带来了特色农产品展销、农耕文化展演等活动,吸引了大批游客驻足。',
    '据介绍,本届丰收节将持续三天,其间还将举办农产品直播带货、乡村美食大赛等活动。',
  ];

  it('stays one article under its headline, the dateline opening its text and the captions kept as fragments', () => {
    const seg = page(lines);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0]!;
    expect(a.headline).toBe(headline);
    expect(a.dateline?.source).toBe('河谷新闻网');
    expect(a.paragraphs[0]!.startsWith('9月22日上午')).toBe(true);
    expect(a.fragments).toEqual(['开幕式现场。河谷新闻网记者 陈七摄', '农民展示丰收成果。河谷新闻网 记者 陈七 摄']);
  });

  it('stays one article with a listed agency\'s dateline too', () => {
    const seg = page(lines.map((l) => l.replace('河谷新闻网讯', '新华网讯')));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]!.headline).toBe(headline);
    expect(seg.articles[0]!.paragraphs[0]!.startsWith('9月22日上午')).toBe(true);
  });

  it('still splits a briefs page of datelined items whose first item is a photo with a caption', () => {
    const seg = page([
      '港口新貌',
      '2024-03-02 10:00 来源:新华网',
      '作者:陈七',
      '南沙港区一景。新华社记者 陈七摄',
      '新华社北京3月1日电（记者 李四）国家统计局1日发布数据，2月份制造业采购经理指数为50.2%，比上月上升0.6个百分点，重回扩张区间。',
      '新华社上海3月1日电（记者 王五）上海市1日起实施新版生活垃圾分类管理条例，对违规投放行为的处罚标准作出调整。',
      '新华社广州3月1日电（记者 赵六）广州南沙港区四期工程1日通过竣工验收，年设计吞吐能力达到四百九十万标准箱。',
    ]);
    expect(seg.articles).toHaveLength(4);
    expect(seg.articles.slice(1).map((a) => a.dateline?.place)).toEqual(['北京', '上海', '广州']);
  });
});
