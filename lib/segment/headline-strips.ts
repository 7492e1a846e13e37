// An e-paper's list of the page's headlines run together on one line, parted by spaces ("市疾控建议老年人 出院出舱人员
// … 相信上海不久会恢复热闹"), as a page text holds its 版面导航 box: one of its phrases, or a run of them, is a headline
// the page prints again on a line of its own (the story's). The line is a table of contents, page furniture: never
// the text of a story, so the story under it keeps its headline.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { endsSentence } from './sentence';

/** A list of headlines: several phrases, each short. */
const MIN_PHRASES = 4;
const MAX_PHRASE = 24;
const MAX_LINE = 400;
const HAN = /[\u3400-\u9fff]/u;

function phrases(text: string): string[] | null {
  const t = text.trim();
  if (t.length > MAX_LINE || endsSentence(t)) return null;
  const parts = t.split(/\s+/);
  // Chinese headlines, each with its words unspaced: an English sentence's words are no phrases of a list.
  if (parts.length < MIN_PHRASES || parts.some((p) => p.length > MAX_PHRASE || !HAN.test(p))) return null;
  return parts;
}

/** Whether a run of the phrases, joined with or without spaces, is one of the given lines other than `self`. */
function holdsLine(parts: string[], lines: Set<string>, self: string): boolean {
  for (let i = 0; i < parts.length; i++) {
    let joined = '';
    for (let j = i; j < parts.length; j++) {
      joined += parts[j];
      if (joined !== self && lines.has(joined)) return true;
    }
  }
  return false;
}

export function markHeadlineStrips(blocks: Block[], infos: BlockInfo[]): void {
  const titles = new Set<string>();
  blocks.forEach((b, i) => {
    if (infos[i]?.title) titles.add(b.text.replace(/\s+/g, ''));
  });
  if (!titles.size) return;
  blocks.forEach((b, i) => {
    const info = infos[i];
    if (!info || info.title || info.markerOnly || info.dateline || info.byline) return;
    const parts = phrases(b.text);
    if (!parts) return;
    if (holdsLine(parts, titles, b.text.replace(/\s+/g, ''))) infos[i] = { ...info, title: false, markerOnly: true };
  });
}
