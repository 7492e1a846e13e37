// The currency a bare 元 stands for. Taiwan's papers count in 新臺幣, Hong Kong's in 港元 and Macau's in 澳門元, and
// all of them write the unit as a bare 元 (2.8兆元, 28.4元) once the story has named it, or without ever naming it:
// the reader knows whose dollar it is from where the story is. This decides it the same way, from a story's texts
// and the codes of its places; null keeps 元 as the mainland's yuan (CNY).

/** The local currencies, as the fold writes them (Traditional text is folded to Simplified before matching). */
const NAMED: Array<[RegExp, string]> = [
  [/新?[臺台][幣币]/, 'TWD'],
  [/港[元幣币]/, 'HKD'],
  [/澳[門门][元幣币]/, 'MOP'],
];
/** A story that names the yuan too (兌人民幣, 人民币计价) leaves a bare 元 to the mainland reading. */
const YUAN_NAMED = /人民[幣币]|RMB|CNY/;
/** A Traditional character among the common ones of news text: the story is written in Traditional script. */
const TRADITIONAL = /[們個這為與來說時會後對於過還當點開國區縣鄉鎮臺灣門數億萬資經業實價產員將從發現動關應務]/;
/** 1 at the units TRADITIONAL matches: the gate of storyCurrency reads a table instead of running the class. */
const TRADITIONAL_UNIT = new Uint8Array(0x10000);
for (const c of TRADITIONAL.source.slice(1, -1)) TRADITIONAL_UNIT[c.charCodeAt(0)] = 1;

/** TRADITIONAL.test(text), by the table. */
function hasTraditionalUnit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_UNIT[text.charCodeAt(i)] === 1) return true;
  return false;
}
/** Division codes by their first two digits: Taiwan 71, Hong Kong 81, Macau 82 (GB/T 2260 style). */
const REGION_OF: Record<string, string> = { '71': 'TWD', '81': 'HKD', '82': 'MOP' };

/**
 * The one local currency a text in Traditional script names (新臺幣, 港元, 澳門元) when it names no yuan, else null.
 * Simplified text is left to the yuan: mainland papers name 港元 beside a bare 元 that is the yuan (港股成交额800亿港元，
 * A股成交额9000亿元).
 */
export function namedLocalCurrency(text: string): string | null {
  // 新臺幣, 台幣, 港幣, 澳門幣 have 幣; 港元 and 澳門元 their own pair (most text has none of them)
  if (!text.includes('幣') && !text.includes('港元') && !text.includes('門元')) return null;
  if (!TRADITIONAL.test(text)) return null;
  let found: string | null = null;
  for (const [re, code] of NAMED) {
    if (!re.test(text)) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found === null || YUAN_NAMED.test(text) ? null : found;
}

/**
 * The currency of a bare 元 in a story: the one local currency its texts name (and no yuan), else, for a story
 * written in Traditional script, the one of Taiwan, Hong Kong or Macau where all its Chinese places lie
 * (a mainland place among them, or none at all, leaves it null: the yuan).
 */
export function storyCurrency(texts: readonly string[], placeCodes: Iterable<string | null>): string | null {
  // TRADITIONAL matches one character, so it matches the joined texts exactly when it matches one of them: most
  // stories (Simplified or English) are let go without a copy of their texts, and placeCodes, which may be lazy,
  // is not read.
  if (!texts.some(hasTraditionalUnit)) return null;
  const joined = texts.join('\n');
  const named = namedLocalCurrency(joined);
  if (named !== null || YUAN_NAMED.test(joined)) return named;
  let found: string | null = null;
  for (const code of placeCodes) {
    if (code === null || !/^[1-8][0-9]{5}/.test(code)) continue; // countries and places abroad say nothing
    const region = REGION_OF[code.slice(0, 2)] ?? 'CNY';
    if (region === 'CNY' || (found !== null && found !== region)) return null;
    found = region;
  }
  return found;
}
