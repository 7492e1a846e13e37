// A round-up of local news that names each item's place in capitals inside its text ("An enterprising ALAMEDA
// COUNTY firefighter…", "• SONOMA COUNTY may launch…", "The LEE COUNTY Sheriff's Office…"): a county or state
// round-up's convention, which sets no headline, dateline or rule between its one-paragraph items. Where three whole
// paragraphs or more each name a different place so, and they are most of the page's paragraphs, each opens an item.
// A round-up whose items run to a few paragraphs each (the county's name in capitals in an item's first paragraph
// only, "The Lake County Board" in mixed case after it) is read so too where the page's first paragraph names its
// place so (a round-up opens with an item) and the named paragraphs are a quarter of the page's at least. A paragraph
// closed by its picture's credit ("… to operate the park. Photo credit: Oakland County Parks") is a whole one.
// One story's text names its places in mixed case, and an acronym it writes in capitals is one word ("NASA") or
// the same name again and again, never a new name in capitals in each paragraph. On page texts only; one pass over
// the blocks and one over the candidates.
import type { Block } from '../types';
import type { Candidate } from './starts';
import { endsSentence } from './sentence';
import { isPictureLabelLine } from './credit-lines';

/** A name in capitals of two words or more, one of them four letters or more ("LEE COUNTY", "SAN LUIS OBISPO COUNTY"). */
const CAPITALS_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[ -]\p{Lu}{2,})+(?![\p{L}\p{N}])/u;
const LONG_WORD = /\p{Lu}{4,}/u;
/** A whole paragraph, no caption or cue line. */
const MIN_PARAGRAPH = 80;
/** Named paragraphs that make a round-up. */
const MIN_ITEMS = 3;
/** What each such paragraph says for a start (a headline group of two lines or more says some 3). */
const PLACE_START = 3;
/** Paragraphs a round-up of items of several paragraphs may hold for each named one. */
const MAX_PARAGRAPHS_PER_ITEM = 4;

/** Where the text after a paragraph's last sentence stop begins (-1: none), read in one pass. */
function afterLastStop(t: string): number {
  let at = -1;
  for (let i = 0; i + 1 < t.length; i++) {
    const c = t[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < t.length && '"”’)'.includes(t[j]!)) j++;
    if (j < t.length && /\s/.test(t[j]!)) at = j + 1;
  }
  return at;
}

/** A whole paragraph: closed by a sentence, or by its picture's credit after its last sentence ("… Photo credit: …"). */
function wholeParagraph(t: string): boolean {
  if (endsSentence(t)) return true;
  const at = afterLastStop(t);
  return at > 0 && isPictureLabelLine(t.slice(at));
}

/** The first name in capitals of a paragraph written in mixed case, or null. */
function capitalsName(text: string): string | null {
  const m = CAPITALS_NAME.exec(text);
  if (!m || !LONG_WORD.test(m[0])) return null;
  // (A paragraph set in capitals throughout is a shouted line, a notice: no item of a round-up.)
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return lower * 2 > text.length ? m[0] : null;
}

export function withCapitalPlaceStarts(cands: Candidate[], blocks: readonly Block[], facts: { prose: Int32Array }, declared: boolean): Candidate[] {
  if (declared) return cands;
  const n = blocks.length;
  const named: number[] = [];
  const names = new Set<string>();
  let paragraphs = 0;
  let firstNamed = false;
  for (let k = 0; k < n; k++) {
    const t = blocks[k]?.text ?? '';
    if (!facts.prose[k] || t.length < MIN_PARAGRAPH || !wholeParagraph(t)) continue;
    paragraphs++;
    const name = capitalsName(t);
    if (!name) continue;
    if (paragraphs === 1) firstNamed = true;
    // (The same name again is one story's subject, not a new item's place.)
    if (names.has(name)) return cands;
    names.add(name);
    named.push(k);
  }
  if (named.length < MIN_ITEMS) return cands;
  if (named.length * 3 < paragraphs * 2 && !(firstNamed && named.length * MAX_PARAGRAPHS_PER_ITEM >= paragraphs)) return cands;
  // A start read on the paragraph itself (its run-in head in capitals, "RED CROSS BOOTH The Kings…") stands.
  const on = new Uint8Array(n);
  for (const c of cands) if (c.head === c.body) on[c.body] = 1;
  const at = new Uint8Array(n);
  const isNamed = new Uint8Array(n);
  for (const k of named) {
    isNamed[k] = 1;
    if (!on[k]) at[k] = 1;
  }
  // Else the named paragraph opens its item: a start read over it (a head above it) gives way to the item.
  const byHead: Candidate[][] = Array.from({ length: n }, () => []);
  for (const c of cands) if (!at[c.body]) byHead[c.head]!.push(c);
  for (const k of named) if (at[k]) byHead[k]!.push({ head: k, body: k, kind: 'item', score: PLACE_START, runIn: 0 });
  // A start read on a named paragraph by a weaker sign alone (its bullet, "► Clearing storm debris…") says as much
  // as the place does: the round-up's marked items are its items too, not the points of the item above them.
  return byHead.flat().map((c) => (c.head === c.body && isNamed[c.body] && c.kind === 'item' && c.score < PLACE_START ? { ...c, score: PLACE_START } : c));
}
