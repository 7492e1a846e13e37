// The briefs/digest/photo pages of test/fixtures/real/multi/ hold their hand-written gold: every story found,
// as many articles as the paper has stories. One test per page.
import { describe, expect, it } from 'vitest';
import { MULTI_DIR } from '../../../eval/real-multi';
import { extractPage, loadRealSet, scorePage, storyFound } from '../../../eval/real-set';

const pages = loadRealSet(MULTI_DIR);

describe('real briefs pages', () => {
  it('has the dev set: at least 20 pages in Simplified, Traditional and English', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['zh-Hans', 'zh-Hant', 'en']));
  });

  // Pages of the last held-out round not yet exact, with the cause; asserted to still fail, so that a fix shows
  // up here and the page moves to the required list.
  const open: Record<string, string> = {
    // round 73 (a forty-first unchosen sample: faith briefs, health briefs, 財經簡訊, 科教简讯), measured before any code change for it
    'ejfq-hkej-midday-4182709':
      'a financial paper\'s midday pick as stored: its title names the first item\'s headline over one sentence, a second item\'s headline numbered "2." (no "1." above it) over one sentence, then three headless one-sentence items on unrelated matters: nothing marks a start (a lone number two, one-sentence paragraphs of the same length), so the page is read as one article under the title (1 of 5 stories)',
    // round 71 (a thirty-ninth unchosen sample: education briefs, county briefs, arts briefs, farm news), measured before any code change for it
    'agriculturefertilizer-staff-p11':
      'an agriculture site\'s author archive: a subscribe box and the author line over three headless teasers, the first two cut with "…" and the last cut at its last whole sentence: the two long cut teasers now close their items, but the first teaser under the box\'s lines is left among the rubrics (with a third cut teaser it is read as a story)',
    // round 70 (a thirty-eighth unchosen sample: capitol briefs, 本週要聞, world roundup), measured before any code change for it
    'capitolworksllc-clients-p4':
      'a lobbying firm\'s blog listing of nine posts, each a title opened by the blog\'s name ("Capitolworks: Just the Facts...") over a one-line teaser cut with "...": the teasers share the topic words of one beat (Congress, the Senate, health care, continuing resolutions), so lexical cohesion reads the listing as one article\'s sections (see madison-2019-01-05-prep-girls-basketball)',
    'firstbranchcenter-2020-01-news-p11':
      'a blog listing of posts, each a title, a byline line with date and reading time and a teaser cut with […]: the third post\'s title closed by a stop ("Forecast for January 21, 2020.") is read as a line of the text above, so its teaser runs on under the second post',
    'tunein-the-world-p24':
      'a podcast directory\'s page of a world-news programme: its name and its description printed twice around a city line over three episodes, each a one-line title over a description cut with "...": the programme\'s name heads one article of the whole page, the episode titles read as lines of its text',
    'yahoo-tw-2026-01-04-week':
      'a portal\'s week digest: items under headlines closed by the day in full-width parentheses, their paragraphs parted by one-line questions ending in ？ (the digest\'s links to explainers): each question over a paragraph is read as a headline, so each item splits in two or three',
    // round 68 (a thirty-sixth unchosen sample: top stories, the rundown, news bites, week ahead, science briefs), measured before any code change for it
    'wng-2002-11-top-news':
      'a magazine\'s Top News page: the site\'s title and tagline, the page label, a standfirst, a paywall notice and the scoring system\'s explanation over the first story, whose headline is two lower-case words ("cleaning house") over a text opened by its points ("270 Points | …"): the tagline heads one article of all the page\'s text, the lower-case line is not read as a headline',
    // round 69 (a thirty-seventh unchosen sample: 本地新闻, 財經快訊, 即時新聞, morning links), measured before any code change for it
    'milwaukeemag-2013-03-28-morning-links':
      'a magazine\'s morning links post: five bulleted headless items, each a few sentences pointing to another outlet\'s story, under an introduction ending in a colon: bullets under a line ending on a colon are read as one story\'s points (a story\'s list "Here is what we know:" looks the same), so the post is one article',
    'mentalfloss-homepage-p6-morning-cup':
      'a home page of teasers (headline, writer\'s name, deck): one teaser has no deck, so its headline and name stand over the next teaser\'s headline, which is read as its text and the next teaser is lost',
    // round 65 (a thirty-third unchosen sample: neighborhood news, weekend roundup, town news, business roundup), measured before any code change for it
    'kstp-2023-04-17-weekend-roundup':
      'a TV station\'s weekend round-up of one-sentence headless items, most followed by their video\'s title line, under two introduction lines and two section labels, its title not stored: nothing parts the items but the video titles below them, which read as lines of one text, so the page is one article',
    'innovatorslink-2021-06-30-business-news-roundup':
      'a dated round-up\'s one-sentence introduction naming its items ("… are among the top business news items this morning") under the title is read as a story of its own above the four headless items; an introduction that only lists what follows, with no lead-in words or colon, is not told from a first item',
    // round 66 (a thirty-fourth unchosen sample: around town, what you need to know today, things to know this morning, 7 things to know), measured before any code change for it
    'theneed2know-2017-05-todays-news':
      'a digest site\'s items each closed by its source in capitals; the first item is one story told in three paragraphs each opened by a run-in label in capitals (WHAT HAPPENED:, WHO DID IT:, REACTION:) and each closed by its own source: the labels read as three briefs\' run-in heads, nothing but the labels\' words (questions of one event) tells a story\'s facets from briefs of their own',
    // round 64 (a thirty-second unchosen sample: quick hits, five things to know, tech news roundup), measured before any code change for it
    'trib-2020-05-22-5-things':
      'a newsletter\'s numbered items under its title printed twice, a bulleted "Updated" line with no time and a three-paragraph introduction (a holiday note, a line saying what follows, a sign-up line): the "Updated" line heads the introduction as a story above the two items',
    'cosastotum-2022-01-19-quick-hits-49-trap':
      'a humour blog\'s post (trap, one article): the feature\'s name printed again as a section label under the introduction heads the post, so the title and introduction are left out as banners and the story is not found by its title or first words',
    // round 63 (a thirty-first unchosen sample: court alerts, a nightly brief, a latest-news listing, a weekly round-up, a podcast category page), measured before any code change for it
    'radgeek-casts-dailynews-p57':
      'a podcast aggregator\'s category page of episode descriptions whose titles were not stored: five headless items of one to three paragraphs, one closed by its newsletter and credit lines, the others parted by nothing but their programmes\' different voices and topics: they read as one article (see khsu-term-regional-interests-p4)',
    // round 61 (a twenty-ninth unchosen sample: campus briefs, quick takes, topic and category listings), measured before any code change for it
    'khsu-term-regional-interests-p4':
      'a radio station\'s topic page of network stories whose headlines were not stored: headless teasers of one to four paragraphs, some parted only by the audio items\' copyright notices, two with nothing between them but their topics: the page label heads one article and all teasers run on under it (see thenation-world-p2-119)',
    // round 58 (a twenty-sixth unchosen sample: tag pages of teasers, an AI-made tech digest, a newsletter's daily digest, state round-ups, a finance brief), measured before any code change for it
    'vocus-2025-09-tech-digest':
      'a blog\'s AI-made digest of tech news as one flat bulleted list: three bullets are topic labels with no stop, each over bullets that are news items of their own; a label over bulleted sentences reads as a story\'s headline over its points, and nothing but the items\' different actors tells a digest\'s items from one story\'s points',
    // round 57 (a twenty-fifth unchosen sample: a finance morning digest, a channel page, AP's 10 Things, tag pages, a magazine's home page), measured before any code change for it
    'theweek-home-2025-02-24':
      'a magazine\'s home page of headless teasers cut with "..." under two promotional lines about the magazine itself: the second line (no cut, no headline) is read as a story of its own; nothing but its words tells it is the site speaking of itself',
    // round 55 (a twenty-third unchosen sample: a health week in review, a morning digest, a higher-education site's bulleted quick takes), measured before any code change for it
    'intelihealth-2012-12-week-health-news':
      'a week in health news of eleven headless one- to three-sentence briefs with no title, no rubric and no marks: nothing but the topic parts the paragraphs (see thenation-world-p522-176), so they read as one article',
    // issue 12's trade-off (lexical cohesion, lib/segment/cohesion.ts): the same layout as a single wire story's
    // round-up under capital subheads, which the article-extraction benchmark counts as one story
    'madison-2019-01-05-prep-girls-basketball':
      'a prep round-up: a lead game report as headless prose, then other games each under a two-line score head ("Madison La Follette 66," / "Madison East 54") with no dateline or byline; the sections share the sport\'s words (points, half, lead, freshman, Big Eight), so they read as one story\'s sections',
    // round 50 (an eighteenth unchosen sample: tag pages of teasers, a dated news list, a feature and a listicle as traps, an e-paper article page), measured before any code change for it
    'eyeseenews-tag-nongye':
      'a tag listing of headless teasers, their headlines not stored, the first a column\'s question line over two short paragraphs: the question line heads one article and all teasers run on under it',
    // round 49 (a seventeenth unchosen sample: county and legislature round-ups, tag and author pages, e-paper culture columns), measured before any code change for it
    'governing-tag-legislatures-p9':
      'a tag listing of headless one- and two-sentence teasers, their headlines not stored, under a browser notice: no signal parts the teasers (see thenation-world-p2-119), so the notice heads one article and all teasers run on under it',
    // round 47 (a fifteenth unchosen sample: morning and evening digests, a newsletter, RSS teasers, world briefs, a tag listing), measured before any code change for it
    'bjnews-2021-12-07-8dianjian':
      'a digest\'s slogan line over two headless items, only the first closed by a read-on link ("阅读全文>>>"): one link is no listing\'s mark (a single story may close its lead so), and the slogan reads as the first paragraph, so all runs on as one article',
    // round 46 (a fourteenth unchosen sample), measured before any code change for it
    'thenation-world-p2-119':
      'a magazine\'s topic listing of one-paragraph teasers whose headlines were not stored, some under a date line: an unrelated paragraph under an item runs on with it (a rule parting paragraphs that share no words split English single stories kept as text, so it was taken out)',
    'thenation-world-p522-176':
      'a column of headless one-paragraph teasers with nothing in common: no signal parts the paragraphs (see thenation-world-p2-119)',
    // round 45 (a thirteenth unchosen sample: world news, overseas Chinese affairs, news in brief, AP world listings), measured before any code change for it
    'webofevil-tag-news-in-briefs':
      'a blog tag page whose first post (its title not stored) quotes a dated brief and closes on a bracketed aside, then a post under a plain headline: the headline line is read as part of the first post',
    // round 43 (an eleventh unchosen sample: business, community and local briefs, a daily digest), measured before any code change for it
    'inquirer-2008-12-09-business-briefs':
      'a credited wire picture whose caption tells its own news (stored twice, as alt text and caption) under a briefs column\'s title: the caption is read as the column\'s picture, not as a story of its own',
    // round 41 (a ninth unchosen sample: world columns, weekly and evening digests, a radio programme page, channel lists, an assistant's answer), measured before any code change for it
    'rthk-pth-2025-11-11-world-view':
      'a programme page\'s menus, description and empty bulletin entries over a segment title and two unrelated headless reports: all is read as one article under an entry line',
    // round 39 (a seventh unchosen sample: local, world, sports, farming and Macau briefs), measured before any code change for it
    'syxj-sports-node-1035004-p10':
      'a channel list of headless one-paragraph teasers with no label, dateline or rule between them: no signal parts the paragraphs',
    // round 38 (a sixth unchosen sample: culture, science, law and cross-strait briefs), measured before any code change for it
    'china-culture-2023-05-24-wenhuaguan':
      'a lead article\'s credited photo captions (…光明图片) above its opening, then headless teasers of other articles: the second caption is read as a headline over the other captions and everything after runs on as one article',
    'cuhk-erg-media-coverage-p8':
      'a listing of two items, each a headline and a teaser run in after "Media: <outlet>", under its page name (Media Coverage): the two-word name is no label the segmenter knows, so the page reads as naming its headline, and two plain headlines with no dateline, number or meta line are read as one story\'s headline and subhead',
    // round 33 (an unchosen sample of briefs pages), measured before any code change for it
    'wtxnews-news-briefing-p93':
      'a category page of headless teaser paragraphs under its description and a promotion line, one teaser (a review of the day\'s front pages) four paragraphs long: no signal tells its later paragraphs ("Most papers carry…", "Domestic topics…") from teasers of their own, so they stand as items',
    // round 31 (saved HTML pages of briefs and digests), measured before any code change for it
    'csm-2008-12-18-world-brief':
      'four headless one-paragraph world briefs in one container, with no label, dateline or rule between them: no signal parts the paragraphs',
    'ppfocus-2020-09-22-news-8am':
      'a digest\'s lead item whose bold headline is run into the head of its first paragraph, under a section label: the item is read as the body of the digest\'s title',
    // round 30 (county, sector and college papers' e-paper pages), measured before any code change for it
    'cuduwang-2018-09-14-a2-chuangcheng':
      'a column rubric over an e-paper meta line (刊发日期 … 作者 …) and four headless one-paragraph items, each opening with a place or 近日: the rubric is read as one story\'s headline and the items run on under it',
    // round 29 (historical English newspaper pages in OCR text), measured before any code change for it
    'enterprise-1927-05-17-p1':
      'a subscription label box in garbled OCR ("Watck the Labci Ob Your PaHf) …") under the archive\'s line is read as a story, and the three-line headline\'s last line over a three-line deck is taken as the headline',
    'roanoke-beacon-1941-10-23-town-topics':
      'a column of headless one-paragraph local items under a garbled label: no signal parts the paragraphs',
    // round 27 (broadcast transcripts and rundowns), measured before any code change for it
    'npr-news-now-2025-12-13-4pm':
      'a machine transcript of a newscast whose turns each sit under a "start - end Speaker" line: the turns, sharing the newscast\'s words, are read as one story\'s sections (before lexical cohesion, cohesion.ts: every turn a story)',
    // round 24 (photo pages in Chinese and English), measured before any code change for it
    'cpanet-2025-01-06-rmrb-picks':
      'two photo stories under the same label headline (图片报道) and a source line, each caption closed by a bare credit (刘洋 摄), after an introduction: the label lines are not read as heads and all runs on as one',
    'kkannews-cyol-2021-year-photos':
      'a credited illustration\'s title line (《…》插畫:程璨 文案:胡寧) over dated captions closed by "記者 X/攝": the line is read as the first caption\'s headline, not as a picture of its own',
    'reuters-2018-01-23-editors-choice':
      'a gallery printing each caption three times around "Reuters / date" lines: the repeated copies and date lines are read as heads of stories of their own',
    'squishymit-photo-captions-guide-trap':
      'trap: a how-to article with numbered steps and a sample titled caption closed by "(X photo)": the one-line steps, some closed by a stop and some not, are read half as headlines and half as numbered paragraphs, so no reading as one list\'s sections holds; the sample and the steps split it, and its opening is lost',
    // round 18 (Chinese digests and briefs), measured before any code change for it
    'chicagotribune-2008-10-04-nation-world':
      'a briefs column of headless one-paragraph items beside headlined ones and a quotation with its attribution: no signal parts the headless paragraphs',
    'cctv-2001-10-06-week-review':
      'a week in review of headless paragraphs, each one paper\'s report, under an introduction: no signal parts the paragraphs',
    'cnn-2018-02-02-week-in-photos':
      'a gallery whose captions are printed twice, once with escaped link markup, between "Photos: …", "Hide Caption" and counter lines: the first caption stays with the page\'s title and notice, the rest run on as one',
    'nohib-2016-01-14-week-in-pictures':
      'a gallery mirrored without its pictures or credits: headless caption paragraphs with no signal between them',
    // round 34 (an unchosen sample: radio digests, weekly reviews, tag and search listings), measured before any code change for it
    'modernweekly-search-p342':
      'a search listing of headless one-paragraph news items with no label, dateline or rule between them: no signal parts the paragraphs',
    // round 35 (a third unchosen sample: association digests, a digest's tag page, a PDF page, e-paper page views), measured before any code change for it
    'wenweipo-2015-08-10-a26-pdf':
      'a PDF page\'s running head (page label, editors, date) is read as the first story\'s headline, its dateline 香港文匯報訊 with no place is kept in the text, and the subhead inside it is read as a story of its own',
    // round 36 (a fourth unchosen sample: city and morning digests, numbered round-ups, column pages, generated articles), measured before any code change for it
    'cbgc-2025-04-16-morning':
      'a morning digest\'s greeting, date and label-over-value lines (气温, 限行, 提醒) over a headless picture story: furniture and story are read as one article, and a headline set on two lines under a label (焦点) is lost',
    'cqnews-2023-04-04-mobile-paper':
      'a mobile paper\'s 【导读】 box of > index lines over a weather line and a 【封面新闻】 cover story: the last index line is read as a headline over the weather line, the cover story is lost, and a banner image\'s name heads the lead story',
    'fushun-0245-column-p25':
      'a column page of headless one-paragraph items with no label, dateline or rule between them: no signal parts the paragraphs',
    // round 52 (a twentieth unchosen sample: finance flashes, weekly reviews, regional round-ups, tag pages), measured before any code change for it
    'eastoregonian-2006-regional-news-roundup':
      'headless items of one to three paragraphs parted only by double blank lines under a standfirst: the blank lines are not read as item breaks (single-story pages of real-zh part their paragraphs by double blank lines as often), so the standfirst and every item run on as one article',
    // round 53 (a twenty-first unchosen sample: search and tag pages, local briefs, a station's roundup page), measured before any code change for it
    'newschinatown-5855-mbta':
      'items with their headlines run in before a space, under a title line joining two of those headlines with a comma and closed by "|": the title line is read as the one headline and the three items run on under it',
    // round 54 (a twenty-second unchosen sample: a station's AMP page, a TV channel's listing, 50-states round-ups, ag news archives), measured before any code change for it
    '881903-2026-01-01-amp-local':
      'an AMP page\'s headline over a category line and a publish/update line, then a headless teaser opened by a category and a date (本地 2026-01-01): the category line is read as the headline, the real one is lost, and the teaser runs on under it',
  };

  for (const page of pages) {
    it(`${page.id}: ${page.articles.length} ${page.articles.length === 1 ? 'story' : 'stories'}`, async () => {
      const articles = await extractPage(page);
      const missing = page.articles.filter((g) => !storyFound(g, articles)).map((g) => g.headline || g.first);
      if (page.id in open) {
        expect(scorePage(page, articles).exact, open[page.id]).toBe(false);
        return;
      }
      expect(missing).toEqual([]);
      expect(articles.map((a) => a.headline)).toHaveLength(page.articles.length);
      expect(scorePage(page, articles).exact).toBe(true);
    });
  }
});
