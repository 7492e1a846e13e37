// A notice the site shows about the reader's browser or the page's own loading, left as a line of its own in a page
// text (English plain-text round 11): "IE 11 is not supported. For an optimal experience visit our site on another
// browser.", "For optimal browsing, we recommend Chrome, Firefox or Safari browsers.", "Your browser does not
// support the video tag.", "Please enable JavaScript to view this page.", "An unknown error has occurred. Please
// click the button below to reload the page.", a player's state words run together ("LOADINGERROR LOADING"). It
// speaks to the reader about the software, never of the story: furniture (furniture-lines.ts), never the story's
// first or last paragraph. Each line is read by what it says alone: a browser named with a verb of support, advice on
// the browser to use, the page's JavaScript to enable, an error with a reload to try, or nothing but the words of a
// loading state. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_NOTICE = 200;
/** The browser, or a named one, not supported or to be changed ("IE 11 is not supported", "Your browser is out of date"). */
const BROWSER = String.raw`(?:(?:IE|Internet Explorer)\s*\d*|(?:your|this)\s+(?:web\s+)?browser)\s+(?:is\s+(?:not|no\s+longer)\s+supported|does\s+not\s+support|doesn[’']t\s+support|is\s+(?:out\s+of\s+date|outdated|not\s+compatible))`;
/** The page's scripts to turn on ("Please enable JavaScript", "JavaScript is disabled", "You need to enable JavaScript"). */
const SCRIPT = String.raw`(?:(?:please\s+)?(?:enable|turn\s+on)\s+JavaScript|JavaScript\s+is\s+(?:disabled|required|not\s+enabled)|(?:you\s+)?(?:need|must)\s+(?:to\s+)?enable\s+JavaScript)`;
/** An error with a reload or a retry to try ("An unknown error has occurred. Please … reload the page"). */
const ERROR = String.raw`(?:an?\s+(?:unknown\s+|unexpected\s+)?error\s+(?:has\s+)?occurred[.!]?.*\b(?:reload|refresh|try\s+again))`;
/** Advice on which browser to use ("For optimal browsing, we recommend Chrome, Firefox or Safari browsers."). */
const ADVICE = String.raw`(?:for\s+(?:an?\s+|the\s+)?(?:optimal|best|better)\s+(?:browsing|viewing|experience)\b.*\b(?:browsers?|Chrome|Firefox|Safari))`;
const NOTICE = new RegExp(String.raw`^(?:${BROWSER}|${SCRIPT}|${ERROR}|${ADVICE})\b`, 'iu');
/** Nothing but a player's or a list's state words, run together or spaced: "LOADING", "LOADINGERROR LOADING". */
const STATE_WORDS = /^(?:(?:LOADING|ERROR|RETRY|BUFFERING)\s*){1,4}$/u;

/** Whether the line is a notice about the reader's browser or the page's loading, and nothing of a story. */
export function isPageNotice(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_NOTICE) return false;
  return NOTICE.test(t) || STATE_WORDS.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const PAGE_NOTICE_LINE: FurnitureTest = { test: isPageNotice, maxLength: MAX_NOTICE };
