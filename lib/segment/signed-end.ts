// A story whose last sentence is followed by its signature in brackets: "…造成压力。（经济日报评论员）",
// "…顺利完成。（完）", "…in the budget. (Reuters)". The bracket is a sign-off, not words the page cut off, so the
// story ends complete even though its very last character is no sentence stop. Read on the tail only: a short
// bracket (no sentence stop, no nested bracket inside) right after a sentence's end. What the signature names is
// read elsewhere (signature.ts: a reporter's; credit.ts: an agency's); here it only answers "is this an end". A
// bracketed read-on link ("……(按此阅读更多)") is no sign-off: that story is a teaser and stays truncated.
import { endsSentence } from './sentence';
import { execAtEnd, lastNonSpace } from './tail';

/** A bracket of at most 24 characters with no stop or bracket inside, at the very end. */
const SIGNED = /[(（]([^()（）。！？!?]{1,24})[)）]\s*$/;
/** A bracketed link to the rest ("(按此阅读更多)", "（点击查看全文）", "(Read more)"): the story is a teaser, cut. */
const READ_ON = /阅读|閱讀|更多|全文|详情|詳情|点击|點擊|按此|read|more|continue/i;

/** Whether the text ends a sentence and then a short bracketed sign-off. */
export function endsSignedSentence(text: string): boolean {
  const last = lastNonSpace(text);
  if (last !== ')' && last !== '）') return false;
  const m = execAtEnd(SIGNED, text);
  return !!m && m.index > 0 && !READ_ON.test(m[1] ?? '') && endsSentence(text.slice(0, m.index));
}
