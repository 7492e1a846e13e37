// Speech in an interview or a transcript: turns set one a line under their speaker's name ("记者:回家过年吗?" /
// "韩志:一年呗!" / "Q: …"). A short turn looks like a headline (no closing stop, an exclamation), but a run of turns
// in which a speaker speaks again is a dialogue inside one story: none of its lines heads a story. A page of quoted
// headlines ("外交部:…" over its story, "国台办:…" over the next) sets text between them, and is no run of turns.
import type { Block } from '../types';
import type { Candidate } from './starts';

/** A turn: a speaker's name or role (a few words, no sentence punctuation; a programme's or outlet's name in 《》 may
 * lead it, after a station's: "《社會經緯》記者", "貴州電視臺《社會方圓》記者 朱磊"), a colon, then what they say. */
const TURN = /^\s*((?:[\u3400-\u9fff]{0,6}《[^》\s]{1,8}》)?[^\s:：,，。！？!?、;；“”"'‘’()（）【】\[\]《》]{1,12}(?:\s[^\s:：,，。！？!?、;；“”"'‘’()（）【】\[\]《》]{1,8})?)\s*[:：]\s*\S/;
/** Turns in a row that make a dialogue. */
const MIN_RUN = 4;

function speaker(text: string): string | null {
  const m = TURN.exec(text);
  // (Not a clock time, "16:30", nor a web address.)
  return m && !/^\d+$/.test(m[1] ?? '') && !/^https?$/i.test(m[1] ?? '') ? (m[1] ?? '').replace(/\s+/g, ' ') : null;
}

/** Blocks that are turns of a dialogue: runs of MIN_RUN turns or more in which a speaker speaks again. */
export function speechLines(blocks: Block[]): Uint8Array {
  const out = new Uint8Array(blocks.length);
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    const names: string[] = [];
    for (let name = speaker(blocks[j]?.text ?? ''); j < blocks.length && name; name = speaker(blocks[++j]?.text ?? '')) names.push(name);
    if (j - i >= MIN_RUN && new Set(names).size >= 2 && new Set(names).size < names.length) out.fill(1, i, j);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The candidate starts less those headed by a dialogue's turns. */
export function withoutSpeechHeads(cands: Candidate[], blocks: Block[]): Candidate[] {
  if (!cands.some((c) => c.kind === 'head-plain')) return cands;
  const speech = speechLines(blocks);
  return cands.filter((c) => {
    if (c.kind !== 'head-plain' || c.body <= c.head) return true;
    for (let k = c.head; k < c.body; k++) if (!speech[k]) return true;
    return false;
  });
}
