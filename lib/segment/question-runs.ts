// A line of three questions or more run on one after another ("成为一名记者需要什么?极强的学习能力?
// 能吃苦耐劳的精神?灵活应变的能力?"): an introduction's opening sentences, the story's text. A headline may ask
// once or twice ("谁来管?怎么管?"), never three times over thirty Han characters; exclamations are not counted
// (a clickbait headline shouts three times: "…停播!回应…!关闭…!"). One count over each short line.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

/** A question mark. */
const ASKS = /[？?]/gu;
const MIN_ASKS = 3;
const MIN_CJK = 30;
const MAX_LINE = 200;

/** Whether the line runs three questions or more together over thirty Han characters or more. */
export function isQuestionRun(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LINE) return false;
  const asks = t.match(ASKS)?.length ?? 0;
  return asks >= MIN_ASKS && (t.match(/[\u3400-\u9fff]/gu)?.length ?? 0) >= MIN_CJK;
}

export function markQuestionRuns(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (!info.title || !isQuestionRun(blocks[i]?.text ?? '')) continue;
    infos[i] = { ...info, title: false, pageLabel: false };
  }
}
