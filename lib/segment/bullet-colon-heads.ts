// Run-in headlines of a Chinese digest's items set after a bullet and closed by a colon ("• 蔡国强高原烟花遭查:艺术家…",
// "• 港办中—东盟检察长会:香港将于下周…"), as a newsletter's daily digest prints its items under a section label: a
// short title of its own (five to sixteen characters, no sentence's mark inside), then the item's text of a sentence
// and more. Read where two paragraphs or more of the page open so, each title once. A story's bulleted points open
// with a word or two naming a field ("• 时间:…", "• 地点:…"), shorter than a title, and carry a line, not a report;
// a speaker who comes back is no title. One pattern on each paragraph's opening and one set of titles: linear.
import type { Block } from '../types';

/** A bullet, a title of Han characters (figures, Latin letters and a dash inside), a colon, then text. */
const BULLET_TITLE = /^\s*[•·▪●◆■]\s*([\p{Script=Han}\p{N}A-Za-z—–-][\p{Script=Han}\p{N}A-Za-z—–·-]{4,15})\s*[:：]\s*(?=\S)/u;
/** A title has Han characters, most of it. */
const HAN = /\p{Script=Han}/gu;
/** The item's own text after its title: a sentence's worth and more. */
const MIN_TEXT = 60;
const MIN_HEADS = 2;

function bulletTitleLength(text: string): number {
  const m = BULLET_TITLE.exec(text);
  if (!m?.[1] || text.length - m[0].length < MIN_TEXT) return 0;
  const han = m[1].match(HAN)?.length ?? 0;
  return han * 2 > m[1].length ? m[0].length : 0;
}

/** Every block's bulleted title length where the page prints two or more distinct ones, else zeros. */
export function bulletColonHeads(blocks: readonly Block[], prose: ArrayLike<number>): number[] {
  const lengths = blocks.map((b, i) => (prose[i] && b.headingLevel === null ? bulletTitleLength(b.text) : 0));
  const heads = lengths.map((n, i) => (n ? (blocks[i] as Block).text.slice(0, n) : '')).filter(Boolean);
  if (heads.length < MIN_HEADS || new Set(heads).size !== heads.length) return blocks.map(() => 0);
  return lengths;
}
