// A site's prompt to switch on its push notices or follow its channel, set inside a story's text as a bracketed
// button label and a few words of what it sends ("[啟動LINE推播] 每日重大新聞通知", "【加入好友】 掌握最新消息",
// issue 12 round 57). The bracket is a button: a verb of switching on, joining, following, subscribing or downloading
// and the thing it gives (push notices, a chat app's friend, a fan page, a channel, an app, an e-mail edition); the
// words after it close on no sentence. No sentence of the story: furniture (furniture-lines.ts). One pattern on each
// short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_PROMPT = 40;
/** "[verb … thing]" then a few words closing on no stop. */
const PROMPT =
  /^[\[【［]\s*(?:啟動|启动|開啟|开启|打開|打开|加入|追蹤|追踪|訂閱|订阅|下載|下载|關注|关注)[^\]】］]{0,12}?(?:推播|推送|通知|好友|粉絲團|粉丝团|粉專|粉专|頻道|频道|APP|App|app|電子報|电子报)\s*[\]】］]\s*[^。！？!?.]{0,30}$/u;

/** Whether the line is a bracketed push, follow or download prompt ("[啟動LINE推播] 每日重大新聞通知"). */
export function isPushPrompt(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_PROMPT && PROMPT.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const PUSH_PROMPT_LINE: FurnitureTest = { test: isPushPrompt, maxLength: MAX_PROMPT };
