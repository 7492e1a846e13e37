// Faults a reader sees in the output that the scores miss (issue 12): an outlet's agency-style dateline and the
// station set before a reporter's name (dateline.ts, byline.ts), an embedded post's credit line read as a paragraph
// of the story's own (quote-credits.ts, article.ts), a section's one-word name read as the first paragraph (lead-rubric.ts),
// a job title read as the writer's name (byline.ts) and the writer's link list read as an hCard (microformat.ts), a
// publication line over a print / font-size toolbar left out (content.ts, classify.ts), and pictures' captions naming
// the picture read as items' headlines (latin-heads.ts). Invented text in each layout.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractText } from '../../../lib/pipeline';

const text = (t: string) => extractText(t, { gazetteer: null });
const html = (body: string, head = '') =>
  extractDocument(
    parseHTML(`<!doctype html><html><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`).document,
    { gazetteer: null },
  ).result;

describe("an outlet's agency-style dateline (dateline.ts) and its bracketed reporters (byline.ts)", () => {
  const STORY = `河谷新闻采访团结束边城采访

青山网白河镇8月3日消息(记者林卫东 河口电台赵小梅)8月2日,省内新闻媒体采访团来到边城河口进行实地采访,这是采访活动的最后一站。

采访团参观了口岸大厅,听取了口岸发展情况介绍,记者们对通关问题产生了浓厚的兴趣。`;

  it('reads source, place, date and kind, and the names without the station before one', () => {
    const [a] = text(STORY).articles;
    expect(a?.dateline).toMatchObject({ source: '青山网', place: '白河镇', kind: '消息' });
    expect(a?.byline?.reporters).toEqual(['林卫东', '赵小梅']);
    expect(a?.paragraphs[0]?.startsWith('8月2日,省内新闻媒体采访团')).toBe(true);
  });

  it('leaves a sentence telling of a message as text', () => {
    const [a] = text('河谷新闻\n\n青山网8月3日消息称,边城河口的口岸大厅将在明年扩建,采访团的记者们对此产生了浓厚的兴趣。').articles;
    expect(a?.dateline).toBeNull();
  });
});

describe("an embedded post's credit line (quote-credits.ts, article.ts)", () => {
  it("is the post's attribution, run on to its words: no paragraph of its own, and the story goes on apart", () => {
    const [a] = text(`Residents plant trees along the river

Hundreds of residents planted saplings along the river on Saturday after the mayor asked the city to help.

We planted forty oaks this morning with the kids. Come join us! pic.twitter.com/abc123

— River Friends (@riverfriends) April 6, 2024

The city said it would plant another thousand trees along the river next spring.`).articles;
    expect(a?.paragraphs).toEqual([
      'Hundreds of residents planted saplings along the river on Saturday after the mayor asked the city to help.',
      'We planted forty oaks this morning with the kids. Come join us! pic.twitter.com/abc123 — River Friends (@riverfriends) April 6, 2024',
      'The city said it would plant another thousand trees along the river next spring.',
    ]);
  });
});

const SPORTS_PAGE = (authorBox: string) => `<main><div class="post hentry"><div class="section">Hockey</div>
<div class="pic"><span>Jan 5, 2020; Lakeside, USA; The home side's goalie stops a shot during the second period at the arena. Mandatory Credit: Jane Roe</span></div>
<h1>Lakeside Beat The Visitors In A Late Comeback</h1>
${authorBox}
<div class="text"><p>The Lakeside team came back from two goals down on Saturday to beat the visitors in front of a full arena.</p>
<p>The winning goal came with a minute left, when the captain turned in a rebound from close range after a long scramble.</p>
<p>The coach said after the game that the players never stopped believing they could turn it around.</p></div></div></main>`;
const PARSELY = `<meta property="og:type" content="article"><meta name="parsely-page" content='{"title":"x","author":"Sam Writer","pub_date":"2020-01-05T21:00:00Z"}'>`;

describe("a section's one-word name over the story (lead-rubric.ts)", () => {
  it('is no paragraph of it', () => {
    const [a] = html(SPORTS_PAGE(''), PARSELY).articles;
    expect(a?.paragraphs[0]?.startsWith('The Lakeside team came back')).toBe(true);
    expect(a?.paragraphs).not.toContain('Hockey');
  });
});

describe("a job title in the author box (byline.ts) and the writer's links marked author (microformat.ts)", () => {
  const BOX = `<div class="author-box"><div class="name">Sam Writer</div><div class="authortitle"><b>Hockey Editor</b></div>
<ul class="author"><li><a href="/a">See All Articles</a></li><li><a href="/m">Send Email</a></li></ul></div>`;
  it('name no one: the writer is the one the page states', () => {
    const [a] = html(SPORTS_PAGE(BOX), PARSELY).articles;
    expect(a?.byline?.authors).toEqual(['Sam Writer']);
  });
});

describe('a publication line over a toolbar above the text (content.ts, classify.ts)', () => {
  it("dates the story", () => {
    const r = html(`<div class="crumbs"><a href="/">首页</a> <a href="/e">经济</a></div><h2>五月利率保持不变</h2>
<div class="src">本文来源于河谷日报 2021-06-21 09:30:12</div><div class="tools"><a href="#">打印</a>|</div>
<div class="body"><p>河谷日报讯(记者 林卫东)6月21日,银行间市场公布的贷款利率与上月持平,一年期为3.85%,五年期以上为4.65%。</p>
<p>分析人士认为,利率保持不变符合市场预期,下个月仍有下调的可能,企业融资成本有望继续下降。</p></div>`, '<meta property="og:type" content="article">');
    expect(r.articles[0]?.published).toBe('2021-06-21');
  });
});

describe("pictures' captions naming the picture under items' headlines (latin-heads.ts)", () => {
  const COLUMN = `People in the News

Singer Ana Cruz: “I was nervous. But the crowd was kind.”

2015 photograph of Ana Cruz

Ana Cruz, the first singer from the valley to fill the national arena, spoke today about the night of her first concert there.

River town opens its new bridge after three years of work

The new bridge over the river opened on Monday, three years after the old one was closed to traffic by the engineers.

Cruz becomes the first woman to lead the national music council

Ana Cruz 2015

Singer Ana Cruz was elected on Tuesday to lead the national music council, the first woman to hold the post since it was founded.`;

  it('are captions, and the lines over them the headlines', () => {
    const r = text(COLUMN);
    expect(r.articles.map((a) => a.headline)).toEqual([
      'Singer Ana Cruz: “I was nervous. But the crowd was kind.”',
      'River town opens its new bridge after three years of work',
      'Cruz becomes the first woman to lead the national music council',
    ]);
    expect(r.articles[0]?.fragments).toEqual(['2015 photograph of Ana Cruz']);
    expect(r.articles[2]?.fragments).toEqual(['Ana Cruz 2015']);
  });
});
