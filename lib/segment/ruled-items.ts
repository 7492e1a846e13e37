// Items ruled off: a radio script or a column sets a rule line ("----------", "___") between its headless items. A
// whole paragraph right under a rule line, where the page rules off two paragraphs or more so, is the next item,
// however it opens ("and... The Grand Hyatt…", a presenter's segue). A wire digest's slug in capitals before a dash
// ("RUSSIA-UKRAINE-WAR — …") heads its item by itself and is left to that reading.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import type { PageFacts } from './facts';

/** A line of rule characters only: "___", "-----", "————". */
export const RULE_LINE = /^\s*(?:_{3,}|-{3,}|—{3,}|－{3,})\s*$/;
/** A paragraph, a whole one, not a cue line ("News Intro I'm … w/ the top of the hour news"). */
const MIN_RULED = 80;
const CAPS_SLUG = /^\s*[A-Z0-9][^a-z]{1,60}?\s+(?:[—–]|--?)\s/;
const MIN_ITEMS = 2;

function isRuled(k: number, blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): boolean {
  const text = blocks[k]?.text ?? '';
  return k > 0 && RULE_LINE.test(blocks[k - 1]?.text ?? '') && !!facts.prose[k] && !infos[k]?.title && !facts.furniture[k] && text.length >= MIN_RULED && !CAPS_SLUG.test(text);
}

/** Per block, 1 where it is a ruled-off item of a page that rules off two or more. */
export function ruledItems(blocks: readonly Block[], infos: readonly BlockInfo[], facts: PageFacts): Uint8Array {
  const out = new Uint8Array(blocks.length);
  let n = 0;
  for (let k = 1; k < blocks.length; k++) if (isRuled(k, blocks, infos, facts)) out[k] = ++n && 1;
  return n >= MIN_ITEMS ? out : new Uint8Array(blocks.length);
}
