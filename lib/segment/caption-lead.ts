// A headed story whose text opens under its pictures: the headline, its meta lines, then each photo printed with the
// headline again as its alt text and a caption closed by the photographer's credit ("启动仪式现场。本报记者 张三摄"),
// and only then the lead, opened by a dateline ("XX网讯（记者 …）…"). Read start by start, the dateline opens a
// headless story of its own and leaves the headed one holding nothing but captions. A run of captions, credits, meta
// lines and headline prints, no prose of its own, is no story: where the headless datelined start under it is the
// page's only one (a briefs column opens every item so, and its first item's picture stays an item), the dateline
// opens the headed story's text, and the captions are marked as its pictures' (BlockInfo.caption: kept as fragments,
// the way a figcaption is). A group photo's caption naming who stands where ("黄有益(左起)、…") is a caption too,
// credited or not. Each block of the run is read once: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { parsePhotoCredit } from './photo-credit';

/** A caption is a short line: longer text closed by a credit is a paragraph that ends on a picture's credit. */
const MAX_CAPTION = 80;

/** A group photo's position mark after the names it places: "(左起)", "（右二）", "(前排左起)" (issue 12 round 57). */
const POSITIONED = /[\u3400-\u9fff][(（](?:前排|後排|后排)?[左右](?:起|[一二三四五六])?[)）]/u;

function isCaption(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_CAPTION && (parsePhotoCredit(t) !== null || POSITIONED.test(t));
}

/** The run holds captions (one at least) and meta lines, or the headline printed again, and nothing else. */
function onlyCaptions(body: readonly number[], headline: string, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  let captions = 0;
  for (const k of body) {
    const info = infos[k];
    const text = blocks[k]?.text ?? '';
    if (info?.caption || isCaption(text)) captions++;
    else if (!(info?.markerOnly || info?.byline || info?.pageLabel || (headline && text.trim() === headline))) return false;
  }
  return captions > 0;
}

/**
 * The plan with a headed story of captions alone joined to the headless datelined lead under it; `p` where none.
 * The run's captions are marked as such in `infos`.
 */
export function withCaptionedLead(p: Plan, blocks: readonly Block[], infos: BlockInfo[]): Plan {
  const headless = (k: number) => {
    const a = p.articles[k];
    return !!a && !a.head.length && !a.runIn && a.body.length > 0 && !!infos[a.body[0] as number]?.dateline;
  };
  // The page's one headless datelined start: a second is a briefs column's, whose items each open so.
  let at = -1;
  for (let k = 1; k < p.articles.length; k++) {
    if (!headless(k)) continue;
    if (at >= 0) return p;
    at = k;
  }
  const above = at > 0 ? p.articles[at - 1] : undefined;
  if (!above || !above.head.length || above.headline < 0) return p;
  if (!onlyCaptions(above.body, (blocks[above.headline]?.text ?? '').trim(), blocks, infos)) return p;
  for (const k of above.body) {
    const info = infos[k];
    if (info && !info.caption && !info.markerOnly && !info.byline && isCaption(blocks[k]?.text ?? '')) infos[k] = { ...info, caption: true };
  }
  const lead = p.articles[at]!;
  const articles = [...p.articles];
  articles.splice(at - 1, 2, { ...above, body: [...above.body, ...lead.body] });
  return { articles, rubricBlocks: p.rubricBlocks };
}
