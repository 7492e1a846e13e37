// A spam site's keyword strip opening a page text, set as phrases parted by commas ("999精品在线视频,手机成人午夜在线
// 视频,久久不卡国产精品无码,…,四虎国产在线观看 ?"): five phrases or more, each a few words, no sentence, over the
// page's headline. Printed for search engines, it is no paragraph of the story, so the headline-like line under it
// heads the story (page-headline.ts reads the strips joined by "_" or "-"). Only the page's first block, and only
// over a headline-like line. One look at the first two blocks.
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { asFurniture } from './line-marks';

const MIN_PHRASES = 5;
const MAX_PHRASE = 14;
const MAX_STRIP = 400;
const MAX_LONG_PHRASE = 20;
const MIN_FOUR_STRIP = 36;

/** Whether the text is five comma-parted phrases or more of a few words each, with no sentence in it. */
export function isCommaKeywordStrip(text: string): boolean {
  const t = text.trim().replace(/\s*[?？]$/u, '');
  if (t.length > MAX_STRIP || /[。！!；;：:“”"「」]/u.test(t)) return false;
  const phrases = t.split(/\s*[,，、]\s*/u);
  if (phrases.some((p) => p.length < 2 || /\s/u.test(p))) return false;
  if (phrases.length >= MIN_PHRASES && phrases.every((p) => p.length <= MAX_PHRASE)) return true;
  // Four long phrases ("国产…全部免费,国产精品…福利99,亚洲射图,免费不卡…在线"): a strip run longer than a headline of
  // four parallel phrases ("稳增长,促改革,调结构,惠民生") ever is.
  return phrases.length === MIN_PHRASES - 1 && phrases.every((p) => p.length <= MAX_LONG_PHRASE) && t.length >= MIN_FOUR_STRIP;
}

export function markKeywordRuns(blocks: readonly Block[], infos: BlockInfo[]): void {
  const first = infos[0];
  if (!first || !infos[1]?.title || first.byline || first.dateline || first.from) return;
  if (!isCommaKeywordStrip(blocks[0]?.text ?? '')) return;
  infos[0] = asFurniture(first);
}
