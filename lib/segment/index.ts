// The shared article segmenter: blocks (from a DOM or from plain text) -> stories with source maps.
import { markNumberLines } from './number-lines';
import { splitCutTitle } from './cut-title';
import { markCmsLines, splitToolTail, withSignedTitle } from './cms-lines';
import { splitMenuHead } from './menu-head';
import { markNamePosts, splitNamePostTail } from './name-posts';
import { splitOriginalTitle } from './original-title';
import type { Block, Segmentation } from '../types';
import { buildArticle, metaLineDate } from './article';
import { plan, singlePlan, type Plan } from './boundaries';
import { classify, markEchoedHeadlines, type BlockInfo } from './classify';
import { markBulletedHeadlines, markBulletedPoints } from './bullet-heads';
import { markBulletMenus } from './bullet-menus';
import { markNumberedHeadlines } from './numbered-heads';
import { markCapitalHeadlines } from './capital-heads';
import { markWrappedHeadlines } from './wrapped-heads';
import { markMetaLines } from './meta-lines';
import { markKeywordLines } from './keyword-lines';
import { markSpeakerTurns } from './speaker-turns';
import { stripCellRules } from './cell-marks';
import { markCaptionHeadlines } from './caption-heads';
import { mapBack, splitTailHeads, type Origin } from './tail-heads';
import { splitMetaTails } from './meta-tails';
import { stripSiteName } from './headline';
import { dropGalleryCopies } from './gallery-copies';
import { splitDatelineTitle } from './dateline-title';
import { splitCrumbTitle } from './crumb-title';
import { markLongHeadline } from './long-headline';
import { markSourceHead } from './source-head';
import { markAttributionLines } from './attribution-lines';
import { markSignatureLines } from './signature-lines';
import { markTickerLabels } from './ticker-labels';
import { markHeadlineEchoes } from './headline-echoes';
import { markRunOnLines } from './run-on-lines';
import { markNumberedSummaries } from './numbered-summaries';
import { markPortalLines } from './portal-lines';
import { withSummaryPage } from './summary-page';
import { markAccountLines } from './account-lines';
import { joinLeadNamedParts } from './lead-named-parts';
import { markHeadlineStacks, withStackHeads } from './headline-stack';
import { markMastheads } from './masthead';
import { markStoppedTitleHeads } from './stopped-heads';
import { markStoppedBarHeads } from './stopped-bar-heads';
import { markLinkBoxes } from './link-boxes';
import { markReadMoreLinks } from './read-more-links';
import { markVersionNotes } from './version-notes';
import { markPublicationLines } from './publication-lines';
import { splitBoldRunIns } from './bold-run-in';
import { joinStoppedDecks } from './stopped-deck';
import { markCodedEchoes } from './coded-echoes';
import { markHeadlineStrips } from './headline-strips';
import { markNumberedCaptions } from './numbered-captions';
import { markClassCaptions } from './class-captions';
import { markWireCaptions } from './wire-captions';
import { markRecordLines } from './record-lines';
import { markToolRows } from './tool-rows';
import { markLivePageLines, splitFieldTitle } from './live-pages';
import { isOneStoryOfPictures } from './credited-pictures';
import { markDoubledCaptions } from './doubled-captions';
import { splitGluedHeads } from './glued-heads';
import { splitNameRunIns } from './name-run-in';
import { splitSpacedHeads } from './spaced-heads';
import { markRoleWordTitles } from './role-word-titles';
import { splitCellRows } from './cell-rows';
import { withListedTitle } from './listed-title';
import { leavesHeadedLead } from './headed-lead';
import { withDeckedHead } from './decked-page';
import { withTitleRepeatingDeck } from './titled-deck';
import { withListedEcho } from './listed-echo';
import { markStampLines } from './stamp-lines';
import { markFramedLabels } from './framed-labels';
import { markRoleCredits } from './role-credits';
import { markPostedNames } from './posted-names';
import { markRoleBylines } from './role-bylines';
import { markTeaserNames } from './teaser-names';
import { markQuotedHeads } from './quoted-heads';
import { withCreditedTitle } from './credited-title';
import { markEditorNotes } from './editor-notes';
import { markListedHeads } from './listed-heads';
import { markLatinLines } from './latin-lines';
import { markPairedCaptions } from './paired-captions';
import { markClauseLines } from './clause-lines';
import { markSourcedBylines } from './sourced-bylines';
import { markBracketedCredits } from './bracketed-credits';
import { markPrefixedTitles } from './prefixed-title';
import { markLeadPictures } from './lead-pictures';
import { markLocatedLines } from './located-lines';
import { splitStarHeads } from './star-heads';
import { splitTitleLabel } from './title-label';
import { splitFieldRunTitle } from './field-run-title';
import { withPartTitle } from './part-title';
import { withoutIndexBoxes, withoutPageList } from './index-box';
import { withFirstTeaser } from './read-on-teasers';
import { withoutTrailingLabels } from './trailing-labels';
import { withCreditedOpening } from './credited-opening';
import { withLabelledBriefs } from './labelled-briefs';
import { withCutOpening } from './cut-opening';
import { withOpeningShortHead } from './short-head';
import { withHeadlineOverLabel } from './label-under';
import { withHeadlineOverColumnLabel } from './column-label-head';
import { withOpeningQuestion } from './opening-question';
import { markPublicationCaptions } from './publication-captions';
import { withFooterTitle } from './title-footer';
import { isPulledQuoteStory } from './pulled-quotes';
import { withDashedDeckHead } from './dashed-deck';
import { markCutTail } from './cut-tail';
import { withoutNumberedIndex } from './numbered-index';
import { withDateClosedSummaries } from './date-closed';
import { isTopicOverview } from './topic-heads';
import { markEchoedHeads } from './echoed-heads';
import { markNameCards } from './name-cards';
import { markLeadQuestions } from './lead-questions';
import { withListedParts } from './listed-parts';
import { withCountLeadIn } from './count-lead-in';
import { splitTabTitle } from './tab-title';
import { withParticleHead } from './particle-heads';
import { hasEchoedSubheads } from './echoed-subheads';
import { markNoticeLines } from './notice-lines';
import { withSpacedLabelItems } from './spaced-labels';
import { markScriptEchoes } from './script-echoes';
import { markScriptInserts } from './script-inserts';
import { withIntroHeadline } from './intro-headline';
import { withNotedHeadline } from './noted-headline';
import { withNameTitle } from './name-title';
import { markSpeakerCards } from './speaker-cards';
import { markCreditPairs } from './credit-pairs';
import { markQuestionRuns } from './question-runs';
import { markQuotedVoices } from './quoted-voices';
import { markNumberedParts } from './numbered-parts';
import { markFurnitureLines } from './furniture-lines';
import { FURNITURE_TESTS } from './furniture-tests';
import { markSectionNames } from './section-names';
import { markKeywordRuns } from './keyword-runs';
import { markStoppedTitle } from './stopped-title';
import { markDoubledTitle } from './doubled-title';
import { markSpacedCredits } from './spaced-credits';
import { markCaptionsUnder, markNamingCaptions, markListLeadIns } from './latin-heads';
import { markOpeningCredits } from './opening-credits';
import { markNamedEchoes } from './named-echoes';
import { markPaywallLines } from './paywall-lines';
import { splitCaptionTails } from './caption-tails';
import { markAppealLines } from './appeal-lines';
import { fullStoriesPlan } from './full-stories';
import { isHeadedPage } from './headed-page';
import { markQuestionTitle } from './question-title';
import { splitDatedTitle } from './dated-title';
import { splitTitledText } from './titled-text';
import { withSubjectTitle } from './subject-title';
import { markCreditCaptions } from './credit-captions';
import { markSaidCaptions } from './said-captions';
import { markCreditRuns } from './credit-runs';
import { markLabelledCreditCaptions } from './labelled-credit-captions';
import { isNamedSectionPage } from './named-sections';
import { withLoneNameByline } from './lone-name-bylines';
import { markLinkEchoes } from './link-echoes';
import { withDateOpenedSummaries } from './date-opened';
import { withFirstSectionHead } from './first-section-head';
import { markQuoteTails } from './quote-tails';
import { markColonPlaces } from './colon-places';
import { markSourceLinked } from './source-links';
import { isContinuedPage, isContinuedStory, joinedPlan } from './continued-sections';
import { isNumberedPoints } from './numbered-points';
import { isQuestionTurns } from './question-turns';
import { leadSectionsPlan } from './headless-lead';
import { markDataRows } from './data-rows';
import { markQuotedTitle } from './quoted-title';
import { markBoxLabels } from './box-labels';
import { withTitledItems } from './titled-items';
import { withNumberedEntries } from './numbered-entries';
import { markSlotHeads } from './slot-heads';
import { withCaptionedLead } from './caption-lead';

export interface SegmentOptions {
  /** The page title (document.title), used to tell the story's headline from the site name. */
  title?: string;
  lang?: string | null;
  /**
   * The page states that it holds one story (its structured data names one article; og:type "article"): the
   * reading of several stories stands only on strong evidence of its own, two stories or more that each carry a
   * dateline or an agency credit. Section headings, list items and teasers then stay inside the one story.
   */
  oneStory?: boolean;
  /**
   * The page heads its text with its title and states nothing more (PageMeta.titled): several stories stand when
   * two or more carry a dateline, or, besides the first (the page's own story, signed by the page's byline), a
   * byline or credit of their own or a captioned picture; a listicle's items, a diary's dated sections, a photo
   * story's numbered captions and one section opened by a dateline stay one story.
   */
  titled?: boolean;
}

/** Stories of their own by newspaper grammar: each opened by a dateline or closed by an agency credit. */
const OWN_DATELINES = 2;

export function segment(blocks: Block[], options: SegmentOptions = {}): Segmentation {
  // Layout taken off or split apart before the page is read, each step's source map composed with the last: table
  // cells' rules closing every line (" |", cell-marks.ts), headlines run onto the paragraph before them
  // (tail-heads.ts), the meta closing headline lines ("… 2024年03月13日|文:…", meta-tails.ts); the source maps
  // point at the given blocks. A gallery's copies of its captions are taken off first (gallery-copies.ts).
  // A headline given in the page's opening dateline line ("…电 题：标题", dateline-title.ts) names its one story.
  // A path opening the page's text that ends on the page's title ("当前位置: … > 标题") gives it a line (crumb-title.ts).
  // A title field's value is set apart from its bullet ("活動標題" / "- 标题", live-pages.ts).
  // A headline in bold run into its paragraph's text is split off as its own line (bold-run-in.ts).
  // A headline run into its datelined first paragraph after a run of spaces is split off (spaced-heads.ts).
  // A title line opened by its field's label ("标题:…") loses the label (title-label.ts).
  // Headlines closed by a run of stars lose the stars, and text run on after them gets a line (star-heads.ts).
  // A layout table's row kept as one line with its rules and empty cells is set out as its cells (cell-rows.ts).
  // A tab title ("标题_栏目_站名") printed run on before the headline's own line is taken off it (tab-title.ts).
  // A page opened by a 原标题 note straight over its text is headed by it (original-title.ts).
  // A writer's name and post run on after the headline on its line get a line of their own (name-posts.ts).
  // A bar-parted menu row run into the headline under it leaves the headline a line of its own (menu-head.ts).
  // A post header's title cut short, its full line printed below, is taken off (cut-title.ts).
  // A credited caption run on under a paragraph's last sentence gets a block of its own (caption-tails.ts).
  // A headline run into its text, the text naming the headline's subject again, gets a line of its own (name-run-in.ts).
  // A numeric date field run on before the headline on the page's first line gets a line of its own (dated-title.ts).
  let given = blocks;
  let origin: Origin[] | null = null;
  for (const split of [dropGalleryCopies, splitCellRows, stripCellRules, splitBoldRunIns, splitTailHeads, splitNameRunIns, splitMetaTails, splitDatelineTitle, splitCrumbTitle, splitFieldTitle, splitGluedHeads, splitSpacedHeads, splitStarHeads, splitTitleLabel, splitFieldRunTitle, splitTabTitle, splitOriginalTitle, splitNamePostTail, splitMenuHead, splitToolTail, splitCutTitle, splitCaptionTails, splitDatedTitle]) {
    const s = split(given);
    if (!s) continue;
    if ('oneStory' in s && s.oneStory) options = { ...options, oneStory: true };
    origin = s.origin.map((o) => (origin ? { block: origin[o.block]!.block, offset: origin[o.block]!.offset + o.offset } : o));
    given = s.blocks;
  }
  // A page text opened by its tab title ("标题 - 站名") over the headline's own print is a titled page (titled-text.ts).
  const titled = options.title === undefined && !options.titled ? splitTitledText(given) : null;
  if (titled) {
    options = { ...options, titled: true, title: titled.title };
    origin = titled.origin.map((o) => (origin ? { block: origin[o.block]!.block, offset: origin[o.block]!.offset + o.offset } : o));
    given = titled.blocks;
  }
  return origin ? mapBack(segmentBlocks(given, options), origin) : segmentBlocks(blocks, options);
}

function segmentBlocks(blocks: Block[], options: SegmentOptions): Segmentation {
  const infos = blocks.map(classify);
  markRoleWordTitles(blocks, infos);
  markEchoedHeadlines(blocks, infos);
  // A headline-like line printing an earlier one's words in the other script is a title picture's text (script-echoes.ts).
  markScriptEchoes(blocks, infos);
  // A short line in Simplified between a Traditional story's paragraphs is a copy host's link title (script-inserts.ts).
  markScriptInserts(blocks, infos);
  markCaptionHeadlines(blocks, infos);
  markBulletedHeadlines(blocks, infos);
  // A run of bulleted lines, one of them closed by a full stop, is a list of points: no headlines (bullet-heads.ts).
  markBulletedPoints(blocks, infos);
  // A run of many bulleted lines each a menu item's word or two ("• 时政", "• 更多>>") is a site's menu: furniture (bullet-menus.ts).
  markBulletMenus(blocks, infos);
  markNumberedHeadlines(blocks, infos);
  // A line that is an item's number alone, its numbers following one another, is a marker over the item's one-sentence
  // headline (number-lines.ts).
  markNumberLines(blocks, infos);
  markCapitalHeadlines(blocks, infos);
  markWrappedHeadlines(blocks, infos);
  markMetaLines(blocks, infos);
  markRoleCredits(blocks, infos);
  // A line of two role|names credits is the byline or furniture (credit-pairs.ts).
  markCreditPairs(blocks, infos);
  // A writers' credit with two-letter names spaced out ("□ 文 / 劉 江 涂重航") is the byline (spaced-credits.ts).
  markSpacedCredits(blocks, infos);
  // A run of two lines or more each a short role, a colon and names ("摄 像:张三 李四") is a team's credits:
  // furniture (credit-runs.ts).
  markCreditRuns(blocks, infos);
  // Lines that are furniture by what they say alone, the tests listed in furniture-tests.ts (furniture-lines.ts); a
  // "… News" section name under a title and over text (section-names.ts).
  markFurnitureLines(blocks, infos, FURNITURE_TESTS);
  markSectionNames(blocks, infos);
  // An English lead-in trailing off in an ellipsis over a list ("On the agenda…") is no title (latin-heads.ts).
  markListLeadIns(blocks, infos);
  // A few words in sentence case under an English title, none of them in the lead under it, are the picture's caption
  // ("Two hands joined", latin-heads.ts).
  markCaptionsUnder(blocks, infos);
  // A line naming the picture under a headline ("2012 photograph of Jane Doe", "Jane Doe 2012") is its caption (latin-heads.ts).
  markNamingCaptions(blocks, infos);
  // A short line closed by a bracketed "(name/图)" credit is a picture's caption (credit-captions.ts).
  markCreditCaptions(blocks, infos);
  // A short line opened by its pointer at the picture ("图为:…", "上图:…") is a picture's caption (said-captions.ts).
  markSaidCaptions(blocks, infos);
  // A short line closed by a labelled credit ("… Credit: Jane Doe / Getty Images") is a picture's caption
  // (labelled-credit-captions.ts).
  markLabelledCreditCaptions(blocks, infos);
  // A line of three questions or more run together is an introduction's text, no headline (question-runs.ts).
  markQuestionRuns(blocks, infos);
  // A comma-parted keyword strip opening the page is furniture (keyword-runs.ts); a one-sentence line closed by a stop
  // over the byline line is the headline (stopped-title.ts; after the role credits, which read the byline).
  // Under the publication line, before the first prose: a number alone is a view counter, an outlet-headed reporter's
  // line ("大象新闻记者 孙玥/文图") and a Han name alone over the prose are the byline (opening-credits.ts).
  markOpeningCredits(blocks, infos);
  // A paywall's "...本文未結束" line and the log-in prompts under it are furniture (paywall-lines.ts).
  markPaywallLines(blocks, infos);
  // A site's appeal for its readers' support set as a headline over its paragraphs is furniture (appeal-lines.ts).
  markAppealLines(blocks, infos);
  markKeywordRuns(blocks, infos);
  markStoppedTitle(blocks, infos);
  // An English headline closed by a stop, printed twice one print under the other at the page's head, is the headline (doubled-title.ts).
  markDoubledTitle(blocks, infos);
  // The page's first line one quoted sentence over its prose ("“This was an act of terror.”") is the headline (quoted-title.ts).
  markQuotedTitle(blocks, infos);
  markPostedNames(blocks, infos);
  // A name and a post in lower case on a line among the page's first lines is the byline (role-bylines.ts).
  markRoleBylines(blocks, infos);
  // A writer's name alone between a teaser's headline and its deck, three teasers or more so, is its byline (teaser-names.ts).
  markTeaserNames(blocks, infos);
  markNamePosts(blocks, infos);
  markCmsLines(blocks, infos);
  markQuotedHeads(blocks, infos);
  markEditorNotes(blocks, infos);
  markNameCards(blocks, infos);
  // A Han name on a line alone over a post line, inside the text, is a speaker's card: a caption (speaker-cards.ts).
  markSpeakerCards(blocks, infos);
  // A pull quote over an outlet-and-name line, inside the text, heads a voice's part: a caption (quoted-voices.ts).
  markQuotedVoices(blocks, infos);
  // An interview's zero-padded part head over a question turn is the text's, no headline (numbered-parts.ts).
  markNumberedParts(blocks, infos);
  markLatinLines(blocks, infos);
  markListedHeads(blocks, infos);
  markLocatedLines(blocks, infos);
  markStampLines(blocks, infos);
  markKeywordLines(blocks, infos);
  markHeadlineStrips(blocks, infos);
  markNumberedCaptions(blocks, infos);
  // A publication's title in 《》 and the part a picture shows ("《…》创刊号") alone between paragraphs is that
  // picture's caption (publication-captions.ts).
  markPublicationCaptions(blocks, infos);
  markClassCaptions(blocks, infos);
  // A wire photo's caption, dated and placed before semicolons and closed by its credit line, is the picture's
  // (wire-captions.ts).
  markWireCaptions(blocks, infos);
  markRecordLines(blocks, infos);
  markToolRows(blocks, infos);
  // A box of other stories under its label ("Most Popular", "Next Story") is furniture (box-labels.ts).
  markBoxLabels(blocks, infos);
  // A ticker's label over other stories' headlines above the story's own ("快訊") is furniture (ticker-labels.ts).
  markTickerLabels(blocks, infos);
  // A data table's row kept as a line ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%") is no headline (data-rows.ts).
  markDataRows(blocks, infos);
  markDoubledCaptions(blocks, infos);
  markPairedCaptions(blocks, infos);
  markSourcedBylines(blocks, infos);
  markBracketedCredits(blocks, infos);
  markPrefixedTitles(blocks, infos);
  markLeadPictures(blocks, infos);
  markClauseLines(blocks, infos);
  markLongHeadline(blocks, infos);
  // A long headline put as one question, opening the page over its date line, is the headline (question-title.ts).
  markQuestionTitle(blocks, infos);
  markSourceHead(blocks, infos);
  markPortalLines(blocks, infos);
  markAccountLines(blocks, infos);
  markFramedLabels(blocks, infos);
  markLivePageLines(blocks, infos);
  markAttributionLines(blocks, infos);
  // A name, a slash and the writer's town under the headline ("張勝雄／亞凱迪亞") is the byline (signature-lines.ts).
  markSignatureLines(blocks, infos);
  markHeadlineEchoes(blocks, infos);
  // An item's headline printed again under its text, closing the item, is its read-on link: furniture (link-echoes.ts).
  markLinkEchoes(blocks, infos);
  // The headline printed again inside the text with the writer's name, parted by a bar ("杜阳林 || 标题"): a title
  // picture's text, furniture (named-echoes.ts).
  markNamedEchoes(blocks, infos);
  markCodedEchoes(blocks, infos);
  markRunOnLines(blocks, infos);
  // A cut summary line between numbered heads n and n+1, where the others stand over one line of prose, is item n's text (numbered-summaries.ts).
  markNumberedSummaries(blocks, infos);
  markEchoedHeads(blocks, infos);
  markLeadQuestions(blocks, infos);
  markMastheads(blocks, infos);
  const stacks = markHeadlineStacks(blocks, infos);
  markStoppedTitleHeads(blocks, infos);
  // Han headlines of a label, a bar and a title closed by a stop, two or more over teasers (stopped-bar-heads.ts).
  markStoppedBarHeads(blocks, infos);
  markSpeakerTurns(blocks, infos);
  markPublicationLines(blocks, infos);
  markLinkBoxes(blocks, infos);
  // A "Read more:" label inside a story's text over another story's headline is a link, no headline (read-more-links.ts).
  markReadMoreLinks(blocks, infos);
  // A note that the page's text is a copy of a newsletter one may sign up for is furniture (version-notes.ts).
  markVersionNotes(blocks, infos);
  // A page cut inside its last item's first words: they are its text, not one more headline line (cut-tail.ts).
  markCutTail(blocks, infos);
  // A short unstopped line with a stop inside it, in the headline slot of a listing of headlines each over one
  // paragraph, is a headline (slot-heads.ts).
  markSlotHeads(blocks, infos);
  // An opening epigraph is furniture; a long unstopped line under a name on a page of name-headed notices is text (notice-lines.ts).
  markNoticeLines(blocks, infos);
  // A line closing a quotation it never opened ("…充電寶沒電……”") is a cut quotation's tail, no headline (quote-tails.ts).
  markQuoteTails(blocks, infos);
  // Paragraphs opened by a town and a colon ("Juneau: …") under a briefs column's name: one story each, the town its dateline (colon-places.ts).
  markColonPlaces(blocks, infos);
  // A line closed by its source's name in capitals and a link arrow ("… CNN BUSINESS >") is an item's text, no headline (source-links.ts).
  markSourceLinked(blocks, infos);
  const title = options.title?.trim() || undefined;
  // An e-paper title listed on one line over its kicker, headline and deck names its headline (listed-title.ts).
  // A one-story page's title line over its first part head ("一、…") is its headline (part-title.ts).
  // A story made of nothing but a box of marked headline lines is the page's index, rubrics (index-box.ts).
  // An e-paper's list of its pages' labels opening the first story is its index, rubrics (index-box.ts).
  // The first of a listing's teasers closed by read-on links, left above the first story, is a story (read-on-teasers.ts).
  // A bracketed section label left as the last paragraph of the story above a headline is a rubric (trailing-labels.ts).
  // Paragraphs above the first story closed by a bracketed source line ("（来源：…）") are a headless story (credited-opening.ts).
  // An item under a section label above the first of a digest's headless items is one more (labelled-briefs.ts).
  // A teaser cut with an ellipsis left above the first of a listing's cut-teaser stories is a story (cut-opening.ts).
  // A leading run of one-line numbered headless stories over headlined ones is the index (numbered-index.ts).
  // Summaries each closed by a labelled date line ("日期:2020-04-09") are headless stories (date-closed.ts).
  // Summaries each under bare date lines running back in time are headless stories, a label over them a rubric (date-opened.ts).
  // A news column under section labels spaced out letter by letter ("会 议") is one item a report (spaced-labels.ts).
  const planned = withSpacedLabelItems(withDateOpenedSummaries(withDateClosedSummaries(withoutNumberedIndex(withCutOpening(withLabelledBriefs(withCreditedOpening(withoutTrailingLabels(withFirstTeaser(withoutPageList(withoutIndexBoxes(withPartTitle(withListedTitle(joinStoppedDecks(joinLeadNamedParts(withStackHeads(plan(blocks, infos, title), stacks), blocks), blocks, infos), blocks), blocks, infos), blocks), infos), blocks), blocks, infos), blocks, infos), blocks, infos), blocks, infos), blocks), blocks), blocks), blocks, infos);
  // A headless one-story page's title line over a paragraph opened by the writer's credit heads it (credited-title.ts).
  // A headline listing its story's parts over a label naming one of them heads the one story (listed-parts.ts).
  // A headless one-story page's introduction closed by a lead-in counting the items, over a title line: the title
  // heads the first item, the introduction is furniture (count-lead-in.ts).
  // A headless one-story page's title line over a content system's author field and date line heads it (cms-lines.ts).
  // A headless one-story page's headline line over a dashed deck, under the introduction's prose, heads it (intro-headline.ts).
  // A headless one-story page's headline line over a name line, under an editor's note, heads it (noted-headline.ts).
  // A headless one-story page's bare name line over an outlet's bracketed date-time source line heads it (name-title.ts).
  // A headless one-story page's bare name line over a paragraph opening with the name as subject heads it (subject-title.ts).
  // A title line over a 'name:phrase' head of the form of heads inside the text heads the story, the head its text's (first-section-head.ts).
  // A column title printed again before each item's text, run in with its number: the items are headless stories (titled-items.ts).
  const pTitled = withTitledItems(withFirstSectionHead(withSubjectTitle(withNameTitle(withNotedHeadline(withIntroHeadline(withSignedTitle(withCountLeadIn(withListedParts(withCreditedTitle(planned, blocks, infos), blocks), blocks, infos), blocks, infos), blocks, infos), blocks, infos), blocks, infos), blocks), blocks, infos), blocks);
  // A short first line left above the story headed by the line under it, twice its length: the headline over its deck (short-head.ts).
  // A dashed deck ("——写在…") heading a story, the line over it left as a rubric: that line heads it (dashed-deck.ts).
  // A short Han label under the first headline, over its byline, sharing none of its words: a rubric (label-under.ts).
  // A column's bare name heading a lone story, the page's headline a caption and the page's tools above it: a rubric,
  // the headline heads the story (column-label-head.ts).
  // A one-story page closed by a footer naming its title and address ("标题:…" over "地址:http…"): the title printed
  // alone heads the story, the footer is furniture (title-footer.ts).
  // A page opening on a summary line ("摘要:…") that opens one of its paragraphs is that one article's page: later
  // heads over text opening on no dateline, byline or credit are its part heads (summary-page.ts).
  // A headed story holding only its pictures' captions and credits over the page's one headless datelined lead: the
  // dateline opens the headed story's text (caption-lead.ts).
  // A page opening on its headline over a dashed deck, only furniture and pictures between them and the lone story's
  // own head: the headline and deck head the one story, its own head lines its text (decked-page.ts).
  // A lone story headed by the page's first line, a dashed deck a few lines down printing that line again: the line
  // over the deck heads the story, the first line is the page's title, a rubric (titled-deck.ts).
  // A lone story headed by a headline-list entry set off by marks ("…~~~"), its words printed again bare a few
  // furniture lines down: that print heads the story, the list and navigation are rubrics (listed-echo.ts).
  // A short question alone on its line over the text ("端還好麼?") heading a story: the text's first line, under the
  // headline above it (opening-question.ts).
  const p = withOpeningQuestion(withListedEcho(withTitleRepeatingDeck(withDeckedHead(withCaptionedLead(withSummaryPage(withFooterTitle(withHeadlineOverColumnLabel(withHeadlineOverLabel(withDashedDeckHead(withOpeningShortHead(pTitled, blocks), blocks, infos), blocks, infos), blocks, infos), blocks), blocks, infos), blocks, infos), blocks, infos), blocks, infos), blocks, infos), blocks, infos);
  // A listing's entries each headed by the series' word and a number, the numbers running back ("episode 135",
  // "episode 134", …): one story each, whatever words they share with the page's title (numbered-entries.ts).
  const entries = withNumberedEntries(p, blocks, infos);
  if (entries !== p) return build(entries, blocks, infos, title);
  // A page text's headline over its lead, left above a lone story start as rubrics, heads the one story (headed-lead.ts).
  // A page text opening on its headline over its lead, no story of it carrying a dateline, byline or credit, its
  // further one-line heads over prose: one story, the heads its sections (headed-page.ts).
  // A title line straight over short topic heads, each over a summary of its own voice, is one overview (topic-heads.ts).
  // Heads over text whose first sentence's subject is a pronoun pointing back, no story carrying grammar of its own:
  // one story's sections (continued-sections.ts); heads over text opening on a word the page's headline prints, the
  // same (named-sections.ts).
  const chosen = title === undefined && (leavesHeadedLead(p, blocks, infos) || isTopicOverview(p, blocks, infos) || isHeadedPage(p, blocks, infos) || isContinuedPage(p, blocks, infos) || isNamedSectionPage(p, blocks, infos)) ? singlePlan(blocks, infos, title) : p;
  const seg = build(chosen, blocks, infos, title);
  // A later h1 with a date or by-line line and paragraphs of its own under it is a full story of its own, loaded
  // below the page's (full-stories.ts): it stands where the page would otherwise be read as one story.
  const full = () => fullStoriesPlan(blocks, infos, title);
  if (seg.articles.length < 2) {
    const f = full();
    return f ? build(f, blocks, infos, title) : seg;
  }
  // One headline over its text and its pictures, all credited to one photographer (credited-pictures.ts): one story.
  if (isOneStoryOfPictures(seg.articles)) return build(singlePlan(blocks, infos, title), blocks, infos, title);
  // Generic subheads whose words the text under each runs on into its sentence ("The second story" / "The second
  // story is about …"): one article's sections (echoed-subheads.ts).
  if (hasEchoedSubheads(seg.articles)) return build(singlePlan(blocks, infos, title), blocks, infos, title);
  // Later stories that carry nothing of their own under phrase heads, each going on with the text above (its words
  // and a continuation's opening): one story's sections (continued-sections.ts).
  // Numbered points of lists whose numbering starts again, keeping the words above: the first story's (numbered-points.ts).
  // An interview's questions over answers in the first person: the first story's turns (question-turns.ts).
  // Later stories headed by one quotation alone that their own text quotes again: the first story's parts (pulled-quotes.ts).
  if (isContinuedStory(seg.articles) || isNumberedPoints(seg.articles) || isQuestionTurns(seg.articles) || isPulledQuoteStory(seg.articles)) return build(chosen.articles.length === seg.articles.length ? joinedPlan(chosen) : singlePlan(blocks, infos, title), blocks, infos, title);
  // A headless lead's prose left above phrase-headed sections that keep its words: one story (headless-lead.ts).
  const leadSections = leadSectionsPlan(chosen, blocks, seg.articles);
  if (leadSections) return build(leadSections, blocks, infos, title);
  if (options.oneStory) {
    if (seg.articles.filter((a) => a.dateline).length >= OWN_DATELINES) return seg;
  } else if (!options.titled || seg.articles.filter((a, k) => a.dateline || (k > 0 && (a.byline || a.photo))).length >= OWN_DATELINES) return seg;
  return build(full() ?? singlePlan(blocks, infos, title), blocks, infos, title);
}

const MAX_DATE_ABOVE = 60;

/** The date of the first publication line above the story's first block, or null. */
function dateAbove(parts: Plan['articles'][number], blocks: Block[]): string | null {
  const top = Math.min(...parts.head, parts.headline >= 0 ? parts.headline : Infinity, parts.body[0] ?? Infinity);
  for (let k = 0; k < top && k < blocks.length; k++) {
    // (A date line is short: a caption opened by its day, "2025年1月11日,英国伦敦…", dates the picture, not the page.)
    const text = blocks[k]?.text ?? '';
    if (text.length > MAX_DATE_ABOVE) continue;
    const d = metaLineDate(text);
    if (d) return d;
  }
  return null;
}

function build(p: Plan, blocks: Block[], infos: BlockInfo[], title: string | undefined): Segmentation {
  const rubrics: string[] = p.rubricBlocks.map((k) => blocks[k]?.text ?? '').filter(Boolean);
  const articles = [];
  for (const parts of p.articles) {
    const fallback = p.articles.length === 1 && title ? stripSiteName(title) : '';
    const built = buildArticle(parts, blocks, infos, fallback);
    rubrics.push(...built.rubrics.filter((r) => !rubrics.includes(r)));
    // A headline line closing on the particle 的 runs on into the deck line under it (particle-heads.ts).
    let a = withParticleHead(built.article);
    // The writer's name alone under the headline, as its deck or first paragraph, is its byline (lone-name-bylines.ts).
    a = withLoneNameByline(a);
    // The page's one story is dated by a publication line set above its headline, where the page's own lines stand
    // ("Published 15 Feb, 2018 05:55am" over an AMP page's title): read once, over the blocks above the story alone.
    if (p.articles.length === 1 && !a.published) a = { ...a, published: dateAbove(parts, blocks) };
    // A headline with no text under it is no story (an empty page, a page of navigation): it stays a rubric.
    if (!a.paragraphs.length && !a.fragments.length) {
      for (const line of [a.headline, a.subheadline]) if (line && line !== fallback && !rubrics.includes(line)) rubrics.push(line);
      continue;
    }
    articles.push(a);
  }
  return { rubrics, articles };
}
