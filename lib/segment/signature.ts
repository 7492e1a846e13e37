// A reporter's signature closing a brief: "…让群众有更多获得感。(记者胡杰)", "…意见和建议。（记者 朱学兵 通讯员 李华）".
// City papers sign each short item so at its end instead of a byline over it; the signature closes the item as an
// agency credit does. Read on the block's tail only, and only after a sentence stop, with a reporter's role word
// in the bracket (a bare bracketed name may be anything: a quotation's speaker, a name's gloss).
import type { Byline } from '../types';
import { emptyByline, looksLikeHanName, parseRoleNames } from './byline';
import { execAtEnd, lastNonSpace } from './tail';

const SIGNATURE = /[(（]([^()（）]{3,40})[)）]\s*$/;
const ROLE = /记者|記者|通讯员|通訊員/;
const STOP = /[。！？!?”」』]$/;

export interface SignatureMatch {
  byline: Byline;
  /** Where the signature's bracket starts in the text. */
  start: number;
}

export function parseClosingSignature(text: string): SignatureMatch | null {
  const last = lastNonSpace(text);
  if (last !== ')' && last !== '）') return null;
  const m = execAtEnd(SIGNATURE, text);
  // (A picture's credit, "（记者 严龙 摄）", is read by photo-credit.ts.)
  if (!m?.[1] || !ROLE.test(m[1]) || /[摄攝]/.test(m[1])) return null;
  if (!STOP.test(text.slice(0, m.index).trimEnd())) return null;
  const byline = parseRoleNames(m[1]);
  return byline ? { byline, start: m.index } : null;
}

/**
 * A writer's signature on a line of its own under the story's last paragraph: "(韦晓明)", "（张三 李四）" (issue 12
 * round 66). Alone on its line, closing text that ended its sentence, a bracket of one to three Han names is who wrote
 * the story, whatever role word it lacks (inside a paragraph a bare bracketed name may be a speaker or a gloss, and is
 * left there). The caller checks the text above ends its sentence.
 */
const NAMES_LINE = /^\s*[(（]\s*([\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,2})\s*[)）]\s*$/u;

export function parseSignatureLine(text: string): Byline | null {
  const m = NAMES_LINE.exec(text);
  if (!m?.[1]) return null;
  const names = m[1].split(/[\s、]+/u);
  if (!names.every(looksLikeHanName)) return null;
  return { ...emptyByline(), authors: names };
}
