// A transcript's speaker turns: a broadcast transcript opens each turn with the speaker's name in capitals and a
// colon ("CONAN: And what does it look like now?", "CHRISTOPHER JOYCE, BYLINE: Hi, Neal…"), or sets the name on a
// line of its own ("LINDA WERTHEIMER, HOST:"). A turn is the segment's text, never a headline over another story,
// however short its question; a name alone on its line is the turn's label, furniture. Read only where the page
// shows a transcript: a speaker's role after the name (HOST, BYLINE), a name that speaks twice, or a surname
// speaking after the full name introduced it. Country labels opening briefs ("CUBA: …") do none of these.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const SPEAKER = /^\s*([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:\s*,\s*([A-Z][A-Z ]{1,30}))?\s*:(?=\s|$)/;
/** The roles a transcript names after a speaker. */
const ROLE = /^(?:HOST|BYLINE|CORRESPONDENT|REPORTER|ANCHOR|ANNOUNCER|PRESENTER|GUEST|NARRATOR)\b/;

export function markSpeakerTurns(blocks: Block[], infos: BlockInfo[]): void {
  const turns: { k: number; name: string; alone: boolean }[] = [];
  let roles = 0;
  for (let k = 0; k < blocks.length; k++) {
    const text = blocks[k]?.text ?? '';
    const m = SPEAKER.exec(text);
    if (!m || !m[1]) continue;
    if (m[2] && ROLE.test(m[2])) roles++;
    turns.push({ k, name: m[1], alone: text.trim().length === m[0].trim().length });
  }
  if (turns.length < 2) return;
  const names = turns.map((t) => t.name);
  const repeats = names.some((n, i) => names.indexOf(n) !== i);
  const surnames = names.some((n) => !n.includes(' ') && names.some((o) => o !== n && o.endsWith(` ${n}`)));
  if (!roles && !repeats && !surnames) return;
  for (const t of turns) {
    const info = infos[t.k];
    if (!info) continue;
    infos[t.k] = t.alone ? { ...info, title: false, markerOnly: true } : { ...info, title: false };
  }
}
