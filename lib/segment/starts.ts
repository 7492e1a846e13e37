// Where a story may start, and how strongly the page says so: every candidate boundary with a score from
// general features (what follows a headline-like line, what ends the block before, item markers, run-in heads,
// layout hints, how often the page repeats the same pattern), on the page's facts (facts.ts). score.ts picks the
// segmentation.
import type { Block } from '../types';
import { isPlaceholder, opensStory, type BlockInfo } from './classify';
import { parseDateline } from './dateline';
import { startsMidSentence } from './sentence';
import { isPhraseHead, type PhraseShape } from './phrase-head';
import { opensWithSourceTag } from './source-tag';
import { endsInReadOn, isLabel, isPictureCount, isRoundupIntro, MAX_INTRO, ROUNDUP_INTRO, SITE_NOTICE, type PageFacts } from './facts';
import { namesBriefsColumn } from './kicker-heads';
import { dashHead, runInHeads } from './run-in';
import { barHeads } from './bar-heads';
import { isDatedLeadIn } from './dated-lead-in';
import { captionAfterFurniture, creditedItem, headsIntro, titleOver } from './item-context';
import { opensWithDate } from './slideshow';
import { datelinedColumn } from './dateline-run';
import { isCitedTitle } from './page-headline';
import { isSectionOverview } from './overview';
import { itemColumns } from './item-columns';
import { leavesOff, turnsTopic } from './leaves-off';
import { ruledItems } from './ruled-items';
import { columnItemNumber, columnLines, isMarkedColumn, isSponsored } from './marked-column';
import { headNumber, itemNumber } from './numbers';
import { namesDigest } from './digest-title';
import { sectionHeads } from './sections';
import { datedItems } from './dated-items';
import { siblingLeadIns } from './sibling-labels';

export { headNumber, itemNumber } from './numbers';
import { capitalHead } from './capital-heads';

export { runInHeads, runInLength } from './run-in';

export type StartKind = 'head-open' | 'head-plain' | 'item' | 'run-in' | 'after-credit' | 'dateline';

export interface Candidate {
  /** First block of the headline group; equal to `body` for a story with no headline block. */
  head: number;
  /** First block of the story's body. */
  body: number;
  kind: StartKind;
  score: number;
  /** Length of a run-in head ("RED CROSS BOOTH The Kings…") at the start of block `body`; 0 for none. */
  runIn: number;
  /** The headline's own meta lines (date, section, reporters) stand between it and its text, as on every item. */
  meta?: boolean;
}

const MAX_HEAD = 3;
/** Meta and separator lines read past between a headline and its text. */
const MAX_META = 6;
/** What a headline group of two lines or more says for a story start. */
const STACKED = 0.4;
/** A bullet before a headline line ("● 标题"). */
const HEAD_BULLET = /^\s*[•·▪●◆■□▶►]/;
/** A marker setting off a headline line: a bullet or a dash ("• 标题", "——标题"). */
const HEAD_MARK = /^\s*([•·▪●◆■□▶►*＊]|——|--|—)\s*(?=\S)/;
/** The site speaking of itself: "本站", "本網站", "this site". */
const SITE_SELF = /本站|本网站|本網站|\b(?:this|our) (?:web)?site\b/i;
/** Subheads inside a story are marked or numbered in words ("一、", "（二）", "①", "●"); headlines are not. */
const SUBHEAD = /^\s*(?:[一二三四五六七八九十]+[、．.]|[(（][一二三四五六七八九十\d]+[)）]|[①-⑳]|[■●◆▲★□◇○])/;
/** A bracketed lead-in with a date, as agency items open ("【俄新社柏林5月10日专稿】", "【本報坎培拉訊】"). */
const BRACKET_LEAD = /^\s*【[^】]{1,24}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|[讯訊电電])[^】]{0,6}】/;
/** What a numbered head that is a section of one story loses (sections.ts): no story starts there. */
const SECTION = 4;
/** What a headline that turns the page to another topic says for a new story. */
const COHESION = 0.8;
/** Bonus for a pattern the page repeats: one brief in a column of briefs is told by its siblings. */
function template(count: number, strong: number, weak: number): number {
  return count >= 3 ? strong : count === 2 ? weak : 0;
}

/**
 * `declared`: the page is a web page with a title of its own (HTML). There one story is the rule, and a
 * repeated weak pattern (listicle items, gallery titles) splits it only on a page that already shows
 * several datelined stories, under a briefs column name, or when each item closes with a credit.
 */
export function candidates(blocks: Block[], infos: BlockInfo[], facts: PageFacts, declared = false): Candidate[] {
  const n = blocks.length;
  const out: Candidate[] = [];
  // An HTML heading outline (h2 + paragraphs) is read by its own reading; here headings only help a start
  // that something else already supports.
  let headings = 0;
  for (const b of blocks) if (b.headingLevel !== null) headings++;
  const outline = headings >= 2;
  /** Plain-headline starts that are story headlines by their look (not subheads, not labels). */
  const plain: Candidate[] = [];
  let filed = 0;
  /** Titled items with no opening of their own (plain headlines, credited pictures): a gallery's items. */
  const titled: Candidate[] = [];
  const titleLine = (k: number) => !!infos[k]?.title && !facts.furniture[k];
  let lastItem = -1;
  /** The items follow a round-up's standfirst. */
  let roundup = false;
  const runIns = runInHeads(blocks, facts);
  const bars = barHeads(blocks, facts.prose);
  // (Short label lines right over run-in heads, twice or more: the page's labels over its items.)
  const labelledRunIns = blocks.filter((b, k) => k > 0 && (runIns[k] ?? 0) > 0 && titleLine(k - 1) && isPhraseHead(blocks[k - 1]?.text ?? '', LABEL_LINE)).length;
  // (Columns of headless items: list items opened by a label and a colon, one-line news opened by their times,
  // items opened by their source in brackets, clock-time logs, names and obituaries: item-columns.ts.)
  const columns = itemColumns(blocks, infos, facts);
  let listed = false;
  // (A digest's parallel section lead-ins, "國內熱點:" / "國際熱點:", announce no list: sibling-labels.ts.)
  const leadIns = siblingLeadIns(blocks, facts.prose);
  /** Headless datelined reports right under a headlined, datelined story; and headless datelined starts elsewhere. */
  const continuing: Candidate[] = [];
  let headless = 0;
  /** Past the meta and separator lines from block k: the block the text starts at, or k when none follows. */
  const pastMeta = (k: number) => {
    let at = k;
    while (at < n - 1 && at - k < MAX_META && facts.furniture[at] && !infos[at]?.pageLabel) at++;
    return at > k && facts.prose[at] > 0 && !titleLine(at) ? at : k;
  };
  let metaRuns = 0;
  for (let k = 1; k < n; k++) if (titleLine(k - 1) && facts.furniture[k] && pastMeta(k) > k) metaRuns++;
  const spaced = metaRuns >= 2;
  // (A column of marked briefs, bullets included: marked-column.ts.)
  // (Headless items ruled off by rule lines: ruled-items.ts.)
  const ruled = ruledItems(blocks, infos, facts);
  const markedColumn = isMarkedColumn(blocks, facts, titleLine);
  // (In a column of marked briefs a marked line between two briefs is a brief, short and unstopped as it may be:
  // marked-column.ts.)
  const briefLines = columnLines(blocks, facts, titleLine, markedColumn);
  const titleAt = (k: number) => titleLine(k) && !briefLines[k];
  // (Such a line is the brief's text, so a brief of one short line is a story with text of its own.)
  for (let k = 0; k < n; k++) if (briefLines[k] && !facts.prose[k]) facts.prose[k] = (blocks[k]?.text ?? '').length;
  // (Under a page headline that names a digest, "新聞早報2025-09-18", marked paragraphs are its items: digest-title.ts.)
  let top = 0;
  while (top < n && !titleAt(top)) top++;
  const digest = top < n && namesDigest(blocks[top]?.text ?? '');
  /** The last block numbered 2, -1 when none (found once, when a first item asks). */
  let second: number | undefined;
  const lastSecond = () => {
    if (second === undefined) for (second = n - 1; second >= 0 && itemNumber(blocks[second]?.text ?? '') !== 2; ) second--;
    return second;
  };
  for (let i = 0; i < n; i++) {
    const block = blocks[i] as Block;
    const info = infos[i] as BlockInfo;
    if (facts.furniture[i]) continue;
    if (titleAt(i)) {
      // A run of headline-like lines: the last few before the body are the headline group.
      let j = i;
      while (j < n && titleAt(j)) j++;
      if (j >= n) break;
      // A separator the page repeats between every headline and its text ("|"), or the meta lines a list page
      // sets there (date, section, reporters), are passed over to read the text, where the page does so twice.
      // A picture's placeholder line ("圖片") between them is passed over anywhere.
      let at = j;
      if (spaced) at = pastMeta(j);
      else while (at < n - 1 && at - j < 2 && isPlaceholder(blocks[at]?.text ?? '')) at++;
      if (titleAt(at) || !facts.prose[at]) at = j;
      if (titleAt(at) || facts.furniture[at]) at = j;
      // The headline group is the last few lines above the body, up to a label or widget line ("字級", "World")
      // above it, which is furniture over the group rather than a kicker.
      let head = j - 1;
      const column = (k: number) => !facts.edition[k] && namesBriefsColumn(blocks[k]?.text ?? '');
      const over = (k: number) => isLabel(blocks[k]?.text ?? '') || column(k);
      // A bullet sets off where a headline begins: a line above a bulleted one is no part of its group. (A dash
      // under a headline sets off its deck: "——南京军民凭吊…".)
      const marked = HEAD_BULLET.test(blocks[j - 1]?.text ?? '');
      while (head > i && j - head < MAX_HEAD && !over(head - 1) && !over(head) && !marked) head--;
      // (So does a number: "1 标题" begins its item's group, what stands above it is no part of it.)
      for (let k = j - 1; k > head; k--) if (headNumber(blocks[k]?.text ?? '') > 0) head = k;
      // (And a heading right under one of the same level: the one above heads an item with no text, "h2 / h2".)
      for (let k = j - 1; k > head; k--) if (blocks[k]?.headingLevel != null && blocks[k - 1]?.headingLevel === blocks[k]?.headingLevel) head = k;
      const body = blocks[at] as Block;
      const opens = opensStory(infos[at], infos[at + 1]) || BRACKET_LEAD.test(body.text);
      if (opens || (facts.prose[at] > 0 && !startsMidSentence(body.text))) {
        let score = opens ? 4 : 0.6;
        let labels = true;
        let layout = false;
        let heading = false;
        let notice = false;
        for (let k = head; k < j; k++) {
          const t = blocks[k]?.text ?? '';
          if (!isLabel(t)) labels = false;
          if (SITE_SELF.test(t)) notice = true;
          if (blocks[k]?.headingLevel !== null) heading = true;
          if (blocks[k]?.headingLevel !== null || blocks[k]?.emphasis) layout = true;
        }
        const subhead = SUBHEAD.test(blocks[j - 1]?.text ?? '');
        // A briefs column's name over its standfirst ("World News Summary" / "Following is a summary of…") heads the
        // column, not a story.
        // A column's name right over a datelined item names the column: the item has no headline of its own.
        const named = opens && j - head === 1 && column(head);
        if ((labels && !named) || (j - head === 1 && column(head) && !opens)) score -= 3;
        // Under a briefs column's name a marked line heads a brief, not a section of one story.
        // (Not right under a section label, "【时事】" / "●标题": a section of the page opens there, and its first
        // marked line heads the section's item; a story's subheads follow its own paragraphs.)
        if (subhead && !opens && !facts.briefs && !facts.label[head - 1]) score -= 2.5;
        if (layout && !(outline && heading)) score += 0.5;
        // A headline set over two lines or with its deck: a subhead inside a story is one line.
        if (!labels && j - head >= 2) score += STACKED;
        // A line where the site speaks of itself ("追蹤、訂閱本站最新文章") heads its notices, not a story.
        // A headline over a short notice to the reader ("Notifications can be managed in browser preferences.").
        // (Not a report opened by its outlet's bracketed name, source-tag.ts: news of a browser is still news.)
        if (!opens && body.text.length < MAX_INTRO && SITE_NOTICE.test(body.text) && !opensWithSourceTag(body.text)) notice = true;
        if (notice) score -= 3;
        // A quoted title under the line naming its source ("From Wikipedia:" / "“International Reaction”") heads what
        // is quoted inside a story, not a story.
        if (isCitedTitle(blocks, j - 1)) score -= 3;
        // A headline over nothing but a round-up's standfirst heads the round-up, not a story of its own.
        // (Under its byline or source line when it has one.)
        const text = infos[at]?.byline && !facts.prose[at] ? at + 1 : at;
        // (So does one over a standfirst and the count of a gallery's pictures: "… and more." / "30 PHOTOS".)
        const intro = text < n && (isRoundupIntro(blocks[text]?.text ?? '') || isPictureCount(blocks[text + 1]?.text ?? '')) && !titleAt(text);
        if (intro && (text + 1 >= n || titleAt(text + 1) || facts.label[text + 1] || facts.furniture[text + 1])) score -= 3;
        // (So does one over a short greeting and the standfirst: "早晨,今天是9月25日。" / "…以下五宗国际新闻:".)
        else if (!intro && !opens && headsIntro(at, blocks, facts, titleAt)) score -= 3;
        if (!opens && body.text.length < 12) score -= 1;
        // A teaser under its headline, cut by the site's read-on link: an item of a listing, whatever stands above it.
        if (!opens && endsInReadOn(body.text)) score += 1;
        const num = headNumber(blocks[head]?.text ?? '');
        if (num >= 0) score += num > 0 && num === lastItem + 1 ? 1.5 : 0.8;
        if (num > 0) lastItem = num;
        score += leavesOff(head, blocks, facts, infos);
        // Short label lines over a paragraph opened by its own run-in head ("LOCAL GOLF" / "Wells captures…: Ryan
        // Wells won…"), twice or more on the page: the sport or section label is the item's kicker, the run-in head
        // its headline.
        if (!opens && at === j && labelledRunIns >= 2 && (runIns[j] ?? 0) > 0 && blocks.slice(head, j).every((b) => isPhraseHead(b.text, LABEL_LINE))) {
          out.push({ head, body: j, kind: 'run-in', score: 1.2 + Math.max(leavesOff(head, blocks, facts, infos), -0.5), runIn: runIns[j] as number });
          i = j;
          continue;
        }
        const cand: Candidate = { head: named ? j : head, body: j, kind: opens ? 'head-open' : 'head-plain', score, runIn: 0, meta: spaced && at > j };
        out.push(cand);
        // Stories told by their own opening (dateline, byline, jump marker), not by a credited picture.
        const b = infos[at];
        if (b && (b.dateline || b.byline || b.openingByline || b.from || BRACKET_LEAD.test(body.text))) filed++;
        else titled.push(cand);
        if (!opens && !labels && !subhead && !(outline && heading)) plain.push(cand);
      }
      i = j - 1;
      continue;
    }
    // A list item is part of its list, and the list of its story.
    // A heading is no headless item either (a listicle's "1. Ditch the diet" h2 is a subhead).
    // (Unless the list's items close with their credits, "…[New York Times]": a list of briefs.)
    const column = columns[i];
    if (column) {
      out.push({ head: i, body: i, kind: column.kind, score: 2.5 + Math.max(leavesOff(i, blocks, facts, infos), 0), runIn: column.runIn });
      continue;
    }
    if (ruled[i] && itemNumber(block.text) < 0 && !runIns[i]) {
      out.push({ head: i, body: i, kind: 'item', score: 1.2 + leavesOff(i, blocks, facts, infos), runIn: 0 });
      continue;
    }
    // (A column's marked line is a brief however short: not prose by its length, an item by its mark.)
    if ((facts.prose[i] === 0 && !briefLines[i]) || i === 0 || (block.tag === 'li' && !creditedItem(i, blocks, facts)) || block.headingLevel !== null || startsMidSentence(block.text)) continue;
    const ctx = leavesOff(i, blocks, facts, infos);
    const num = columnItemNumber(block.text, markedColumn);
    if (num === 0 && isSponsored(block.text)) continue;
    if (num >= 0) {
      const next = num > 0 && num === lastItem + 1;
      let score = 1.2 + (next ? 1.2 : num === 1 ? 0.6 : num === 0 ? 0.6 : 0);
      // A numbered list a sentence introduces ("…如下：" then "1." "2." …) belongs to that sentence's story.
      // A round-up's standfirst ("以下為今日國際新聞焦點:", "Here are…") introduces its stories, not a list.
      const prev = blocks[i - 1]?.text ?? '';
      // (It holds for the items that follow one another.)
      // (A story's own sentence introducing its list, "本报讯 …主要内容如下：", is none.)
      if ((ROUNDUP_INTRO.test(prev.replace(/如下[:：]/g, '')) && prev.length < MAX_INTRO && !infos[i - 1]?.dateline) || isDatedLeadIn(blocks[i - 1], infos[i - 1])) roundup = true;
      else if (itemNumber(prev) < 0) roundup = false;
      if (num <= 1) listed = /[:：]\s*$/.test(prev) && !roundup && !leadIns[i - 1];
      else if (!next) listed = false;
      if (listed) score -= 4;
      // A first item with no second after it is no list of items: a point run into a story's paragraph ("1. …").
      if (num === 1 && !(lastSecond() > i)) score -= 4;
      // A bare mark (△ ■) opens a headless brief when the item closes with its signature ("（新华社）") or the
      // marked items follow a round-up's standfirst or make the page's whole text; marked photo or video captions
      // under one story's headline close with none, and stay in that story.
      if (num === 0 && !facts.closes[i]) score += roundup || markedColumn || digest ? 1.2 : -3;
      if (num > 0) lastItem = num;
      // (A marked or numbered item may open with its topic label set off by a bar, "★巴以衝突丨…": bar-heads.ts.)
      // (A bulleted brief of a column may open with its head in sentence case set off by a dash: run-in.ts.)
      // (A numbered item may open with a title-case head set off by a colon, "1. Berlin Floods: Heavy…": colon-heads.ts.)
      out.push({ head: i, body: i, kind: 'item', score: score + Math.max(ctx, -0.5), runIn: bars[i] || (markedColumn && num === 0 ? dashHead(block.text) : 0) || (num > 0 ? (runIns[i] ?? 0) : 0) });
      continue;
    }
    const runIn = runIns[i] ?? 0;
    if (runIn > 0) {
      // A run-in head over a dateline ("NJ YACHT HOAX…: NEW YORK (AP) — Rescue…") is a wire brief's own head.
      const filedAfter = parseDateline(block.text.slice(runIn)) ? 2 : 0;
      out.push({ head: i, body: i, kind: 'run-in', score: 1.2 + filedAfter + Math.max(ctx, -0.5), runIn });
      continue;
    }
    if (info.dateline && !titleOver(i, blocks, infos, facts)) {
      // (A dateline over a short lead-in right above marked or numbered items is the digest's title line: dated-lead-in.ts.)
      if (isDatedLeadIn(block, info) && itemNumber(blocks[i + 1]?.text ?? '') >= 0) continue;
      const kind = info.dateline.dateline.kind;
      // Right after a story opened by its headline and dateline, another report with a dateline of its own and no
      // headline is that story going on (one article built from several agencies' reports), unless the page runs
      // headless datelined briefs (counted below).
      const last = out[out.length - 1];
      // (So is a report right after such a report: the run of reports goes on the story they follow.)
      // (Not after a report the page closed, cut by the site with "…" or signed by its credit: that story has ended.)
      let p = i - 1;
      while (p > 0 && facts.furniture[p]) p--;
      const ended = !!facts.closes[p];
      const joined = !ended && ((last?.kind === 'head-open' && last.head < last.body && (!!infos[last.body]?.dateline || BRACKET_LEAD.test(blocks[last.body]?.text ?? ''))) || (!!last && continuing.includes(last))) ? 1 : 0;
      const quoted = /^[\s(（【\[]*据/.test(block.text);
      const filed = kind === '电' || kind === '電' || kind === '讯' || kind === '訊' || kind === 'wire' || kind === '专电';
      // A bare "CITY —" says less than a filed dateline ("本报北京2月9日电", "(Reuters) -"); a quoted one ("据…报道") little.
      const base = quoted ? 0.3 : filed ? 2.6 : kind === 'dateline' ? 1.8 : 1.2;
      out.push({ head: i, body: i, kind: 'dateline', score: base + Math.min(ctx, 1) - 1.5 * joined, runIn: 0 });
      if (joined) continuing.push(out[out.length - 1] as Candidate);
      else headless++;
      continue;
    }
    // (The first paragraph under a digest's section lead-in opens an item, numbered or not: sibling-labels.ts.)
    if (leadIns[i - 1]) {
      out.push({ head: i, body: i, kind: 'item', score: 1.8 + Math.max(ctx, -0.5), runIn: 0 });
      continue;
    }
    // After a closed item, or where a run of items closed by their credits begins (the first captioned picture
    // under a gallery's standfirst, the first cut teaser under a section label).
    // (A picture's alt line or a link line between the closed item and this one changes nothing.)
    let closedAt = i - 1;
    while (closedAt > 0 && facts.furniture[closedAt] && !facts.separator[closedAt] && i - closedAt < 3) closedAt--;
    if (facts.closes[i - 1] || (closedAt < i - 1 && facts.closes[closedAt]) || (facts.closes[i] && facts.closes[i + 1] && !facts.closes[i - 1] && (facts.prose[i - 1] > 0 || facts.label[i - 1]) && !blocks[i + 1]?.headingLevel) || captionAfterFurniture(i, infos, facts)) {
      out.push({ head: i, body: i, kind: 'after-credit', score: 1, runIn: 0 });
    }
  }
  // A gallery numbered from its first counter ("1/"): what stands above it frames the gallery (its lead picture,
  // key points, introduction) and starts no story.
  if (facts.firstPicture > 0) for (const c of out) if (c.body < facts.firstPicture) c.score -= 3;
  // A list page whose items each carry their meta lines under the headline: a headline above the first such item
  // with none of its own is the page's strapline over its introduction, no item.
  const firstMeta = out.find((c) => c.meta);
  if (firstMeta && out.filter((c) => c.meta).length >= 3) for (const c of out) if (c.head < firstMeta.head && c.kind === 'head-plain') c.score -= 3;
  // A page of headless datelined briefs: a report under a headlined story may be one of them too.
  // (So are one-paragraph reports from other places, three in a row: a column of them, dateline-run.ts.)
  if (headless >= 2 || datelinedColumn(continuing, blocks, infos, facts.prose)) for (const c of continuing) c.score += 1.5;
  // Numbered headlines ("1. 标题" "2. 标题"): where the page numbers its stories, a headline without a number is a
  // subhead inside one of them.
  const heads = out.filter((c) => c.kind === 'head-open' || c.kind === 'head-plain');
  const number = (c: Candidate) => Math.max(headNumber(blocks[c.head]?.text ?? ''), headNumber(blocks[c.body - 1]?.text ?? ''));
  // (Unless the numbered heads are one story's sections, under its headline and intro: sections.ts.)
  const numberOf = (c: Candidate) => (c.kind === 'item' ? itemNumber(blocks[c.body]?.text ?? '') : number(c));
  const isHead = new Set(heads);
  const sections = sectionHeads(out.filter((c) => isHead.has(c) || (c.kind === 'item' && numberOf(c) > 0)), numberOf, blocks, infos, facts, titleAt);
  if (sections) for (const c of sections) c.score -= SECTION;
  const numbered = heads.filter((c) => number(c) > 0).length;
  if (numbered >= 2 && !sections) for (const c of heads) if (number(c) < 0) c.score -= 3;
  // Headline lines set off by the same bullet or dash ("• 标题", "——标题"): the page's mark for its stories, the
  // surer when one of them opens a story with a dateline.
  const marks = new Map<string, Candidate[]>();
  for (const c of heads) {
    // (A date opening the line, "1/12  菲律賓 …", marks the items of a week's review.)
    const line = blocks[c.body - 1]?.text ?? '';
    // (So does a stop closing headlines set in capitals, "CANADIAN ADVOCACY.", as older papers set them.)
    const m = HEAD_MARK.exec(line)?.[1] ?? (opensWithDate(line) ? 'date' : blocks.slice(c.head, c.body).some((b) => capitalHead(b.text)) ? 'caps.' : undefined);
    if (m) {
      const group = marks.get(m);
      if (group) group.push(c);
      else marks.set(m, [c]);
    }
  }
  /** The start heads one paragraph: the next text is another headline, or the page ends. */
  const single = (c: Candidate) => {
    let k = c.body + 1;
    while (k < n && !facts.prose[k] && !titleAt(k)) k++;
    return k >= n || titleAt(k);
  };
  for (const group of marks.values()) {
    if (group.length < 2) continue;
    let bonus = 1 + (group.some((c) => c.kind === 'head-open') ? 1 : 0);
    // Marked lines that each head one paragraph of its own topic, again and again, are a digest's headlines; a
    // story's marked subheads lead runs of paragraphs that go on with its words.
    const marked = group.filter((c) => SUBHEAD.test(blocks[c.body - 1]?.text ?? ''));
    if (marked.length >= 3 && marked.length === group.length && group.every(single)) {
      const turns = group.filter((c, k) => k === 0 || turnsTopic(c, blocks, facts)).length;
      if (turns * 2 >= group.length) bonus += 2.5;
    }
    for (const c of group) c.score += bonus;
  }
  // The page's own patterns: count each kind, and reward the kinds it repeats.
  const count = { 'head-open': 0, item: 0, 'run-in': 0, 'after-credit': 0 } as Record<StartKind, number>;
  for (const c of out) if (c.kind in count) count[c.kind]++;
  // Plain headlines: a column of them tells itself, and on a page of datelined stories a headline after a
  // finished story starts one too (a commentary, a feature).
  const page = filed >= 2 || facts.briefs;
  // A gallery: (nearly) every titled item closes with its credit.
  const closed = titled.filter((c) => facts.closes[c.head - 1]).length;
  // A list whose items close with their credits ("…[New York Times]") is a list of briefs.
  const creditedList = out.filter((c) => c.kind === 'after-credit' && blocks[c.body]?.tag === 'li').length >= 3;
  // Captions each closed by a credit line of their own ("Eric Gay / AP") under pictures' alt lines: a gallery.
  const creditLines = out.filter((c) => c.kind === 'after-credit' && facts.furniture[c.head - 1] && facts.closes[c.head - 2] && infos[c.head - 2]?.credit?.start === 0).length >= 2;
  const patterns = !declared || page || creditedList || creditLines || (closed >= 2 && closed >= titled.length - 1) || datedItems(out.filter((c) => c.kind === 'head-plain').map((c) => c.body), blocks);
  const plainBonus = (patterns ? template(plain.length, 1.6, 0.6) : 0) + (page ? 1 : 0);
  for (const c of plain) c.score += plainBonus;
  // Lexical cohesion: a headline made of the words of the text under it and not of the text above it names a new
  // story; a subhead goes on with the words of the story it sits in.
  if (patterns) for (const c of plain) if (c.head > 0 && turnsTopic(c, blocks, facts)) c.score += COHESION;
  // Headline + one paragraph, again and again, under a section label ("國外新聞"): the shape of a column of briefs.
  // (A story's subheads lead runs of paragraphs; its picture captions sit under no label.)
  // (Or under a section's overview, which sums up the items below it: overview.ts.)
  if (patterns && plain.length >= 2 && plain.some((c) => facts.label[c.head - 1] || isSectionOverview(c.head - 1, blocks, infos))) {
    if (plain.every(single)) for (const c of plain) c.score += 0.8;
  }
  // A lead-in in capitals set off by a dash opens the page's items whether it reads as a place ("LONDON —") or as a
  // slug ("PENCE —"): the bare datelines count with the run-in heads.
  // Items closed by their credits: the page's last text closed so too is one more of them, though no start follows it.
  let last = n - 1;
  while (last > 0 && !facts.prose[last]) last--;
  const lastClosed = count['after-credit'] > 0 && !!facts.closes[last] && facts.prose[last] > 0;
  const capsDashed = out.filter((c) => c.kind === 'dateline' && infos[c.body]?.dateline?.dateline.kind === 'dateline' && /^[A-Z][A-Z-]+\s+—/.test(blocks[c.body]?.text ?? '')).length;
  for (const c of out) {
    if (c.kind === 'head-plain' || !patterns) continue;
    else if (c.kind === 'item') c.score += template(count.item, 1, 0.4);
    else if (c.kind === 'run-in') c.score += template(count['run-in'] + capsDashed, 1.5, 0.6);
    else if (c.kind === 'after-credit') c.score += template(count['after-credit'] + (facts.gallery ? 1 : 0) + (lastClosed ? 1 : 0), 1.2, 0.5);
  }
  return out;
}

/** A label line: a few words with no sentence's end ("LOCAL GOLF", "Youth baseball"). */
const LABEL_LINE: PhraseShape = { maxWords: 4, closed: /[.!?:]$/, digitLead: true };
