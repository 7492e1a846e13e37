// Held-out round 12 of issue 12 (saved portal pages): a round-up that closes each of its items with a "详情>>" link
// keeps every item's 【head】 and text (the head after a linked paragraph is no banner dropped mid-sentence, and the
// next item's text is not run onto the paragraph above it); a picture's caption the page marks by its class is kept
// with the story, not read as its lead paragraph.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';
import { endsWithLinkArrow } from '../../../lib/segment/link-arrow';

/** An article page: its title, an h1, then the given paragraphs (a line in 【】 printed bold, as portals do). */
const read = (lines: string[]) => {
  const [h1, ...rest] = lines;
  const body = rest.map((t) => (t.startsWith('【') ? `<p><b>${t}</b></p>` : `<p>${t}</p>`)).join('');
  const html = `<html><head><title>${h1}_新闻</title><meta property="og:type" content="article"></head><body><h1>${h1}</h1><div>${body}</div></body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractDocument(doc, { gazetteer: null }).result.articles;
};

describe('a paragraph closed by a link arrow', () => {
  it('keeps the next item of a round-up, its head and its text, apart from the linked paragraph', () => {
    const articles = read([
      '美国新冠肺炎确诊病例超278万例 死亡129227例',
      '根据大学的最新数据统计，截至美东时间7月3日16时33分，美国新冠肺炎确诊病例超过278万例，死亡病例为129227例。',
      '【世卫：即使20%的人拥有抗体 新冠病毒还能有效传播】',
      '当地时间7月3日，世卫组织召开新冠肺炎发布会，负责人表示，即使20%的人拥有抗体，病毒还是能够有效传播。详情>>',
      '【美国西雅图一大学宿舍区超100名学生感染新冠肺炎】',
      '当地时间7月3日，据当地媒体报道，西雅图一所大学的宿舍区中暴发疫情，其中至少105名学生被确诊为新冠肺炎患者。',
    ]);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]!.paragraphs;
    expect(paragraphs).toContain('【美国西雅图一大学宿舍区超100名学生感染新冠肺炎】');
    const linked = paragraphs.find((p) => p.startsWith('当地时间7月3日，世卫组织'));
    expect(linked).toMatch(/详情>>$/);
    expect(paragraphs.some((p) => p.startsWith('当地时间7月3日，据当地媒体报道'))).toBe(true);
  });

  it('reads an arrow only at the end of the text', () => {
    expect(endsWithLinkArrow('……保护时长。详情>> ')).toBe(true);
    expect(endsWithLinkArrow('查看全文»')).toBe(true);
    expect(endsWithLinkArrow('比较 a >> b 的结果，')).toBe(false);
  });
});

describe('a line the page marks as a caption by its class', () => {
  const page = (caption: string) =>
    `<html><head><title>港特首就住宅违建事件道歉 - 中文网</title><meta property="og:type" content="article"></head><body>` +
    `<h1>港特首就住宅违建事件道歉</h1><div class="bodytext"><div class="module"><div class="image"><img src="a.jpg" alt="">` +
    `<p class="${caption}">特首同时遭到泛民主派和亲北京阵营议员质问。</p></div></div>` +
    `<p class="ingress">香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。</p>` +
    `<p>特首此前承认早在去年参选之前就已知悉其住宅的违建问题，引发诚信危机，泛民主派议员要求他马上辞职下台。</p>` +
    `<p>特首强调承诺将在两周内解决其住宅的违建问题，民主党计划在星期三对他提出不信任动议。</p></div></body></html>`;
  const extract = (html: string) => extractDocument(new DOMParser().parseFromString(html, 'text/html'), { gazetteer: null }).result.articles;

  it('keeps the caption with the story but not as its lead paragraph', () => {
    const [a, ...rest] = extract(page('caption'));
    expect(rest).toEqual([]);
    expect(a!.paragraphs[0]).toMatch(/^香港行政长官在各方压力下/);
    expect(a!.paragraphs.join('')).not.toContain('议员质问。特首');
    expect(a!.fragments).toContain('特首同时遭到泛民主派和亲北京阵营议员质问。');
  });

  it('reads a class that only contains the word inside another word as no caption', () => {
    const [a] = extract(page('recaptionless'));
    expect(a!.paragraphs[0]).toBe('特首同时遭到泛民主派和亲北京阵营议员质问。');
  });
});

describe('a caption credited to a photographer who photographed an old picture again (翻摄)', () => {
  it('takes the credit off the caption, so the caption does not run into the paragraph after it', () => {
    const html =
      `<html><head><title>故宫，你低调点_凤凰网</title><meta property="og:type" content="article"></head><body><h1>故宫，你低调点</h1><div>` +
      `<p>1860年第二次鸦片战争时，紫禁城留下了现今可知的第一张照片，这是研究者多年来反复引用的一张。</p>` +
      `<p><img src="a.png"></p><p>1860年的紫禁城照片。中新网记者 宋宇晟 翻摄</p>` +
      `<p>这年10月，咸丰皇帝逃出紫禁城，战争结束了，侵略者摇身一变成了游客，拍下了当年的紫禁城。</p></div></body></html>`;
    const [a, ...rest] = extractDocument(new DOMParser().parseFromString(html, 'text/html'), { gazetteer: null }).result.articles;
    expect(rest).toEqual([]);
    expect(a!.byline?.photographers).toContain('宋宇晟');
    expect(a!.paragraphs.some((p) => p.includes('翻摄'))).toBe(false);
    expect(a!.paragraphs.some((p) => p.startsWith('这年10月'))).toBe(true);
  });
});
