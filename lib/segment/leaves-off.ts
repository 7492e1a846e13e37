// How the block before a candidate start leaves off (a closed item, furniture, a rule line, a standfirst say "a new
// story here"; a clause running on says "no"), and whether a headline turns the page to another topic: two of the
// signals starts.ts weighs.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { parseDateline } from './dateline';
import { endsInReadOn, isRoundupIntro, type PageFacts } from './facts';
import { isSectionOverview } from './overview';
import { sharedWords } from './overlap';
import { RULE_LINE } from './ruled-items';
import { isAdLabel } from './ad-labels';
import { endsMidClause, endsSentence } from './sentence';
import { lastNonSpace } from './tail';


/** How the block before a start leaves off: a closed item or furniture says "a new story here", a comma says "no". */
export function leavesOff(i: number, blocks: Block[], facts: PageFacts, infos: readonly BlockInfo[]): number {
  // An advertising slot's label ("Advertisement", ad-labels.ts) set between paragraphs stands where an advertisement
  // broke the text: it leaves off nothing, and the paragraph above it says how the text leaves off, even where the
  // page repeats the label. (Over the page's first text, under its menus, the labels stay what they were.)
  let p = i - 1;
  let q = p;
  while (q >= 0 && isAdLabel(blocks[q]?.text ?? '')) q--;
  if (q >= 0 && q < p && facts.prose[q]) p = q;
  if (p < 0) return 0.5;
  // A separator the page repeats, or a rule of underscores or dashes ("___", the wire's line between its items).
  if (facts.separator[p] || RULE_LINE.test(blocks[p]?.text ?? '')) return 2;
  // Furniture, or a section label ("國外新聞", "World") over the headline: a section of the page starts here.
  if (facts.furniture[p] || (facts.label[p] && !facts.label[i])) return 1;
  // A teaser's read-on link ("…Continue reading “title”", "(看完整報導") says the item ends here as a rule line does.
  if (facts.closes[p]) return endsInReadOn(blocks[p]?.text ?? '') ? 2 : 1;
  const t = blocks[p]?.text ?? '';
  // A short line ending in a colon heads what follows ("国际新闻早报:", "新华社北京3月22日电国际新闻早报:");
  // a clause ending in one ("…他说：") runs on into it.
  // (Only a text ending in a colon can: the dateline is read off it only then.)
  const last = lastNonSpace(t);
  if (last === ':' || last === '：') {
    const rest = t.slice(parseDateline(t)?.length ?? 0);
    if (rest.length <= 16 && /[:：]\s*$/.test(rest) && !/[,，、。]/.test(rest)) return 0;
  }
  // A round-up's standfirst ("…你需知道以下五宗国际新闻:", "Here are…") introduces the items under it.
  if (facts.prose[p] && isRoundupIntro(t)) return 1;
  // So does a section's overview under its label, and the first headline under it heads the section's first item.
  if (isSectionOverview(p, blocks, infos)) return 2;
  if (endsMidClause(t)) return -2;
  return endsSentence(t) ? 0.5 : 0;
}

/** How much more of the headline's words the text under it holds than the text above it. */
const TURN = 0.2;
/** How much text on either side the headline is compared with. */
const OWN_CHARS = 300;
const PREV_CHARS = 600;
const MIN_PREV = 100;

/** The headline of `c` shares its words with the text under it, not with the text above it (overlap.ts). */
export function turnsTopic(c: { head: number; body: number }, blocks: Block[], facts: PageFacts): boolean {
  const line = blocks[c.body - 1]?.text ?? '';
  let own = '';
  for (let k = c.body; k < blocks.length && own.length < OWN_CHARS; k++) if (facts.prose[k]) own += blocks[k]?.text ?? '';
  let prev = '';
  for (let k = c.head - 1; k >= 0 && prev.length < PREV_CHARS; k--) if (facts.prose[k]) prev = (blocks[k]?.text ?? '') + prev;
  // (Only a story above can be turned from: the page's first headline has none.)
  if (prev.length < MIN_PREV) return false;
  const mine = sharedWords(line, own);
  return mine >= TURN && mine - sharedWords(line, prev) >= TURN;
}

