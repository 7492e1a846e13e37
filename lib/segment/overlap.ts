// Lexical overlap between a headline-like line and a text: a headline is made of the words of the story it heads
// (its lead tells what it names), and shares few with the story before it. Chinese is compared by character
// pairs (no word segmentation needed), other scripts by words of four letters or more that are no function words.

/** Words too common to say what a line is about. */
const COMMON = new Set(['with', 'from', 'that', 'this', 'have', 'been', 'were', 'says', 'said', 'will', 'into', 'over', 'after', 'their', 'about', 'what', 'more']);

/** The share of a line's words found in a text: Chinese character pairs, or words of four letters or more. */
export function sharedWords(line: string, text: string): number {
  const t = line.normalize('NFKC');
  const units: string[] = [];
  const cjk = t.replace(/[^\u3400-\u9fff\uf900-\ufaff]+/g, ' ').split(' ');
  for (const run of cjk) for (let i = 0; i + 1 < run.length; i++) units.push(run.slice(i, i + 2));
  if (!units.length) for (const w of t.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!COMMON.has(w)) units.push(w);
  if (!units.length) return 0;
  const hay = text.normalize('NFKC').toLowerCase();
  return units.filter((u) => hay.includes(u)).length / units.length;
}
