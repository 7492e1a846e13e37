// Where stories start. Readings of a page, tried in order: its containers (<article>, sibling <section>s), the
// scored segmentation (starts.ts + score.ts: the grammar of newspapers and briefs, weighed as a whole), its heading
// outline (h2 + paragraphs), a column of headless briefs (those two in outline-plans.ts). Anything else is one story.
import { markedLeadItem } from './marked-lead';
import { isLeadItem } from './lead-item';
import { withinNumberedRuns } from './numbered-runs';
import { headsDatedListing, withRowStarts } from './row-starts';
import { withStampedStarts } from './stamp-lines';
import { withFormulaStarts } from './closing-formula';
import { withTagStarts } from './capital-tags';
import { withBylinedStarts } from './bylined-starts';
import { withReadOnStarts } from './read-on-starts';
import { withRuledStarts } from './ruled-starts';
import { withCapitalPlaceStarts } from './capital-places';
import { withDateLedStarts } from './date-led-items';
import { withNumberedFirstHead } from './numbered-first';
import { columnItemHeads, withColumnItems } from './column-items';
import type { Block } from '../types';
import type { ArticleParts } from './article';
import { withFigureStarts } from './figure-items';
import { withListedBriefs } from './listed-briefs';
import { opensStory, type BlockInfo } from './classify';
import { looksLikeHeading, siteNameParts, titleMatch } from './headline';
import { isProse, isSiteNameOnly, pageHeadline } from './page-headline';
import { bestStarts } from './score';
import { withCohesion } from './cohesion';
import { withQuoteCredits } from './quote-credits';
import { headAndBody, headedText, keepRun, pickHeadline, range, withLeadHeadline } from './parts';
import { withoutHeadingSubheads } from './heading-subheads';
import { isPhraseHead, type PhraseShape } from './phrase-head';
import { isLabel, MAX_INTRO, pageFacts, ROUNDUP_INTRO, type PageFacts } from './facts';
import { introducesMarkedItems, signedIntroduction } from './items-intro';
import { candidates, headNumber, itemNumber, type Candidate } from './starts';
import { isLeadSlideshow, opensWithDate } from './slideshow';
import { withoutDatedSections } from './dated-sections';
import { withoutSpeechHeads } from './speech';
import { withoutAnnouncedHeads } from './announced';
import { reportsUnderNamedHeadline } from './named-reports';
import { withoutLiveEntries } from './live-entries';
import { withoutOutlineItems } from './outline-items';
import { withoutAnnouncedLists } from './colon-lists';
import { withoutShortSubheads } from './short-subheads';
import { byBriefColumn, byHeadings, isPhrase } from './outline-plans';

const KICKER_CLASS = /kicker|pretitle|overline|yinti|sub-?title|deck/i;

export interface Plan {
  articles: ArticleParts[];
  /** Blocks that belong to no story (page banners, a lone page heading). */
  rubricBlocks: number[];
}

function byContainers(blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan | null {
  const ids = new Set(blocks.map((b) => b.container).filter((c) => c !== null));
  if (ids.size < 2) return null;
  const articles: ArticleParts[] = [];
  const rubricBlocks: number[] = [];
  let i = 0;
  while (i < blocks.length) {
    const c = blocks[i]?.container ?? null;
    let j = i;
    while (j < blocks.length && (blocks[j]?.container ?? null) === c) j++;
    if (c === null) {
      for (const k of range(i, j)) if (infos[k]?.title) rubricBlocks.push(k);
    } else {
      articles.push(headAndBody(range(i, j), blocks, infos, title));
    }
    i = j;
  }
  return articles.length >= 2 ? { articles, rubricBlocks } : null;
}

/** The stories the scored segmentation takes (starts.ts, score.ts); null when it reads one story or none. */
function byScore(blocks: Block[], infos: BlockInfo[], facts: PageFacts, title: string | undefined, one = false): Plan | null {
  return scored(blocks, infos, facts, title, one).plan;
}

/** The scored plan, and whether it stands on plain headline lines alone (no dateline, item, run-in or credit). */
function scored(blocks: Block[], infos: BlockInfo[], facts: PageFacts, title: string | undefined, one = false): { plan: Plan | null; plain: boolean } {
  // (A gallery of <figure>s: each picture is an item, figure-items.ts; one-line briefs under an "Also:" label after
  // headlined items: each an item, listed-briefs.ts. The dated section heads of one story's diary or timeline are
  // none, dated-sections.ts, nor an interview's turns, speech.ts, nor the subheads under a paragraph announcing
  // them, announced.ts.)
  const read = withoutHeadingSubheads(
    withoutAnnouncedHeads(
      withoutSpeechHeads(withoutDatedSections(candidates(blocks, infos, facts, title !== undefined), blocks, infos, facts), blocks),
      blocks,
      infos,
    ),
    blocks,
    infos,
  );
  // (Nor a live text's time-stamped entries under its headline and lead, live-entries.ts; nor a document's outline,
  // topic items numbered in figures under parts numbered in Chinese, outline-items.ts; nor, on page texts, the short
  // section heads of the story opening the page, short-subheads.ts.)
  // Nor the lines of a list a sentence ending in a colon announces (colon-lists.ts).
  const outlined = withoutAnnouncedLists(withoutOutlineItems(withoutLiveEntries(read, blocks, infos, facts), blocks, infos), blocks);
  const starts = title === undefined ? withoutShortSubheads(outlined, blocks, infos, facts) : outlined;
  // (A headline group over a meta line and a byline opens a story: bylined-starts.ts.)
  // (A paragraph closed by a tag in capitals, "… NPR", opens a digest's item where half the page's do: capital-tags.ts.)
  // (A paragraph after one closed by a read-on link opens a teaser, on page texts: read-on-starts.ts.)
  // (A round-up naming each item's place in capitals inside its one paragraph opens an item there, on page texts: capital-places.ts.)
  // (A listing's paragraphs each right under a bare date line open headless items, on page texts: date-led-items.ts.)
  // (The first of a page's numbered headlines, read as a sentence, heads its item as the next ones do: numbered-first.ts.)
  const placed = withDateLedStarts(withCapitalPlaceStarts(withRuledStarts(withReadOnStarts(withBylinedStarts(withTagStarts(withFormulaStarts(withStampedStarts(withListedBriefs(withFigureStarts(starts, blocks, facts), blocks, infos, facts), blocks), blocks, facts), blocks, facts), blocks, infos, facts), blocks, facts, title !== undefined), blocks, facts, title !== undefined), blocks, facts, title !== undefined), blocks, facts, title !== undefined);
  const cands = withNumberedFirstHead(placed, blocks, facts.prose);
  // (Items parted by two rule lines or more open under each rule, on page texts: ruled-starts.ts.)
  // (A plain head over a section that keeps the page's words is one story's subhead: cohesion.ts.)
  // (Nor is a quotation's credit line under it, "– Anna K.": quote-credits.ts.)
  // (An e-paper column's headlines under its print source line each open an item: column-items.ts.)
  const column = title === undefined ? columnItemHeads(blocks, infos, facts.prose) : null;
  // (Nor does a start between two numbered items whose numbers follow one another: numbered-runs.ts.)
  // (A listing's item whose title was not stored opens under its date row, as its neighbours do: row-starts.ts.)
  const weighed = withinNumberedRuns(withRowStarts(withCohesion(withQuoteCredits(withColumnItems(cands, blocks, column), blocks), blocks, facts), blocks, facts.prose), blocks);
  const taken: Candidate[] = bestStarts(weighed, facts.prose, blocks.length).map((k) => weighed[k] as Candidate);
  // A page text that names its headline (a date or source line under it), outside a briefs column, is one story
  // when a start or two split it on no story's own opening (a dateline, a byline, a number, a run-in head, an item
  // closed by its credit): a caption or subhead merely marked ("△视频：…") is the story's. A pattern the page
  // repeats three times and more is a digest's, and stands.
  // (Not where a line the page repeats stands over every start: meta lines printed above each item's headline.)
  const repeatedOver = taken.filter((c) => facts.separator[c.head - 1] || facts.separator[c.head - 2]).length >= 2;
  if (title === undefined && !one && !facts.briefs && !repeatedOver && !column && taken.length < 3 && namesStoryHeadline(blocks, infos)) {
    const leadOpens = range(0, taken[0]?.head ?? 0).some((k) => opensStory(infos[k], infos[k + 1]));
    if (taken.filter((c) => isStrong(c, blocks)).length + (leadOpens ? 1 : 0) < 2) return { plan: null, plain: false };
  }
  // Several agencies' datelined reports under a headline the page names, which tells each of them: one article
  // (named-reports.ts).
  if (title === undefined && !one && reportsUnderNamedHeadline(taken, blocks, infos)) return { plan: null, plain: false };
  // One start under nothing but banners is the page's one story when the page names none (plain text).
  const plan = taken.length ? fromStarts(taken, blocks, infos, title, one, facts.edition, facts.firstPicture) : null;
  return { plan, plain: taken.every((c) => c.kind === 'head-plain') };
}

/** The page text's lines name a headline (hasPageHeadline), and it is a story's, not a section label ("兩岸國際"). */
function namesStoryHeadline(blocks: Block[], infos: BlockInfo[]): boolean {
  const at = pageHeadline(blocks, infos)?.headline ?? -1;
  return at >= 0 && !isLabel(blocks[at]?.text ?? '');
}

function isStrong(c: Candidate, blocks: Block[]): boolean {
  if (c.kind === 'item') return itemNumber(blocks[c.body]?.text ?? '') > 0;
  // A numbered headline ("2、标题") is an item of the page's own numbering, as a numbered paragraph is.
  // (So is a headline opened by its date, "1/12  菲律賓 …": an item of the page's week.)
  const line = blocks[c.body - 1]?.text ?? '';
  return c.kind !== 'head-plain' || !!c.meta || headNumber(line) > 0 || opensWithDate(line);
}

/** A plan from story starts; null unless it holds two stories or more (or one, when `one` says so). */
function fromStarts(starts: Candidate[], blocks: Block[], infos: BlockInfo[], title: string | undefined, one = false, edition?: Uint8Array, firstPicture = -1): Plan | null {
  const articles: ArticleParts[] = [];
  const rubricBlocks: number[] = [];
  let taken = withLeadHeadline(starts, blocks, infos);
  // A lead that opens like a story (a credited picture, a datelined item), or a headline over a story's worth of
  // text, is one beside a lone start.
  const run = range(0, taken[0]?.head ?? blocks.length);
  // A section label right above a headless item ("Honors" / "Christopher Roe, of Lancaster, …") labels the section
  // the item opens: it ends no story's text.
  const labelAbove = (list: number[], k: number) => {
    const next = taken[k];
    if (!next || next.head !== next.body || next.runIn || next.kind !== 'item') return;
    while (list.length > 1 && isSectionLabelLine(list[list.length - 1] as number, blocks, infos)) rubricBlocks.push(list.pop() as number);
  };
  labelAbove(run, 0);
  // A title, its byline and an introduction over marked items are the page's standfirst (items-intro.ts).
  const signedIntro = signedIntroduction(run, taken, blocks, infos);
  if (signedIntro) {
    rubricBlocks.push(...signedIntro.filter((k) => !infos[k]?.markerOnly));
    taken = taken.slice(1);
  }
  // Above a gallery's first counter ("1/") where its pictures start, the lead frames the gallery: no story.
  // (So does a slideshow of credited captions above headlined items: the pictures of the items below.)
  const headed = taken.some((c) => c.kind === 'head-open' || c.kind === 'head-plain');
  // (So does a listing's header above its first date row, each item under a row of its own: row-starts.ts.)
  const framed = (firstPicture >= 0 && (taken[0]?.head ?? 0) >= firstPicture) || (headed && isLeadSlideshow(run, blocks, infos)) || headsDatedListing(run, taken, blocks);
  if (framed && !signedIntro) rubricBlocks.push(...run.filter((k) => !infos[k]?.markerOnly));
  // A bulleted brief above the headless items its bullet marks is the column's first item, no standfirst (marked-lead.ts).
  const markedLead = framed || signedIntro ? null : markedLeadItem(run, taken[0], blocks, infos);
  if (markedLead) {
    const item = new Set(markedLead.body);
    rubricBlocks.push(...run.filter((k) => !infos[k]?.markerOnly && !item.has(k)));
    articles.push(markedLead);
  }
  // A lone paragraph above a column of headless one-paragraph items, announcing nothing, is its first item (lead-item.ts).
  const leadItem = !framed && !signedIntro && !markedLead && title === undefined && isLeadItem(run, taken, blocks, infos);
  if (leadItem) articles.push({ head: [], headline: -1, body: run });
  let kept = framed || signedIntro ? 'rubric' : markedLead || leadItem ? 'opened' : keepRun(run, blocks, infos, title, articles, rubricBlocks, true, edition);
  // A title and its introduction over a column of marked items is the page's standfirst (items-intro.ts).
  if (kept === 'story' && introducesMarkedItems(run, taken, blocks, infos)) {
    const intro = articles.pop() as ArticleParts;
    rubricBlocks.push(...intro.head, ...intro.body);
    kept = 'rubric';
  }
  const lead = kept === 'opened' || (kept === 'story' && headedText(run, blocks, infos, edition)) ? 1 : 0;
  taken.forEach((s, k) => {
    const end = taken[k + 1]?.head ?? blocks.length;
    // (Furniture read past between the headline and its text, a share widget's label over the byline, is neither
    // the headline nor its deck: it goes with the text, which leaves it out.)
    const between = range(s.head, s.body);
    const head = between.filter((h, at) => at === 0 || !infos[h]?.markerOnly || infos[h]?.title);
    const body = [...between.filter((h) => !head.includes(h)), ...range(s.body, end)];
    // The page label printed over the next story ("第6版()") ends no story's text: it is a banner.
    let cut = body.length;
    while (cut > 1 && infos[body[cut - 1] as number]?.markerOnly && !infos[body[cut - 1] as number]?.to && infos[body[cut - 1] as number]?.end === null) cut--;
    if (cut > 1 && cut < body.length + 1 && infos[body[cut - 1] as number]?.pageLabel) {
      rubricBlocks.push(body[cut - 1] as number);
      body.splice(cut - 1);
    }
    // A short lead-in ending in a colon right above the next start ("接下来是国际新闻:") introduces what follows:
    // it ends no story's text.
    while (k + 1 < taken.length && body.length > 1 && isLeadIn(blocks[body[body.length - 1] as number]?.text ?? '')) rubricBlocks.push(body.pop() as number);
    labelAbove(body, k + 1);
    // A first headless text that ends by announcing the items below ("👋 Welcome to … / Here's what else you might
    // have missed…", or one paragraph whose last sentence does: "…再创新高。请看今天的科技简讯。") is the page's
    // introduction, not a story, where three items or more follow it.
    if (k === 0 && !s.runIn && s.head === s.body && taken.length >= 4 && (announcesItems(body, blocks) || announcesItems(body, blocks, true))) {
      rubricBlocks.push(...head, ...body);
      return;
    }
    articles.push({ head, headline: s.runIn ? -1 : pickHeadline(head, blocks, title), body, runIn: s.runIn });
  });
  // Several stories take several starts: prose above a lone start is its standfirst, not a story.
  return taken.length + lead >= 2 || (one && articles.length === 1) ? { articles, rubricBlocks } : null;
}


/** A section label line: a title of three words or fewer with no stop ("Dean’s list", "Honors"). */
const SECTION_LABEL: PhraseShape = { maxWords: 3, closed: /[.!?:：。]$/, digitLead: true };
function isSectionLabelLine(k: number, blocks: Block[], infos: BlockInfo[]): boolean {
  return !!infos[k]?.title && isPhraseHead(blocks[k]?.text ?? '', SECTION_LABEL);
}

/**
 * The text's last block, short, announces a round-up's items ("Here's what else…", "以下是…"); `lastSentence`: the
 * block's last sentence does, whatever the block's length.
 */
function announcesItems(body: number[], blocks: Block[], lastSentence = false): boolean {
  const last = blocks[body[body.length - 1] as number]?.text ?? '';
  if (lastSentence) return ROUNDUP_INTRO.test(/[^。！？.!?]*[。！？.!?]?\s*$/u.exec(last)?.[0] ?? '');
  return body.length >= 2 && last.length < MAX_INTRO && ROUNDUP_INTRO.test(last);
}

/** A lead-in line: a short clause ending in a colon that introduces the items below it. */
const MAX_LEAD_IN = 40;
function isLeadIn(text: string): boolean {
  return text.length <= MAX_LEAD_IN && /[:：]\s*$/.test(text);
}

/**
 * Whether the line right above a web headline is its kicker: set off as one (a kicker class, bold), or a
 * lesser heading than the headline that reads as a phrase rather than a section label ("World", "要闻").
 */
function isKicker(over: Block, headline: Block, siteParts: string[]): boolean {
  if (siteParts.includes(over.text.trim())) return false;
  if (KICKER_CLASS.test(over.className)) return true;
  if (over.headingLevel === null) return over.emphasis;
  return headline.headingLevel !== null && over.headingLevel > headline.headingLevel && isPhrase(over.text);
}

function single(blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan {
  const all = range(0, blocks.length);
  let h = -1;
  let best = 0.6;
  for (const i of all) {
    const s = titleMatch(blocks[i]?.text ?? '', title) + (blocks[i]?.headingLevel ? 0.05 : 0);
    if (s > best && infos[i]?.title !== false) {
      best = s;
      h = i;
    }
  }
  const siteParts = title ? siteNameParts(title) : [];
  if (h < 0) h = blocks.findIndex((b, i) => b.headingLevel === 1 && infos[i]?.title && !siteParts.includes(b.text.trim()));
  // No title match, no h1: the lines above the text say which is the headline (lib/segment/page-headline.ts).
  // A heading below the story's first paragraph is a subhead, never the headline.
  // A line a date or source line follows is the headline; the line nearest the text only when the page has no
  // title of its own to go by (page texts; a <title> that is only the site's name), since on a web page it is as
  // often a caption or a tool ("Text size") as a headline.
  const found = h < 0 ? pageHeadline(blocks, infos) : null;
  if (found) h = found.headline >= 0 || (title && !isSiteNameOnly(title)) ? found.headline : found.nearest;
  if (h < 0) h = all.slice(0, Math.min(5, found?.body ?? 5)).find((i) => blocks[i] && looksLikeHeading(blocks[i]) && infos[i]?.title) ?? -1;
  if (h < 0) {
    // No headline: the e-paper's page labels over the text ("第02版:要闻") are furniture, not the story's words.
    let lead = 0;
    while (lead < blocks.length - 1 && infos[lead]?.pageLabel) lead++;
    return { articles: [{ head: [], headline: -1, body: all.slice(lead) }], rubricBlocks: all.slice(0, lead) };
  }
  const parts = headAndBody(range(h, blocks.length), blocks, infos, title);
  // Above the headline: a kicker right on top of it, otherwise page furniture.
  const above = range(0, h);
  const rubricBlocks: number[] = [];
  // A section label ("World", "要闻") above a web headline is furniture; a kicker is set off by its layout.
  const over = blocks[h - 1];
  const kicker = over && infos[h - 1]?.title && isKicker(over, blocks[h] as Block, siteParts) ? h - 1 : -1;
  for (const k of above) {
    if (k === kicker) continue;
    const info = infos[k] as BlockInfo;
    // Menus, counters and tool bars above the headline are furniture; prose and meta lines belong to the story.
    if (info.title || !(info.markerOnly || info.byline || isProse(blocks[k] as Block, info))) rubricBlocks.push(k);
    else parts.body.unshift(k);
  }
  if (kicker >= 0) parts.head.unshift(kicker);
  parts.body.sort((a, b) => a - b);
  return { articles: [parts], rubricBlocks };
}

/**
 * Every block a reading left out (prose outside the story containers, say) comes back: headline-like runs as
 * rubrics, runs with prose as stories of their own, in page order. No text is ever lost.
 */
function keepEveryBlock(p: Plan, blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan {
  const covered = new Uint8Array(blocks.length);
  for (const a of p.articles) {
    for (const k of a.head) covered[k] = 1;
    for (const k of a.body) covered[k] = 1;
  }
  for (const k of p.rubricBlocks) covered[k] = 1;
  if (covered.every((c) => c === 1)) return p;
  const articles = [...p.articles];
  const rubricBlocks = [...p.rubricBlocks];
  for (let i = 0; i < blocks.length; i++) {
    if (covered[i]) continue;
    let j = i;
    while (j < blocks.length && !covered[j]) j++;
    keepRun(range(i, j), blocks, infos, title, articles, rubricBlocks);
    i = j;
  }
  const first = (a: ArticleParts) => Math.min(a.head[0] ?? Infinity, a.body[0] ?? Infinity);
  articles.sort((a, b) => first(a) - first(b));
  rubricBlocks.sort((a, b) => a - b);
  return { articles, rubricBlocks };
}

/** Furniture (repeated lines, directory lines) is neither a headline nor story text, whatever reading follows. */
function markFurniture(infos: BlockInfo[], facts: PageFacts): void {
  for (let k = 0; k < infos.length; k++) {
    const info = infos[k] as BlockInfo;
    if (facts.furniture[k] && !info.markerOnly && !info.pageLabel) infos[k] = { ...info, markerOnly: true, title: false };
  }
}

/** The page read as one story whatever else its lines suggest (the page says it holds one; segment()). */
export function singlePlan(blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan {
  return keepEveryBlock(single(blocks, infos, title), blocks, infos, title);
}

export function plan(blocks: Block[], infos: BlockInfo[], title: string | undefined): Plan {
  const facts = pageFacts(blocks, infos);
  markFurniture(infos, facts);
  const p =
    byContainers(blocks, infos, title) ??
    briefsOrScore(blocks, infos, facts, title) ??
    byHeadings(blocks, infos, title) ??
    (title === undefined && !hasPageHeadline(blocks, infos) ? byScore(blocks, infos, facts, title, true) : null) ??
    single(blocks, infos, title);
  return keepEveryBlock(p, blocks, infos, title);
}

/**
 * The scored reading, or a column of headless briefs where that reads more of the column's items and the scored
 * reading stands on plain headline-like lines only (a strapline, a player's "Listen to the briefing").
 */
function briefsOrScore(blocks: Block[], infos: BlockInfo[], facts: PageFacts, title: string | undefined): Plan | null {
  const read = scored(blocks, infos, facts, title);
  const column = byBriefColumn(blocks, infos, facts);
  // A column whose paragraphs mostly open with a run-in head is one item a paragraph, also the paragraphs with
  // none (a place in capitals as the sentence's subject: "KENYA's forces…"); a scored reading would join those.
  // Where few do, the paragraphs without one go on the item above (a brief of several paragraphs).
  const headed = column ? column.articles.filter((a) => a.runIn).length : 0;
  if (read.plan && !read.plain && !(column && headed * 2 >= column.articles.length)) return read.plan;
  return column && (!read.plan || column.articles.length > read.plan.articles.length) ? column : read.plan;
}

/** A page text whose lines above the first paragraph name its headline (a date or source line under it) is read by
 * single(), which knows page headlines; the lone scored start is for texts that name none. */
function hasPageHeadline(blocks: Block[], infos: BlockInfo[]): boolean {
  return (pageHeadline(blocks, infos)?.headline ?? -1) >= 0;
}
