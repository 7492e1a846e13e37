// A paragraph that opens with a field's label ("编辑:驻地新闻联络员将积极为…。欢迎…。"): a copy that lost the field's
// value, or a label run into the text, leaves the label at the head of the story's prose. A label line is page
// furniture ("编辑:张三", "来源:新华网"); a block that goes on past the label for sentences of prose, closed by
// sentence stops, is a paragraph whatever its first word. One count and one pattern on the block.
import { cjkCount } from './sentence';

/** A labelled value is a name, a site, a date: prose runs longer than this in Han characters. */
const MIN_PROSE_HAN = 50;
/** A sentence closed inside the block. */
const SENTENCE = /[。！？]/u;

/** Whether a block opened by a field's label goes on as prose: long, with a sentence closed in it. */
export function isLabelledProse(text: string): boolean {
  return cjkCount(text) >= MIN_PROSE_HAN && SENTENCE.test(text);
}
