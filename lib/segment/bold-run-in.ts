// A headline set in bold at the head of its story's first paragraph, the text run on after it in the same
// paragraph ("<p><strong>瘋狂別車還往人家擋風玻璃上潑奶茶…</strong> 9月21日，一輛轎車…</p>"), as digests and 快讯 lists
// print their items: the bold run is split off as a line of its own, a headline over the paragraph's text. A bold
// run that is a sentence (closed by a stop), a label closed by a colon ("Note:", "記者："), a name or a few
// characters is the paragraph's own emphasis or lead-in and stays.
import type { Block } from '../types';
import type { Origin } from './tail-heads';
import { cjkCount } from './sentence';
/** (Made once: a literal made of a property escape alone is rebuilt on every call in the bundles.) */
const LOWER_CHAR = /\p{Ll}/u;
const PUNCT_CHAR = /\p{P}/u;

const MIN_HEAD_CJK = 8;
const MAX_HEAD_CJK = 60;
const MIN_HEAD_WORDS = 4;
const MAX_HEAD_WORDS = 20;
/** The text run on after the head: a paragraph's worth. */
const MIN_REST = 40;
/** A head closed by a sentence's stop or a colon is the paragraph's own emphasis or a lead-in label. */
const CLOSED = /[.。!?！？:：;；,，、]$/;
const OPENING_QUOTE = /[“‘"'「『《【]/u;

function headAt(b: Block): number {
  const lead = b.leadEmphasis ?? 0;
  if (lead <= 0 || b.headingLevel !== null || b.emphasis) return 0;
  const head = b.text.slice(0, lead).trim();
  const rest = b.text.slice(lead);
  const at = lead + (rest.length - rest.trimStart().length);
  if (b.text.length - at < MIN_REST || CLOSED.test(head)) return 0;
  // The text after a headline opens a sentence of its own: a bold run that a comma, a bracket or another mark goes
  // on from is part of its sentence ("<b>As of 29 November 2018</b>, thirty artworks…", "<b>Ivana Jelić</b> (Serbia)
  // found…"); an opening quote may start the text.
  // (A lower-case word goes on a sentence too: "<b>Star Wars Jedi: Fallen Order</b> is a game…", and a bold first
  // letter or word part is a drop cap.)
  const next = b.text.charAt(at);
  if ((PUNCT_CHAR.test(next) && !OPENING_QUOTE.test(next)) || LOWER_CHAR.test(next)) return 0;
  if (/[\p{L}\d]$/u.test(head) && /^[\p{Ll}\d]/u.test(rest)) return 0;
  const cjk = cjkCount(head);
  if (cjk >= MIN_HEAD_CJK) return cjk <= MAX_HEAD_CJK ? at : 0;
  const words = head.split(/\s+/).length;
  return cjk === 0 && words >= MIN_HEAD_WORDS && words <= MAX_HEAD_WORDS ? at : 0;
}

/** The blocks with each bold run-in headline split off its paragraph, and where each comes from; null when none. */
export function splitBoldRunIns(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const cuts = blocks.map(headAt);
  if (!cuts.some((c) => c > 0)) return null;
  const out: Block[] = [];
  const origin: Origin[] = [];
  blocks.forEach((b, i) => {
    const at = cuts[i] ?? 0;
    const { leadEmphasis: _lead, ...plain } = b;
    if (!at) {
      out.push(b);
      origin.push({ block: i, offset: 0 });
      return;
    }
    out.push({ ...plain, text: b.text.slice(0, at).trimEnd(), emphasis: true }, { ...plain, text: b.text.slice(at) });
    origin.push({ block: i, offset: 0 }, { block: i, offset: at });
  });
  return { blocks: out, origin };
}
