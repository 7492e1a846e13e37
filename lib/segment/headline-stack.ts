// The headline stack of the older papers' front pages, as their OCR text gives it: a headline in capitals, then
// decks in title case and banks in capitals, alternating ("AMUNDSEN WILL RENEW ATTEMPT…" / "Is Dissatisfied With
// the Results Attained…" / "WILL PROFIT BY RECENT ATTEMPT" / "Explorer Says the Experience…"), sometimes a wire
// credit line ("(By Leased Wire to The Times.)"), over the story's text. Every line of the stack heads the one
// story: a deck, a sentence in title case, is no paragraph of it and no lead of a story of its own, so the
// stack's lines are all marked headline-like and the story starts under the whole group.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { Plan } from './boundaries';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const LETTER = /\p{L}/u;

const MAX_STACK = 6;
const MAX_DECK = 400;
/** A wire's or correspondent's credit line under the stack: short, no sentence of its own. */
const MAX_CREDIT = 40;

function words(t: string): string[] {
  return t.split(/\s+/).filter((w) => LETTER.test(w));
}

/** Whether `t` holds at least `min` capitals A–Z. */
function hasCapitals(t: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < t.length && n < min; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n >= min;
}

/** A line in capitals: two words or more, nearly every letter a capital, no sentence run on past it. */
export function capitalsLine(t: string): boolean {
  // (Eight letters or more, 85% of them capitals: seven capitals at least. A line with fewer, as any Han line, and a
  // line running one sentence on into another are told without splitting their words.)
  if (!hasCapitals(t, 7) || /[.!?]\s+\S/.test(t)) return false;
  const w = words(t);
  if (w.length < 2 || w.length > 14) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length >= 0.85 && !/[.!?]\s+\S/.test(t);
}

/** A deck: a phrase or sentence whose longer words are nearly all capitalised. */
export function deckLine(t: string): boolean {
  if (t.length > MAX_DECK || capitalsLine(t)) return false;
  const long = words(t).filter((w) => w.replace(/[^A-Za-z]/g, '').length >= 4);
  if (long.length < 4) return false;
  const capital = long.filter((w) => /^[^A-Za-z]*[A-Z]/.test(w)).length;
  return capital / long.length >= 0.8;
}

/** A subhead set off by a star or a bullet. */
const SUBHEAD_STAR = /^\s*[*•■]\s*\S/;

function startsStack(k: number, blocks: Block[], infos: BlockInfo[]): boolean {
  return capitalsLine(blocks[k]?.text ?? '') && !infos[k]?.dateline && deckLine(blocks[k + 1]?.text ?? '');
}

/** A stack found on the page: its headline line and the first line of its story's text. */
export interface Stack {
  top: number;
  body: number;
}

export function markHeadlineStacks(blocks: Block[], infos: BlockInfo[]): Stack[] {
  const stacks: Stack[] = [];
  const n = blocks.length;
  for (let i = 0; i < n; i++) {
    const top = blocks[i]?.text ?? '';
    const info = infos[i] as BlockInfo;
    // (A speaker's name over the words spoken, "LINDA WERTHEIMER, HOST:", heads no story.)
    if (info.dateline || info.byline || info.markerOnly || /:\s*$/.test(top) || !capitalsLine(top)) continue;
    let j = i + 1;
    let decks = 0;
    while (j < n && j - i <= MAX_STACK) {
      const t = blocks[j]?.text ?? '';
      const o = infos[j] as BlockInfo;
      if (o.dateline || o.byline || o.markerOnly) break;
      // (A deck the OCR broke into pieces, "Re sults Attained, Says Co . penhagen Paper", is told by its place: right
      // under the headline, over a bank in capitals and that bank's deck.)
      const between = j === i + 1 && t.length <= MAX_DECK && capitalsLine(blocks[j + 1]?.text ?? '') && deckLine(blocks[j + 2]?.text ?? '');
      if (deckLine(t) || between) decks++;
      else if (!capitalsLine(t)) break;
      j++;
    }
    // At least one deck right under the headline, and the story's text below the stack.
    if (!decks || !(deckLine(blocks[i + 1]?.text ?? '') || (capitalsLine(blocks[i + 2]?.text ?? '') && j > i + 3)) || j >= n) continue;
    let body = j;
    // (A credit line between the stack and a datelined lead is the stack's too.)
    const credit = blocks[j]?.text ?? '';
    if (credit.length <= MAX_CREDIT && !infos[j]?.dateline && infos[j + 1]?.dateline) body = j + 1;
    if ((blocks[body]?.text.length ?? 0) < 80 && !infos[body]?.dateline) continue;
    for (let k = i; k < body; k++) infos[k] = { ...(infos[k] as BlockInfo), title: true };
    stacks.push({ top: i, body });
    // A starred subhead in the text under the stack ("* Aviators Can't Take Risks") is a section of the story, up to
    // the next stack: its words stay the story's.
    for (let k = body + 1; k + 1 < n && !startsStack(k, blocks, infos); k++) {
      if (SUBHEAD_STAR.test(blocks[k]?.text ?? '') && infos[k]?.title && !infos[k + 1]?.title && !infos[k + 1]?.dateline) infos[k] = { ...(infos[k] as BlockInfo), title: false };
    }
    i = body - 1;
  }
  return stacks;
}

/**
 * The story a reading starts under a stack takes the whole stack as its headline group, with the line in capitals
 * at its top as the headline (a reading keeps the last few lines over the text, where a deck would be taken).
 */
export function withStackHeads(p: Plan, stacks: readonly Stack[]): Plan {
  if (!stacks.length) return p;
  let rubricBlocks = p.rubricBlocks;
  const articles = p.articles.map((a) => {
    const s = stacks.find((st) => a.head.length > 0 && a.head.every((k) => k >= st.top && k < st.body) && a.body.includes(st.body));
    if (!s) return a;
    const head: number[] = [];
    for (let k = s.top; k < s.body; k++) head.push(k);
    rubricBlocks = rubricBlocks.filter((k) => k < s.top || k >= s.body);
    return { ...a, head, headline: s.top, body: a.body.filter((k) => k >= s.body || k < s.top) };
  });
  return { ...p, articles, rubricBlocks };
}
