// Bulleted headlines that end in a stop: a page that sets its headlines after a bullet ("• 标题") sometimes closes
// one with a full stop ("• 对…的呼声。"). Such a line, short, one sentence, over a longer paragraph that carries no
// bullet, heads an item as its unstopped siblings do; a bulleted list of points runs bullet under bullet instead. A page that
// stops every bulleted headline ("• A deeply divided Britain.") shows its mark by repeating it.
// And the other way round: a run of two or more lines under one bullet mark, one of them or more a sentence closed
// by a full stop ("• Harsher sentences for smash-and-grab robberies" / "• Plastic bags will be banned in 2026."),
// is a list of points inside a story, not a list of headlines (headlines are not closed by a full stop, and each
// heads a paragraph of its own): an unstopped point in it is no headline either (markBulletedPoints).
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A bullet opening a line, and the rest of the line. */
const BULLETED = /^\s*([•▪●◆■□▶►])\s*(\S.*)$/s;
/**
 * One sentence closed by a stop (and perhaps a closing quote), with no stop inside it (an abbreviation's points,
 * "N.F.L.", "U.N. meets", are none).
 */
const ONE_SENTENCE = /^(?:[^。．.!?！？；;]|\.(?=\S|\s+[a-z]))+[。．.][”’」』"']?$/;
const MAX_CJK = 30;
const MAX_WORDS = 14;
/** Stopped bulleted lines over paragraphs that make the bullet the page's headline mark where no other line shows it. */
const MIN_STOPPED = 2;

function shortSentence(t: string): boolean {
  if (!ONE_SENTENCE.test(t)) return false;
  if (/[\u3400-\u9fff]/.test(t)) return t.length <= MAX_CJK;
  return t.split(/\s+/).length <= MAX_WORDS;
}

export function markBulletedHeadlines(blocks: Block[], infos: BlockInfo[]): void {
  const bullet = (k: number) => BULLETED.exec(blocks[k]?.text ?? '');
  // The page's headline bullet: one that already opens an unstopped headline line over a paragraph.
  const marks = new Set<string>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const m = bullet(i);
    if (m?.[1] && infos[i]?.title && !bullet(i + 1)) marks.add(m[1]);
  }
  const stopped = (i: number): string | null => {
    const info = infos[i] as BlockInfo;
    const m = bullet(i);
    if (!m?.[1] || !m[2] || info.title || info.byline || info.markerOnly || info.dateline || info.credit) return null;
    if (!shortSentence(m[2].trim())) return null;
    const next = blocks[i + 1]?.text ?? '';
    // (A list's points run bullet under bullet: its last point is no headline over the text that follows.)
    if ((i > 0 && bullet(i - 1)) || bullet(i + 1) || infos[i + 1]?.title || next.length <= m[2].length * 2) return null;
    return m[1];
  };
  // A page that stops every bulleted headline ("• A deeply divided Britain.") shows its mark by repeating it: two
  // such lines or more, each over a longer paragraph of its own.
  if (!marks.size) {
    const seen = new Map<string, number>();
    for (let i = 0; i + 1 < blocks.length; i++) {
      const m = stopped(i);
      if (m) seen.set(m, (seen.get(m) ?? 0) + 1);
    }
    for (const [m, count] of seen) if (count >= MIN_STOPPED) marks.add(m);
  }
  if (!marks.size) return;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const m = stopped(i);
    if (m && marks.has(m)) infos[i] = { ...(infos[i] as BlockInfo), title: true };
  }
}

/**
 * A point closed by a full stop (perhaps with a closing quote): a sentence, as a list of points sets them. (Points
 * the page text ran together on one line are each read: a stop before the next bullet closes one.)
 */
const STOPPED_POINT = /[.。]["”’']?\s*(?:$|[•▪●◆■□▶►]\s)/u;

/** Unmark the headline-like lines of bulleted lists of points: runs under one mark, a point of them stopped. */
export function markBulletedPoints(blocks: Block[], infos: BlockInfo[]): void {
  let i = 0;
  while (i < blocks.length) {
    const mark = BULLETED.exec(blocks[i]?.text ?? '')?.[1];
    if (!mark) {
      i++;
      continue;
    }
    // The run of lines under this mark: [i, end).
    let end = i;
    let stopped = false;
    for (; end < blocks.length; end++) {
      const m = BULLETED.exec(blocks[end]?.text ?? '');
      if (m?.[1] !== mark) break;
      if (STOPPED_POINT.test(m[2] ?? '')) stopped = true;
    }
    if (stopped && end - i >= 2) {
      for (let k = i; k < end; k++) {
        const info = infos[k] as BlockInfo;
        if (info.title && (blocks[k] as Block).headingLevel === null) infos[k] = { ...info, title: false };
      }
    }
    i = end;
  }
}
