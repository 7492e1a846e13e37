// One story from its headline blocks and body blocks: headline and deck, dateline and byline taken off the
// first paragraph, credits and markers taken off the ends, then the body repaired.
import { wordedDate } from './worded-dates';
import { isLeadRubric, isLeadSection } from './lead-rubric';
import { isPostCredit } from './quote-credits';
import type { Block, Byline, Dateline, SegmentedArticle } from '../types';
import { mergeBylines, parseBracketByline, parseReportedByline } from './byline';
import { parsePhotoCredit, parseTrailingEnglishCredits } from './photo-credit';
import { DOTTED_DATE_LINE, isMetaLine, isPlaceholder, type BlockInfo } from './classify';
import { isPublicationLine } from './publication-lines';
import { parseAgencyCredit } from './credit';
import { parseClosingSignature, parseSignatureLine } from './signature';
import { endsSignedSentence } from './signed-end';
import { endsContactNote } from './contact-end';
import { opensWithCapitalLabel, parseColonDateline, parseDateline } from './dateline';
import { fromBlock, slice, trim, concat, type Mapped } from './mapped';
import { continuesToAt, endMarkAt } from './markers';
import { repair, type Piece } from './repair';
import { endsSentence } from './sentence';
import { isCutPageEnd } from './cut-end';
import { withoutTail } from './head-tail';

export interface ArticleParts {
  /** Blocks above the body that make up the headline: kicker, headline, deck. */
  head: number[];
  /** The block of `head` that is the headline proper, by its index in the page's blocks (-1: none). */
  headline: number;
  body: number[];
  /** Length of a run-in head at the start of the first body block: that text is the headline. */
  runIn?: number;
}

export interface BuiltArticle {
  article: SegmentedArticle;
  rubrics: string[];
}

/** What sets a run-in head off from its text: white space, a colon, a dash or a bar. */
/** A caption closed by a photographer's credit is a sentence; a longer block is a paragraph or a gallery's item. */
const MAX_CREDITED_CAPTION = 60;
const RUN_IN_MARKS = /[\s:：—–丨｜-]/;

/** Where `text` ends once the characters `marks` matches are taken off its end (read back from the end: linear). */
function endBefore(text: string, marks: RegExp): number {
  let end = text.length;
  while (end > 0 && marks.test(text[end - 1]!)) end--;
  return end;
}

/**
 * A run-in head without the colon or dash that sets it off ("SHEARED OPEN:" reads "SHEARED OPEN"), nor the point
 * before a dash ("Mail Delivery by Helicopter.—" reads "Mail Delivery by Helicopter").
 */
function runInHead(m: Mapped): Mapped {
  const head = m.text.slice(0, endBefore(m.text, RUN_IN_MARKS));
  // (A headline set in lenticular brackets, "【…】", reads without them: bracket-heads.ts.)
  const bracketed = /^\s*【[^【】]+】$/.exec(head);
  if (bracketed) return trim(slice(m, head.indexOf('【') + 1, head.length - 1));
  // (A log entry's kind closed by its stop, "Customer Problem. A manager…", reads without it too.)
  const pointed = /[a-z]\.$/.test(head) && (/^\s*[—–]/.test(m.text.slice(head.length)) || CLOCK_HEAD.test(head));
  return slice(m, 0, head.length - (pointed ? 1 : 0));
}

/** A log entry's clock time and dash before its kind ("7:15 a.m. – Customer Problem."): the entry's time, not its headline. */
const CLOCK_HEAD = /^\s*\d{1,2}(?::\d{2})?\s*(?:a\.\s?m\.|p\.\s?m\.|am|pm)\s*(?:[—–]|--|-)\s*(?=[A-Z])/i;

/** The page's mark or item number before a headline ("1. ", "——", "• ", "◆") is layout, not the headline's words. */
const HEAD_LEAD = /^\s*(?:第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(?=\S)|\d{1,2}\s*[.。、．]\s*(?!\d)|\d\uFE0F?\u20E3\s*|\d{1,2}\s+(?=[\u3400-\u9fff])(?![年月日时時点點分秒号號名人个個位家岁歲次万萬亿億元米倍度])|——|[•·▪●◆■□▶►*＊△▲★☆]\s*|[-–]\s+)/;

/** A pictograph a newsletter marks an item's head with ("☀️ Sizzling views"), not the copyright signs. */
const HEAD_PICTOGRAPH = /^\s*(?![©®™])\p{Extended_Pictographic}\uFE0F?\s*/u;

function withoutLead(m: Mapped): Mapped {
  const lead = HEAD_LEAD.exec(m.text) ?? CLOCK_HEAD.exec(m.text) ?? HEAD_PICTOGRAPH.exec(m.text);
  return lead && lead[0].length < m.text.trim().length ? trim(slice(m, lead[0].length)) : m;
}

/** A paragraph of prose under a lead section's name: this many characters or more, closed by a stop. */
const PROSE_MIN = 40;

export function buildArticle(
  parts: ArticleParts,
  blocks: Block[],
  infos: BlockInfo[],
  fallbackHeadline = '',
): BuiltArticle {
  const headBlock = parts.headline >= 0 ? blocks[parts.headline] : undefined;
  const runInBlock = parts.runIn ? parts.body[0] : undefined;
  const headline = headBlock
    ? withoutTail(withoutLead(fromBlock(parts.headline, headBlock.text)))
    : runInBlock !== undefined
      ? withoutLead(runInHead(trim(slice(fromBlock(runInBlock, blocks[runInBlock]?.text ?? ''), 0, parts.runIn))))
      : { text: fallbackHeadline, spans: [] };
  // The subheadline is the deck (副题) under the headline; with no deck, the kicker (引题) above it. A kicker
  // over a headline that also has a deck is dropped: the contract has one subheadline, and the deck says more.
  const at = parts.head.indexOf(parts.headline);
  // (A picture's placeholder line in the group, "图片", is no deck: it names a picture, not the story.)
  const deck = at >= 0 ? parts.head.slice(at + 1).filter((h) => !isPlaceholder(blocks[h]?.text ?? '')) : [];
  const kicker = at >= 0 ? parts.head.slice(0, at) : parts.head;
  let sub: Mapped | null = null;
  for (const h of deck.length ? deck : kicker) {
    const b = blocks[h];
    if (h === parts.headline || !b) continue;
    sub = sub ? concat(sub, fromBlock(h, b.text), ' ') : fromBlock(h, b.text);
  }

  let dateline: Dateline | null = null;
  let byline: Byline | null = null;
  let continuedFrom: string | null = null;
  let continuesTo: string | null = null;
  let credited = false;
  const pieces: Piece[] = [];
  const captions: Mapped[] = [];
  const captionFragments: Mapped[] = [];
  let opened = false;
  /** A picture's caption was taken off since the last piece (see below). */
  let pictureAbove = false;
  let lastPieceBlock = -1;
  // An embedded post's credit line was set aside right above the next piece (quote-credits.ts).
  let afterPost = false;
  // Captions read off by their credits: still counted where the story's size decides it is a photo item.
  let creditedCaptions = 0;
  let creditedChars = 0;
  const leadRubrics: string[] = [];
  // The date on the publication line above the text ("2022-06-28 10:15:32 来源：湖南日报"), as the page prints it.
  let printed: string | null = null;
  for (const h of parts.head) printed ??= metaLineDate(blocks[h]?.text ?? '');
  // The last block of prose in the body (a sentence's length, closed by a stop): a section's name above it is a
  // rubric (lead-rubric.ts).
  let lastProse = -1;
  for (const i of parts.body) {
    const t = blocks[i]?.text ?? '';
    if (t.length >= PROSE_MIN && endsSentence(t)) lastProse = Math.max(lastProse, i);
  }

  for (let at = 0; at < parts.body.length; at++) {
    const i = parts.body[at] as number;
    const block = blocks[i];
    const info = infos[i];
    if (!block || !info) continue;
    if (!opened) printed ??= metaLineDate(block.text);
    if (info.byline) {
      byline = mergeBylines(byline, info.byline);
      // A credit line of its own under a caption ("本报记者 X 摄").
      if (info.byline.photographers.length && pieces.length) credited = true;
      continue;
    }
    if (info.markerOnly) {
      const to = continuesToAt(block.text);
      if (to) continuesTo = to.value;
      continue;
    }
    if (!opened && !pieces.length && (isLeadRubric(block.text) || isLeadSection(block.text, i < lastProse))) {
      leadRubrics.push(block.text.trim());
      continue;
    }
    let m = fromBlock(i, block.text);
    // A run-in head is the headline; the text after it is the story's own, read afresh.
    const cut = i === runInBlock ? (parts.runIn ?? 0) : 0;
    if (cut) m = trim(slice(m, cut));
    if (!opened) {
      // The story's opening: marker, dateline and bracketed byline, in that order. Without a marker the
      // text is the block's own, which classify has read already.
      const from = cut ? null : info.from;
      if (from) {
        continuedFrom = from.value;
        m = trim(slice(m, from.end));
      }
      const dl = (from || cut ? parseDateline(m.text) : info.dateline) ?? (!from && !cut && headBlock ? colonDateline(m.text, parts.body, blocks) : null);
      if (dl) {
        dateline = dl.dateline;
        m = trim(slice(m, dl.length));
      }
      // classify read the byline on the text after the dateline as it was cut; trimming changed nothing if
      // the length is the same.
      const asRead = !from && !cut && m.text.length === block.text.length - (dl?.length ?? 0);
      const bb = asRead ? info.opening : (parseBracketByline(m.text) ?? parseReportedByline(m.text));
      if (bb) {
        byline = mergeBylines(byline, bb.byline);
        m = trim(slice(m, bb.length));
      }
    }
    // The block's end: closing marks, continuation, wire credits, photo credit. While the text is still the
    // block's own, classify's reading of its tail holds.
    let pictured = false;
    for (let guard = 0; guard < 4; guard++) {
      const own = m.text === block.text;
      const end = own ? info.end : endMarkAt(m.text);
      if (end !== null) {
        m = trim(slice(m, 0, end));
        continue;
      }
      const to = own ? info.to : continuesToAt(m.text);
      if (to) {
        continuesTo = to.value;
        m = trim(slice(m, 0, to.start));
        continue;
      }
      const en = parseTrailingEnglishCredits(m.text);
      if (en) {
        byline = mergeBylines(byline, en.byline);
        m = trim(slice(m, 0, en.start));
        continue;
      }
      const agency = parseAgencyCredit(m.text);
      if (agency) {
        // "…（新华社）", "…(AP)": the item's source, as a dateline would give it; a handout picture is credited.
        if (agency.photo) credited = true;
        else dateline ??= { source: agency.source, place: agency.place ?? null, date: agency.date ?? null, kind: 'credit' };
        m = trim(slice(m, 0, agency.start));
        continue;
      }
      // "…获得感。(记者胡杰)": a brief signed by its reporters at its end.
      const signed = parseClosingSignature(m.text);
      if (signed) {
        byline = mergeBylines(byline, signed.byline);
        m = trim(slice(m, 0, signed.start));
        continue;
      }
      const credit = own && info.creditRead ? info.credit : parsePhotoCredit(m.text);
      if (credit) {
        byline = mergeBylines(byline, credit.byline);
        credited = true;
        m = trim(slice(m, 0, credit.start));
        pictured = true;
        continue;
      }
      break;
    }
    if (!m.text) continue;
    // A short line closed by its photographer's credit under the story's text ("…决赛现场。记者 张三摄") is a
    // picture's caption between paragraphs, no paragraph; one opening the story stays its text (a photo item). Under
    // a paragraph left open it stays a block of its own: taken off, it would let that paragraph run on into the next.
    // Nor is one over the block whose dateline opens the story's text: the dateline opens the text, so the credited
    // line above it is the lead picture's caption (issue 12 round 66).
    const above = pieces[pieces.length - 1];
    const overDateline = !above && !opened && !!infos[parts.body[at + 1] ?? -1]?.dateline;
    const creditedCaption = pictured && (above ? endsSentence(above.m.text) : overDateline) && m.text.length <= MAX_CREDITED_CAPTION;
    if (creditedCaption) {
      creditedCaptions++;
      creditedChars += m.text.length;
    }
    // A writer's bracketed name alone on its line under the text's last sentence signs the story (signature.ts).
    const signedBy = above && endsSentence(above.m.text) ? parseSignatureLine(m.text) : null;
    if (signedBy) {
      byline = mergeBylines(byline, signedBy);
      continue;
    }
    if (block.tag === 'figcaption' || info.caption || creditedCaption) {
      captions.push(m);
      pictureAbove = pieces.length > 0;
      continue;
    }
    // An embedded post's credit line under its words ("— Jane Doe (@jdoe) May 3, 2019") closes the quoted post: it
    // is run on to the post's words as its attribution, no paragraph of the story's own, and the post is done
    // (quote-credits.ts).
    if (above && isPostCredit(m.text)) {
      above.m = concat(above.m, m, ' ');
      afterPost = true;
      continue;
    }
    opened = true;
    lastPieceBlock = i;
    // The text under a picture taken off opens a paragraph of its own: a section head left unstopped over the
    // picture ("创新发展模式 释放资源优势" / "图为…车间内 王春晓摄" / "…公司坐落于…") does not run on into it.
    const fresh = block.indented || pictureAbove;
    pictureAbove = false;
    pieces.push({ m, title: info.title, tag: block.tag, ...(fresh ? { indented: true } : {}), ...(afterPost ? { afterPost: true } : {}) });
    afterPost = false;
  }

  // A caption under a figure in the middle of a written story is no paragraph of it; a picture with
  // nothing but its caption is a photo story, told by the caption.
  if (pieces.length) {
    captionFragments.push(...captions);
  } else {
    for (const c of captions) pieces.push({ m: c, title: false, tag: 'figcaption' });
  }
  const fixed = repair(pieces, continuedFrom !== null);
  fixed.fragments.push(...captionFragments);
  const last = fixed.paragraphs[fixed.paragraphs.length - 1];
  const bodyLength = fixed.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const lastPiece = pieces[pieces.length - 1];
  const truncated =
    !!last &&
    continuesTo === null &&
    !endsSentence(last.text) &&
    !endsSignedSentence(last.text) &&
    !endsContactNote(last.text) &&
    !(lastPiece && lastPiece.title && lastPiece.m === last && !isCutPageEnd(lastPieceBlock, blocks));
  return {
    article: {
      headline: headline.text,
      subheadline: sub ? sub.text : null,
      dateline,
      byline,
      // The publication line's date; what the page states in its meta data comes first (lib/meta/apply.ts).
      published: printed,
      paragraphs: fixed.paragraphs.map((p) => p.text),
      fragments: fixed.fragments.map((p) => p.text),
      continuedFrom,
      continuesTo,
      truncated,
      // A datelined story that carries a picture is still a written story.
      photo: credited && !dateline && fixed.paragraphs.length + creditedCaptions <= 2 && bodyLength + creditedChars < 800,
      headlineSource: headline.spans,
      paragraphSources: fixed.paragraphs.map((p) => p.spans),
    },
    rubrics: [...leadRubrics, ...fixed.rubrics],
  };
}

/** A colon dateline opening a headed story's first paragraph, unless other paragraphs open the same way (speakers). */
function colonDateline(text: string, body: readonly number[], blocks: readonly Block[]): ReturnType<typeof parseColonDateline> {
  const dl = parseColonDateline(text);
  if (!dl) return null;
  let labelled = 0;
  for (const k of body) if (opensWithCapitalLabel(blocks[k]?.text ?? '') && ++labelled > 1) return null;
  return dl;
}

/** The calendar date a publication line states ("2022-06-28 10:15:32 来源：…", "发布时间：2023年3月15日", "Published 15 Feb,
 * 2018 05:55am"), as ISO 8601. */
/** A date line set day first with dots ("27.11.2015 11:04"): the day, the month (the other way round when the
 * second number cannot be a month), the year. */
function dottedDate(text: string): string | null {
  const d = DOTTED_DATE_LINE.exec(text);
  if (!d) return null;
  let day = Number(d[1]);
  let month = Number(d[2]);
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${d[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function metaLineDate(text: string): string | null {
  if (!isMetaLine(text) && !isPublicationLine(text)) return null;
  const m = /(?:^|\D)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(text);
  if (!m) return dottedDate(text) ?? wordedDate(text);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
