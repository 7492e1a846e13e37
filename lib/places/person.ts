// A place name that is a person's given name (李长春, 陈桂林, 郝海东): a common surname right before it, and the
// sentence using the three characters as a person — a title or role before them (副总理李长春, 记者陈桂林), or a verb
// of saying or feeling after them (李长春强调, 陈桂林感慨), or a list of people around them (李明、郝海东，).

import { wordAt, wordBefore } from './word-at';

/** Common single-character surnames. */
const SURNAMES = new Set(Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤艾'));
/** Titles and roles that name the person after them. */
const ROLES = ['总理', '主席', '书记', '部长', '市长', '省长', '县长', '委员', '主任', '记者', '教授', '同志', '先生', '女士', '队员', '选手', '运动员', '演员', '作家', '画家', '院士', '局长', '厂长', '村长', '校长', '经理', '董事长', '司令员', '政委', '老师'];
/** Verbs after a person's name. */
const VERBS = ['说', '表示', '指出', '强调', '认为', '介绍', '告诉', '回忆', '感慨', '笑着', '坦言', '透露', '解释', '提出', '要求', '希望', '对大家', '对记者'];
/** Honorifics after a name. */
const AFTER = ['同志', '先生', '女士', '教授', '老师'];

/**
 * Whether the two-character place at [start, end) of `text` (folded to Simplified) is a person's given name after
 * a surname; `free(i)` says whether position i lies outside every other place span.
 */
export function isGivenName(text: string, start: number, end: number, free: (i: number) => boolean): boolean {
  if (end - start !== 2 || start === 0 || !SURNAMES.has(text[start - 1]!) || !free(start - 1)) return false;
  const s = start - 1;
  if (wordBefore(text, s, ROLES) || wordAt(text, end, VERBS) > 0 || wordAt(text, end, AFTER) > 0) return true;
  // In a list of names: 、 or ， on both sides (李明、郝海东，).
  const before = text[s - 1];
  const after = text[end];
  return (before === '、' && (after === '、' || after === '，')) || (after === '、' && (before === '、' || before === '，'));
}
