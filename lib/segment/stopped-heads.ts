// Headlines in title case closed by a point, as older papers print them and their OCR reads them ("Asked to
// Withdraw From Court Room." — the point often read as a comma): a short line, every longer word capitalised, one
// phrase with no sentence run on past it, over a paragraph much longer than itself. Only where the page prints two
// or more of them, each over its own paragraph: one such line alone is as likely a story's subhead.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const MIN_LONG = 2;
const MAX_WORDS = 12;
const MIN_RUNS = 2;

export function stoppedTitleHead(text: string): boolean {
  const t = text.trim();
  if (!/[.,]$/.test(t) || t.length > 90) return false;
  const core = t.slice(0, -1);
  if (/[.!?;:]\s/.test(core) || /["“”]/.test(core)) return false;
  const words = core.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 3 || words.length > MAX_WORDS) return false;
  const long = words.filter((w) => w.replace(/[^A-Za-z]/g, '').length >= 4);
  return long.length >= MIN_LONG && long.every((w) => /^[^A-Za-z]*[A-Z]/.test(w));
}

export function markStoppedTitleHeads(blocks: Block[], infos: BlockInfo[]): void {
  const at: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    // (One the page reads as a headline already counts toward the page's two.)
    if (info.byline || info.markerOnly || info.dateline || info.credit) continue;
    const t = blocks[i]?.text ?? '';
    if (!stoppedTitleHead(t)) continue;
    const next = blocks[i + 1]?.text ?? '';
    if (next.length > t.length * 3 && !infos[i + 1]?.title) at.push(i);
  }
  if (at.length < MIN_RUNS) return;
  for (const i of at) infos[i] = { ...(infos[i] as BlockInfo), title: true };
}
