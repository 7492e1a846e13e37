// An editor's note opened by its label ("【编者注】来自微信公号…", "编者按：…", "（編者按）…"), or the label alone on its
// line: the note introduces the story the page carries, in the editor's words; it is never a headline of its own,
// however short. The line keeps its place in the story's text. One pattern a line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const EDITOR_NOTE = /^\s*(?:[【\[〔(（]\s*(?:编者|編者)(?:按|注|的话|的話)\s*[】\]〕)）]|(?:编者|編者)(?:按|注|的话|的話)\s*[:：]|编按\s*[:：]|編按\s*[:：])/u;

export function markEditorNotes(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title) continue;
    if (EDITOR_NOTE.test(blocks[i]?.text ?? '')) infos[i] = { ...info, title: false, pageLabel: false };
  }
}
