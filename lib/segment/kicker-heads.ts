// A briefs word in a kicker before a colon heads one item, not the column: "NBA roundup: Without starting guards,
// Grizzlies get by Lakers" is a wire summary item's headline, its sport's round-up named in the kicker, where
// "Sports Briefs", "News In Brief: March 5" or "每日快讯" name the column. The kicker is short, the headline after the
// colon is a phrase of several words with no briefs word and no date of its own (a column name dated after its colon
// stays the column's). One regular-expression pass over the line: linear in its length.
import { BRIEFS_HEAD } from './facts';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const LETTER = /\p{L}/u;

const KICKER = /^([^:：。.!?！？]{1,30})[:：]\s*(\S.*)$/u;
const DATE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;
/** Words in a Latin headline, or Han characters in a Chinese one, that make the part after the colon a headline. */
const MIN_WORDS = 4;
const MIN_HAN = 8;

/** The line is an item's headline behind a kicker naming a round-up or briefs ("NBA roundup: …"). */
export function isKickerHeadline(text: string): boolean {
  const m = KICKER.exec(text.trim());
  if (!m) return false;
  const [, kicker = '', rest = ''] = m;
  if (!BRIEFS_HEAD.test(kicker) || BRIEFS_HEAD.test(rest) || DATE.test(rest)) return false;
  const han = (rest.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= MIN_HAN || rest.split(/\s+/).filter((w) => LETTER.test(w)).length >= MIN_WORDS;
}

/** The line names a briefs column (its name holds a briefs word) and is no item's headline behind a kicker. */
export function namesBriefsColumn(text: string): boolean {
  return BRIEFS_HEAD.test(text) && !isKickerHeadline(text);
}
