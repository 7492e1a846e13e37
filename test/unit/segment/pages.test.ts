// Realistic pages the seed lacks (test/fixtures/pages/): a single English wire story, a structured
// multi-story page, a single Chinese article with site clutter, and stories that jump between pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { expectExactSourceMaps, segmentHtml } from './helpers';

const page = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/pages', name), 'utf8');

describe('English wire story page', () => {
  const { blocks, seg } = segmentHtml(page('reuters-wire.html'));
  const a = seg.articles[0];

  it('comes back as one story headlined by its h1, not the site name', () => {
    expect(seg.articles).toHaveLength(1);
    expect(a?.headline).toBe('Fed holds rates steady, signals two cuts later this year');
  });

  it('reads the wire dateline and the bylines, and keeps them out of the text', () => {
    expect(a?.dateline).toEqual({ source: 'Reuters', place: 'WASHINGTON', date: null, kind: 'wire' });
    expect(a?.byline?.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a?.byline?.reporters).toEqual(['Jane Doe', 'John Roe', 'Ann Saphir']);
    expect(a?.paragraphs[0]?.startsWith('The Federal Reserve held interest rates steady')).toBe(true);
    expect(a?.paragraphs).toHaveLength(5);
    expect(a?.paragraphs.join(' ')).not.toMatch(/Reporting by|Editing by|Reuters\) -/);
    expect(a?.truncated).toBe(false);
  });

  it('leaves out navigation, share bar, related links, trust line and footer', () => {
    const all = JSON.stringify(seg);
    for (const s of ['Sustainability', 'LinkedIn', 'Read Next', 'Treasury yields slip', 'Trust Principles', 'All rights reserved', 'PM UTC']) {
      expect(all).not.toContain(s);
    }
    expectExactSourceMaps(seg, blocks);
  });
});

describe('structured page with several <article> elements', () => {
  const { blocks, seg } = segmentHtml(page('world-briefs.html'));

  it('gives one story per <article>, headlined by its h2', () => {
    expect(seg.articles.map((a) => a.headline)).toEqual([
      "Japan's economy returns to growth in fourth quarter",
      'Floods force thousands from homes in southern Brazil',
      'Kenya opens new rail link to Ugandan border',
    ]);
    expect(seg.articles.map((a) => a.paragraphs.length)).toEqual([2, 2, 2]);
    expect(seg.rubrics).toEqual(['World briefs']);
  });

  it('parses each story\'s dateline and byline', () => {
    const [jp, br, ke] = seg.articles;
    expect(jp?.dateline).toMatchObject({ source: 'Reuters', place: 'TOKYO' });
    expect(jp?.byline?.authors).toEqual(['Kenji Sato']);
    expect(br?.dateline).toEqual({ source: 'AP', place: 'PORTO ALEGRE', date: 'May 5', kind: 'wire' });
    expect(ke?.dateline?.place).toBe('NAIROBI');
    expect(ke?.paragraphs[0]?.startsWith('Kenya opened a freight rail line')).toBe(true);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('single Chinese article page with site clutter', () => {
  const { blocks, seg, title } = segmentHtml(page('xinhua-single.html'));
  const a = seg.articles[0];

  it('comes back as one story headlined by the title without " - 新华网"', () => {
    expect(title).toBe('我国首条跨海高铁全线铺轨完成 - 新华网');
    expect(seg.articles).toHaveLength(1);
    expect(a?.headline).toBe('我国首条跨海高铁全线铺轨完成');
    expect(a?.subheadline).toBeNull();
  });

  it('takes the Xinhua dateline and reporters off the first paragraph', () => {
    expect(a?.dateline).toEqual({ source: '新华社', place: '福州', date: '2月9日', kind: '电' });
    expect(a?.byline?.reporters).toEqual(['邰晓安', '吴剑锋']);
    expect(a?.paragraphs).toHaveLength(4);
    expect(a?.paragraphs[0]?.startsWith('记者从中国铁路南昌局集团有限公司获悉')).toBe(true);
  });

  it('drops navigation, the source/time line, the editor line, related links and the footer', () => {
    const all = JSON.stringify(seg);
    for (const s of ['时政', '来源：新华网', '责任编辑', '相关新闻', '福厦高铁泉州湾跨海大桥合龙', 'Copyright']) {
      expect(all).not.toContain(s);
    }
    expectExactSourceMaps(seg, blocks);
  });
});

describe('stories that jump between pages', () => {
  const { blocks, seg } = segmentHtml(page('jump-markers.html'));
  const [first, second] = seg.articles;

  it('records （下转第3版） as continuesTo and does not call the story truncated', () => {
    expect(seg.articles).toHaveLength(2);
    expect(first?.headline).toBe('我市今年将办好十件民生实事');
    expect(first?.subheadline).toBe('聚焦民生实事 提升群众获得感');
    expect(first?.continuesTo).toBe('第3版');
    expect(first?.truncated).toBe(false);
    expect(first?.paragraphs.join('')).not.toContain('下转');
    expect(first?.paragraphs.some((p) => p.includes('改造老旧小区86个'))).toBe(true);
  });

  it('records （上接第1版） as continuedFrom and strips it from the text', () => {
    expect(second?.headline).toBe('港口集装箱吞吐量创新高');
    expect(second?.continuedFrom).toBe('第1版');
    expect(second?.paragraphs[0]?.startsWith('全年完成集装箱吞吐量')).toBe(true);
    expect(second?.fragments).toEqual([]);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('plain text pages', () => {
  it('an English wire story pasted as text is one story with its headline', () => {
    const text = [
      'Chile copper output falls 3% as mines age',
      'By Fabian Cambero',
      'SANTIAGO, Feb 28 (Reuters) - Copper production in Chile, the world\'s top producer, fell 3% in January from a',
      'year earlier, the national statistics agency said on Friday.',
      'Output at state-owned Codelco dropped to its lowest in decades.',
    ].join('\n');
    const blocks = blocksFromText(text);
    const seg = segment(blocks);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0];
    expect(a?.headline).toBe('Chile copper output falls 3% as mines age');
    expect(a?.dateline).toEqual({ source: 'Reuters', place: 'SANTIAGO', date: 'Feb 28', kind: 'wire' });
    expect(a?.byline?.authors).toEqual(['Fabian Cambero']);
    expect(a?.paragraphs[0]).toBe(
      "Copper production in Chile, the world's top producer, fell 3% in January from a year earlier, the national statistics agency said on Friday.",
    );
    expectExactSourceMaps(seg, blocks);
  });

  it('a story that stops mid-sentence with nothing after it is truncated', () => {
    const blocks = blocksFromText('标题一则消息\n\n本报讯（记者 王明）今天上午，全市召开会议，部署今年的重点工作，要求各地');
    const a = segment(blocks).articles[0];
    expect(a?.truncated).toBe(true);
    expect(a?.dateline?.kind).toBe('讯');
  });
});

describe('an e-paper page mixing datelined stories, a commentary and a feature (plain text)', () => {
  const blocks = blocksFromText(readFileSync(join(process.cwd(), 'test/fixtures/pages/epaper-mixed.txt'), 'utf8'));
  const seg = segment(blocks);

  it('finds every story, including those with no dateline, and keeps numbered subheads inside their story', () => {
    expect(seg.articles.map((a) => a.headline)).toEqual([
      '春耕备耕有序推进',
      '让“小切口”撬动“大民生”',
      '草原上的“流动课堂”',
      '呼伦贝尔机场旅客吞吐量同比增长六成',
    ]);
    const feature = seg.articles[2];
    expect(feature?.paragraphs).toContain('一、把课堂搬到牧民家门口');
    expect(feature?.paragraphs).toHaveLength(5);
    expect(feature?.truncated).toBe(false);
  });

  it('reads roles, the end mark and the jump marker', () => {
    const [spring, comment, , airport] = seg.articles;
    expect(spring?.byline).toMatchObject({ reporters: ['李明'], correspondents: ['张丽'] });
    expect(spring?.paragraphs[1]?.endsWith('能够满足春耕生产需要。')).toBe(true);
    expect(comment?.byline?.authors).toEqual(['本报评论员']);
    expect(comment?.paragraphs[0]?.startsWith('民生无小事')).toBe(true);
    expect(airport?.continuesTo).toBe('第3版');
    expect(airport?.dateline).toEqual({ source: '本报', place: '呼伦贝尔', date: '3月2日', kind: '讯' });
    expectExactSourceMaps(seg, blocks);
  });
});

describe('single article pages: headline against the site name', () => {
  it('skips a logo h1 that is the site name and a section label above the headline', () => {
    const { seg } = segmentHtml(`<!DOCTYPE html><html><head><title>Storm cuts power to 200,000 homes - The Coast Herald</title></head><body>
      <h1 class="logo">The Coast Herald</h1>
      <div class="story">
        <div class="section-label">Weather</div>
        <h2>Storm cuts power to 200,000 homes</h2>
        <div>5 min read</div>
        <p>A winter storm knocked out power to about 200,000 homes and businesses along the coast on Sunday, utilities said, as winds gusted above 100 km per hour.</p>
        <p>Crews expected to restore most customers by Tuesday. A man clears a fallen tree in Dover. REUTERS/Jane Doe</p>
      </div></body></html>`);
    expect(seg.articles).toHaveLength(1);
    const a = seg.articles[0];
    expect(a?.headline).toBe('Storm cuts power to 200,000 homes');
    expect(a?.subheadline).toBeNull();
    expect(a?.paragraphs).toHaveLength(2);
    expect(a?.paragraphs[1]?.endsWith('fallen tree in Dover.')).toBe(true);
    expect(a?.byline?.photographers).toEqual(['Jane Doe']);
    expect(JSON.stringify(seg)).not.toContain('min read');
  });
});

describe('e-paper text with kickers, decks, credit lines and unbracketed bylines', () => {
  const blocks = blocksFromText(readFileSync(join(process.cwd(), 'test/fixtures/pages/epaper-heads-credits.txt'), 'utf8'));
  const seg = segment(blocks);

  it('tells the headline from its kicker (引题) and deck (副题)', () => {
    expect(seg.articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['全区经济运行总体平稳', '坚持稳中求进 推动高质量发展'],
      ['扎根草原的“守护者”', '——记全国劳动模范张建国'],
      ['冰雪那达慕开幕', null],
      ['全区春运客流稳步回升', null],
    ]);
  });

  it('reads a credit on its own line as a photo, and "记者 刘洋 报道：" as a byline', () => {
    const [, profile, photo, travel] = seg.articles;
    expect(profile?.byline?.reporters).toEqual(['李四']);
    expect(photo?.photo).toBe(true);
    expect(photo?.byline?.photographers).toEqual(['王浩']);
    expect(travel?.byline?.reporters).toEqual(['刘洋']);
    expect(travel?.paragraphs[0]?.startsWith('春运以来')).toBe(true);
    expectExactSourceMaps(seg, blocks);
  });
});

describe('heading outlines', () => {
  const html = (body: string, title: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;
  const para = (s: string) => `<p>${s} The council approved the plan after a long debate on Tuesday evening, officials said.</p>`;

  it('a page of h2 stories under a section h1 is several stories', () => {
    const { seg } = segmentHtml(html(`<h1>Local news</h1><h2>Bridge to reopen in May</h2>${para('A.')}${para('B.')}<h2>School budget passes</h2>${para('C.')}<h2>Library extends hours</h2>${para('D.')}`, 'Local news | Town Post'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['Bridge to reopen in May', 'School budget passes', 'Library extends hours']);
  });

  it('a post whose sections are all h1s, none opened by a dateline or byline, is one story', () => {
    const { seg } = segmentHtml(
      html(`<h1>The Atkins diet: lose up to ten kilos in two weeks</h1>${para('Lede.')}<h1>The second phase</h1>${para('A.')}<h1>Its strengths</h1>${para('B.')}<h1>Its weaknesses</h1>${para('C.')}`, 'Atkins diet (14 days) - up to 10 kg. Reviews'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('The Atkins diet: lose up to ten kilos in two weeks');
  });

  it('h2 stories each opened by a dateline are several stories, whatever the page is titled', () => {
    const story = (h: string, city: string) => `<h2>${h}</h2><p>${city} (Reuters) - The council said on Tuesday that work would go on through the winter months.</p>${para('More.')}`;
    const { seg } = segmentHtml(html(`<h1>World</h1>${story('Bridge to reopen in May', 'LONDON')}${story('Port strike ends', 'ROTTERDAM')}`, 'The week in the world, told in full | Town Post'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['Bridge to reopen in May', 'Port strike ends']);
  });

  it('one h1 story with h2 subheads is one story, even when the title words it differently', () => {
    const { seg } = segmentHtml(html(`<h1>How the town rebuilt its bridge</h1>${para('Lede.')}<h2>The flood</h2>${para('A.')}<h2>The money</h2>${para('B.')}`, 'Bridge rebuilt after flood | Town Post'));
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('How the town rebuilt its bridge');
    expect(seg.articles[0]?.paragraphs).toContain('The flood');
  });
});
