// A paywall's lines under the free part of a story: a line saying the text goes on ("...本文未結束", "…全文未完"),
// then the log-in and membership prompts under it ("使用商周知識庫請先登入「商周集團會員」", "付費會員登入即可閱讀…").
// The site's words, not the story's: furniture. Only a short line opening on an ellipsis and saying the text is
// unfinished starts the run; after it, short lines that ask the reader to log in, subscribe or pay are furniture,
// up to the first line that does not. One pass.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const MAX_LINE = 80;
/** "...本文未結束", "……全文未完", "⋯本文未完待續" (an ellipsis, then the text said unfinished). */
const UNFINISHED = /^(?:\.{3,}|…+|⋯+)\s*(?:本文|全文|文章)?(?:未[結结]束|未完)/;
/** A prompt to log in, subscribe or pay ("請先登入", "登录后阅读", "訂閱", "付費會員"). */
const PROMPT = /登入|登錄|登录|訂閱|订阅|付費|付费|會員|会员/;

export function markPaywallLines(blocks: readonly Block[], infos: BlockInfo[]): void {
  let inRun = false;
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i]?.text ?? '').trim();
    if (text.length > MAX_LINE) {
      inRun = false;
      continue;
    }
    if (UNFINISHED.test(text)) inRun = true;
    else if (!inRun || !PROMPT.test(text)) {
      inRun = false;
      continue;
    }
    infos[i] = { ...(infos[i] as BlockInfo), title: false, markerOnly: true };
  }
}
