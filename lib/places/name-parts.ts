// English places that are only part of a longer name (read after the tagger, on its tokens; english.ts keeps the
// rules' own tests). A place word is none of its own when:
// - a capitalised word of the same name stands right before it (Cathay Pacific, New Belgium: an airline, a
//   brewery), unless that word is a sentence opener, a locative or a direction (In Germany, Northern Virginia),
//   or qualifies it (Former, Jewish, British-ruled), or is set in capitals (a headline: ROMANIA BEAT BULGARIA);
// - a word that names a thing made of or after it follows (Jerusalem stone, Havana Syndrome, Cathay Pacific
//   Airways): a material, a style, a company's, airline's, brewery's, school's or conference's word;
// - a connector of a Romance or Germanic name and a capitalised word follow (Conca dei Marini, Castel del Monte):
//   the town is the whole name, which the gazetteer lacks;
// - the rules read a longer gazetteer name from the same start (Las of Las Vegas-McCarran, where the tagger's
//   word is the hyphenated compound): the rules' name is taken instead (apply.ts).
import type { Tokens } from './model/en-features';

const TITLE = /^\p{Lu}\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
/** Capitalised words before a place that say nothing about a longer name: openers, locatives, directions. */
const FREE_BEFORE = new Set([
  'the', 'in', 'at', 'to', 'from', 'and', 'but', 'for', 'of', 'on', 'as', 'by', 'with', 'near', 'across', 'outside',
  'inside', 'when', 'while', 'if', 'after', 'before', 'since', 'like', 'both', 'or', 'unlike', 'throughout', 'around',
  'within', 'into', 'meanwhile', 'visit', 'visited', 'visiting', 'via', 'than', 'between', 'all', 'over', 'about',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'upper', 'lower', 'greater', 'inner', 'outer', 'downtown', 'upstate', 'rural', 'mainland',
  'metro', 'metropolitan', 'coastal', 'nearby', 'neighbouring', 'neighboring', 'where', 'why', 'how', 'what', 'who',
  'this', 'that', 'these', 'those', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'every', 'each',
  'some', 'many', 'most', 'not', 'no', 'yes', 'so', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'here', 'there',
  'also', 'only', 'even', 'just', 'still', 'yet', 'once', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'is', 'was', 'are', 'were', 'be', 'has', 'have', 'had', 'did', 'does', 'do', 'says', 'said', 'say', 'we', 'they',
  'he', 'she', 'it', 'i', 'you', 'welcome', 'dear', 'hello', 'goodbye', 'beyond', 'against', 'toward', 'towards',
  'during', 'under', 'above', 'below', 'behind', 'along', 'off', 'up', 'down', 'out', 'per', 'plus', 'versus', 'vs',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sept', 'oct', 'nov', 'dec',
  'jan', 'feb', 'mar', 'apr', 'aug', 'jun', 'jul', 'whole', 'entire', 'modern', 'ancient', 'colonial', 'imperial',
  'independent', 'postwar', 'wartime', 'neighbouring', 'democratic', 'communist', 'socialist', 'former', 'top',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last',
  'next', 'new-look', 'non', 'pro', 'anti', 'ex', 'rival', 'host', 'hosts', 'holders', 'champions', 'against',
]);
/**
 * Words before a place that qualify it rather than open a name: adverbs (Initially), nationalities and directions
 * (Jewish, German, Japanese, Southern), hyphenated adjectives (British-ruled, Kremlin-backed).
 */
const QUALIFIER = /(?:ly|ish|an|ese|ern|-\p{Ll}+)$/u;
/** Words after a place that make a thing of it: materials, styles, and the last words of companies' and schools' names. */
const THING_AFTER = new Set([
  'stone', 'marble', 'granite', 'style', 'styled', 'cuisine', 'syndrome', 'Syndrome', 'Airlines', 'Airways', 'Air',
  'Brewing', 'Brewery', 'Breweries', 'Conference', 'Patrol', 'Hospital', 'School', 'Middle', 'High', 'Elementary',
  'Inc', 'Corp', 'Corporation', 'Ltd', 'LLC', 'Co', 'Company', 'Group', 'Holdings', 'Partners', 'Records', 'Motors',
]);
/** Connectors inside Romance and Germanic place names (Conca dei Marini, Castel del Monte, Frankfurt am Main). */
const NAME_CONNECTORS = new Set(['di', 'dei', 'del', 'della', 'delle', 'degli', 'da', 'do', 'dos', 'das', 'du', 'des', 'am', 'an', 'im', 'ob', 'sur', 'sul', 'sulla']);

/** Whether tokens a and b touch across one space. */
function touching(text: string, t: Tokens, a: number, b: number): boolean {
  return t.starts[b]! === t.ends[a]! + 1 && text.charCodeAt(t.ends[a]!) === 0x20;
}

/**
 * Whether the place on tokens [a, b) of `text` is part of a longer name (above); `placed(k)` tells whether token k
 * lies in another place span (a place beside a place is a list or a "City, State" pair, no longer name).
 */
export function partOfLongerName(text: string, t: Tokens, a: number, b: number, placed: (k: number) => boolean): boolean {
  const n = t.words.length;
  if (a > 0 && touching(text, t, a - 1, a) && !placed(a - 1)) {
    const w = t.words[a - 1]!;
    if (TITLE.test(w) && !FREE_BEFORE.has(w.toLowerCase()) && !QUALIFIER.test(w) && TITLE.test(t.words[a]!)) return true;
  }
  if (b < n && touching(text, t, b - 1, b)) {
    const w = t.words[b]!;
    if (THING_AFTER.has(w)) return true;
    if (NAME_CONNECTORS.has(w) && b + 1 < n && touching(text, t, b, b + 1) && UPPER.test(t.words[b + 1]!)) return true;
  }
  return false;
}
