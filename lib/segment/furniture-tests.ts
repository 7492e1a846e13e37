// The tests of furniture-lines.ts, in the order they are tried: each line-level reading of page furniture by what a
// line says alone (a slash-framed label, a repost's permission line, a mirror's notice, an issue line, a template's
// residue, an offer, a placeholder, a tool label, a lead-in label, source, company, picture and source-and-date
// credits, an arrow link, a name printed twice, a share widget's line, a broadcast script's audio cue, a bracketed push or
// follow prompt, a filing label, a rating badge, a copyright notice, a picture's file name, a
// browser or loading notice, an advertising slot's label). Kept apart from the segmenter's wiring
// (index.ts) so that a new test is one line here.
import type { FurnitureTest } from './furniture-lines';
import { DOUBLED_NAME_LINE } from './doubled-names';
import { SLASH_LABEL } from './slash-labels';
import { REPRINT_LINE } from './reprint-lines';
import { MIRROR_NOTICE } from './mirror-notices';
import { SHARE_LABEL_LINE } from './share-lines';
import { ISSUE_LINE } from './issue-lines';
import { OFFER_LINE, BRACKETED_PLACEHOLDER, TOOL_LABEL } from './offer-lines';
import { SOURCE_CREDIT_LINE, COMPANY_CREDIT_LINE, PICTURE_LABEL_LINE, SOURCE_DATE_CREDIT_LINE } from './credit-lines';
import { ARROW_LINK_LINE } from './arrow-links';
import { TEMPLATE_LINE } from './template-lines';
import { LEAD_IN_LABEL } from './lead-in-labels';
import { CUE_LINE_TEST } from './cue-lines';
import { PUSH_PROMPT_LINE } from './push-prompts';
import { FILING_LABEL_LINE } from './filing-lines';
import { RATING_BADGE_LINE } from './rating-lines';
import { COPYRIGHT_NOTICE_LINE } from './copyright-lines';
import { FILE_NAME_LINE } from './file-name-lines';
import { PAGE_NOTICE_LINE } from './page-notices';
import { AD_LABEL_LINE } from './ad-labels';

export const FURNITURE_TESTS: readonly FurnitureTest[] = [
  SLASH_LABEL,
  REPRINT_LINE,
  MIRROR_NOTICE,
  ISSUE_LINE,
  TEMPLATE_LINE,
  OFFER_LINE,
  BRACKETED_PLACEHOLDER,
  TOOL_LABEL,
  LEAD_IN_LABEL,
  SOURCE_CREDIT_LINE,
  COMPANY_CREDIT_LINE,
  PICTURE_LABEL_LINE,
  SOURCE_DATE_CREDIT_LINE,
  ARROW_LINK_LINE,
  DOUBLED_NAME_LINE,
  SHARE_LABEL_LINE,
  CUE_LINE_TEST,
  PUSH_PROMPT_LINE,
  FILING_LABEL_LINE,
  RATING_BADGE_LINE,
  COPYRIGHT_NOTICE_LINE,
  FILE_NAME_LINE,
  PAGE_NOTICE_LINE,
  AD_LABEL_LINE,
];
