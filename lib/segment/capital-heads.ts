// Headlines in capitals closed by a point: older papers stop their headlines ("CANADIAN ADVOCACY.", "U S.A. PLANES
// PRAISED."), and their OCR text leaves specks after the stop ("CANADIAN ADVOCACY. ;", "RAID' ECHO. *"). A short line
// all in capitals, one phrase closed by a point (an abbreviation's points inside it are none), over a paragraph longer
// than itself, heads what follows as an unstopped headline does; a sentence in capitals runs on past one phrase.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** The stop and the specks an OCR reading leaves after it. */
const STOPPED = /\.[\s;:,*'’•·■»«-]*$/;
const MIN_WORDS = 2;
const MAX_WORDS = 12;

export function capitalHead(text: string): boolean {
  const t = text.trim();
  if (!STOPPED.test(t)) return false;
  const core = t.replace(STOPPED, '');
  // (A point inside is an abbreviation's, "U S.A.", or a sentence's end before the next word.)
  if (/[a-z]/.test(core) || /[!?;]/.test(core) || /[A-Z]{2,}\.\s/.test(core)) return false;
  const words = core.split(/\s+/).filter((w) => /[A-Z]/.test(w));
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  return words.filter((w) => w.replace(/[^A-Z]/g, '').length >= 2).length >= MIN_WORDS;
}

export function markCapitalHeadlines(blocks: Block[], infos: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.title || info.byline || info.markerOnly || info.dateline || info.credit) continue;
    const t = blocks[i]?.text ?? '';
    if (!capitalHead(t)) continue;
    // Over a paragraph longer than itself (or under a line of its own, a dateline set apart: "RUGBY, Dec. 5").
    let k = i + 1;
    if (infos[k]?.title && k + 1 < blocks.length) k++;
    if ((blocks[k]?.text.length ?? 0) > t.length * 2 && !infos[k]?.title) infos[i] = { ...info, title: true };
  }
}
