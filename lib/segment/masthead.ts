// A printed paper's masthead and ear lines as its OCR text gives them: the issue line ("VOL. XXTV NO. 86",
// "CONCORD, N. C, THURSDAY, FEB. 27, 1902. Single Copy 5 Cts-", "PRICE 5 CENTS", "ESTABLISHED 1889") and the
// weather ear ("Weather … Forecast for North Carolina for tonight…"). They are the page's furniture, no story's
// text and no story's headline: marked so, as meta lines are.
import type { Block } from '../types';
import type { BlockInfo } from './classify';

const ISSUE = /\b(?:VOL(?:UME)?\b\.?|Vol(?:ume)?\b\.?|NO\.|No\.(?=\s)|NUMBER\b|PRICE\b|Price\b|CENTS\b|Cents\b|Cts\b|(?:a|[Pp]er)\s+Year\b|EDITION\b|Edition\b|ESTABLISHED\b|Established\b|SECTION\b|SUBSCRIPTION\b|Single\s+Copy\b)/g;
const YEAR = /\b1[6-9]\d\d\b|\b20\d\d\b/;
const WEATHER = /^\W*(?:the\s+)?weather\b.{0,80}\bforecast\b|^\W*forecast\s+for\b/i;
const MAX_LINE = 220;
const MAX_WEATHER = 400;

export function isMastheadLine(text: string): boolean {
  const t = text.trim();
  if (t.length <= MAX_WEATHER && WEATHER.test(t)) return true;
  if (t.length > MAX_LINE) return false;
  // (A sentence runs on past a stop into lower case: no masthead line does.)
  // (Nor runs four words in lower case, nor is written in Chinese.)
  if (/[.!?]\s+[a-z]{3,}\s+[a-z]{3,}/.test(t) || /\b[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b/.test(t) || /[\u3400-\u9fff]/.test(t)) return false;
  const issue = t.match(ISSUE)?.length ?? 0;
  if (issue >= 2 || (issue >= 1 && YEAR.test(t))) return true;
  // A line that is one issue phrase alone: "PRICE 5 CENTS", "Established 1899".
  return issue === 1 && t.split(/\s+/).length <= 4 && /\d/.test(t);
}

export function markMastheads(blocks: Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const info = infos[i] as BlockInfo;
    if (info.dateline || info.byline || info.markerOnly) continue;
    if (isMastheadLine(blocks[i]?.text ?? '')) infos[i] = { ...info, markerOnly: true, title: false };
  }
}
