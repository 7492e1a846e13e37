// The Chinese place matcher: one left-to-right pass over the text; at each position the trie yields every
// surface form starting there, and the longest one the resolver accepts becomes a span.
import { foldTraditional } from '../hant/fold';
import type { PlaceSpan } from '../types';
import type { PlaceContext } from './context';
import { datelinePlaceRange } from './dateline';
import { TrieTable, type Gazetteer, type SurfaceForm } from './gazetteer';
import { chooseEntry, type MatchSite } from './resolve';
import { NOT_WALKED, type FormWalks } from './walks';

const MAX_FORMS_PER_START = 16;


/**
 * Finds Chinese place spans (sorted, non-overlapping); `onEntry` hears the gazetteer entry of each. Traditional
 * text is matched through a length-preserving fold to Simplified (廣東省 → 广东省); spans carry the source's text.
 * `walks` (sized source.length), when given, gets the longest form found from each unit walked.
 */
export function findChinesePlaces(source: string, g: Gazetteer, ctx: PlaceContext, onEntry?: ((entry: number) => void) | null, walks?: FormWalks): PlaceSpan[] {
  const text = foldTraditional(source);
  if (walks) walks.folded = text;
  const spans: PlaceSpan[] = [];
  // The forms found at the current start (ends, trie nodes, forms), reused from start to start within this text.
  const ends = new Int32Array(MAX_FORMS_PER_START);
  const endNodes = new Int32Array(MAX_FORMS_PER_START);
  const found: SurfaceForm[][] = [];
  const dateline = datelinePlaceRange(text);
  const trie = g.trie;
  const table = g.forms;
  const site: MatchSite = { text, start: 0, end: 0, prev: null, prevEntry: -1, dateline: false, node: 0, lastPort: -2, traditional: ctx.traditional === true || text !== source };
  // The entry the last span was resolved to (what prevIsAncestor compares with).
  let lastEntry = -1;
  let pos = 0;
  const root = trie.root;
  const walked = walks ? walks.at : null;
  for (let i = 0; i < text.length; i++) {
    // Only CJK characters start Chinese names; skip everything else without touching the trie.
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (i < pos) {
      if (walked !== null) walked[i] = NOT_WALKED;
      continue;
    }
    // The trie walk (walkTrie) inlined: it runs at nearly every CJK character. Names have two characters at
    // least, so the root's child only leads on.
    let node = root[c * 2]!;
    if (node < 0 || i + 1 >= text.length || (root[c * 2 + 1]! & TrieTable.secondBit(text.charCodeAt(i + 1))) === 0) continue;
    let count = 0;
    let longest = 0;
    let longestNode = 0;
    for (let j = i + 1; j < text.length; j++) {
      // The step's low bit says whether a form ends at the child (TrieTable.step).
      const word = trie.step(node, text.charCodeAt(j));
      if (word < 0) break;
      node = word >> 1;
      if ((word & 1) === 1) {
        longest = j + 1;
        longestNode = node;
        if (count < MAX_FORMS_PER_START) {
          ends[count] = j + 1;
          endNodes[count] = node;
          found[count] = table.at(node)!;
          count++;
        }
      }
    }
    if (walks && longest > 0) walks.note(i, longest - i, longestNode);
    if (count === 0) continue;
    const prev = spans.length > 0 ? spans[spans.length - 1]! : null;
    site.start = i;
    site.prev = prev && prev.end === i ? prev : null;
    site.prevEntry = site.prev ? lastEntry : -1;
    for (let k = count - 1; k >= 0; k--) {
      site.end = ends[k]!;
      site.node = endNodes[k]!;
      site.dateline = dateline !== null && dateline[0] === i && dateline[1] === site.end;
      const chosen = chooseEntry(g, site, found[k]!, ctx);
      if (chosen) {
        spans.push({ text: source.slice(i, site.end), name: chosen.name, level: chosen.level, code: chosen.code, start: i, end: site.end });
        lastEntry = chosen.entry;
        pos = site.end;
        if (onEntry && chosen.entry >= 0) onEntry(chosen.entry);
        break;
      }
    }
  }
  return spans;
}

/** Entries of the Chinese surface form spelling exactly text[start, end), or null when the gazetteer has none. */
export function entriesSpelling(g: Gazetteer, text: string, start = 0, end = text.length): number[] | null {
  let node = 0;
  for (let j = start; j < end; j++) {
    const w = g.trie.step(node, text.charCodeAt(j));
    if (w < 0) return null;
    node = w >> 1;
  }
  const forms = g.forms.at(node);
  return forms && forms.length > 0 ? forms.map((f) => f.entry) : null;
}
