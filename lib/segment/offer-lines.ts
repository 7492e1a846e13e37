// A magazine site's lines around its story, as a page text keeps them: a subscription offer ("Get Access to Print
// and Digital for $23.99 per year.", "Subscribe for Full Access", a bare "As low as $4.99 per Month.", a newsletter's
// "Get the latest … directly to your inbox."), a picture's
// bracketed placeholder with its alt text ("[Image: Babylonian lion, 1875]") and a reading tool's label on a line alone ("Adjust", "Text size"). The
// site's words, none of a story's: furniture, never a headline nor a paragraph. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';
import { ENGLISH_TOOL } from './tool-rows';

const MAX_OFFER = 100;
/** A line opening on an offer to subscribe or get access ("Get Access to …", "Subscribe for …", "Become a member"). */
const OFFER = /^(?:get (?:full |unlimited |digital |instant )?access\b|subscribe(?: now| today)?(?: for| to|$)|become a (?:member|subscriber)\b|already a (?:subscriber|member)\b)/i;
/** A price by the period ("$23.99 per year") or the words of access ("Full Access"): what makes the line an offer. */
const OFFER_TERMS = /[$£€]\s?\d|\b(?:per|a|\/)\s?(?:year|month|week)\b|\baccess\b|\bsubscri|\bmember/i;

/**
 * A price by the period and nothing more, perhaps led by "As low as" ("As low as $4.99 per Month.", "$1 a week"): a
 * subscription teaser the site sets over its page; a story's sentence that names a price says more than that.
 */
const PRICE_ONLY = /^(?:(?:as low as|starting at|starting from|from|only|just)\s+)?[$£€]\s?\d{1,4}(?:[.,]\d{2})?\s*(?:per|a|\/)\s*(?:year|month|week)[.!]?$/i;

/**
 * A metered paywall's counter and sign-up prompt ("You have /5 articles left.", "Sign up for a free account or log
 * in."), one or both on the line: the site's words about the reader's quota, no story's.
 */
const METER = /^(?:(?:you have\s+\S{0,6}\s*(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)(?:\s+this\s+month)?|sign up for a free account(?:\s+or\s+log\s*in)?)[.!]?\s*){1,2}$/i;

/**
 * A newsletter's sign-up prompt under its box's head ("Get the latest farm news and updates directly to your inbox.",
 * "Sign up to receive our stories in your inbox"): a bidding to get, receive or sign up, for what lands in the
 * reader's inbox, one sentence. A story's sentence about e-mail names whose inbox and what happened to it.
 */
const INBOX_OFFER = /^(?:get|receive|sign up|subscribe|join)\b[^.!?]{0,80}\b(?:to|in|into)\s+your\s+inbox[.!]?$/i;

/** Whether the line is a subscription offer (or a paywall's meter) and nothing more. */
export function isOfferLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_OFFER && ((OFFER.test(t) && OFFER_TERMS.test(t)) || METER.test(t) || PRICE_ONLY.test(t) || INBOX_OFFER.test(t));
}

const MAX_PLACEHOLDER = 120;
/**
 * "[Image: Babylonian lion, 1875]": a picture's placeholder the text keeps in square brackets. (A wire's round
 * bracketed "(Graphic: … - here)" is a link its story prints in the text: no placeholder.)
 */
const BRACKETED_ALT = /^\[(?:image|photo|picture)\s*[:：][^\]]{1,100}\]$/i;

/** A reading tool's label (text size, print, share: tool-rows.ts's list), a line this short. */
const MAX_TOOL = 12;

/** For markFurnitureLines (furniture-lines.ts). */
export const OFFER_LINE: FurnitureTest = { test: isOfferLine, maxLength: MAX_OFFER };
export const BRACKETED_PLACEHOLDER: FurnitureTest = { test: (t) => BRACKETED_ALT.test(t.trim()), maxLength: MAX_PLACEHOLDER };
export const TOOL_LABEL: FurnitureTest = { test: (t) => ENGLISH_TOOL.test(t.trim()), maxLength: MAX_TOOL };
