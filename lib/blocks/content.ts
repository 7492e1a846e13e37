// Which DOM blocks are the page's content, read beside Readability: keep what Readability kept, the short
// lines it dropped between them (rubrics, captions, bylines), the headline just above, and leave out
// navigation, footers and link lists. Without Readability, the densest run of prose wins.
import { parseBylineLine } from '../segment/byline';
import { makeClutterTest } from './clutter';
import { inLinkAt, type DomBlocks } from './dom';

const COPYRIGHT = /©|copyright|版权所有|all rights reserved|未经.{0,8}授权|ICP备|公网安备/i;

function norm(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

/** Per block: page furniture (navigation, footer, link list, copyright line)? */
export function clutterFlags(dom: DomBlocks): boolean[] {
  // The block walk notes it per block; blocks made elsewhere are asked of the tree.
  const inClutter = dom.clutter ? null : makeClutterTest();
  return dom.blocks.map((b, i) => {
    const runs = dom.nodes[i] ?? [];
    const first = runs[0];
    if (first && (inClutter ? inClutter(first.node.parentElement) : dom.clutter![i])) return true;
    if (b.text.length < 200 && COPYRIGHT.test(b.text)) return true;
    let linked = 0;
    let total = 0;
    for (const r of runs) {
      total += r.length;
      // The walk noted it for each run; runs made elsewhere are asked of the tree.
      if (r.inLink ?? inLinkAt(r.node.parentElement)) linked += r.length;
    }
    // Bylines link their names to author pages; they are not navigation.
    return total > 0 && linked / total > 0.5 && b.headingLevel === null && !parseBylineLine(b.text);
  });
}

/** Up to a few short, non-clutter blocks right above the content: the headline, kicker, byline. */
function headAbove(first: number, dom: DomBlocks, clutter: boolean[]): number[] {
  const out: number[] = [];
  for (let i = first - 1; i >= 0 && out.length < 4; i--) {
    const b = dom.blocks[i];
    if (!b || clutter[i] || b.text.length > 240) break;
    out.unshift(i);
  }
  return out;
}

function densest(dom: DomBlocks, clutter: boolean[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  dom.blocks.forEach((b, i) => {
    const len = norm(b.text).length;
    // Prose adds its length; short unflagged lines (rubrics, captions) cost little; furniture costs a lot.
    const score = clutter[i] ? -40 - len : b.headingLevel !== null ? 10 : len < 20 ? -5 : len - 10;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  });
  return bestRange;
}

export function selectContentBlocks(dom: DomBlocks, readabilityText: string | null): number[] {
  const clutter = clutterFlags(dom);
  const n = dom.blocks.length;
  let first = -1;
  let last = -1;
  const read = readabilityText ? norm(readabilityText) : '';
  if (read.length > 0) {
    // Short lines match anywhere by chance; only longer ones anchor the content range.
    const kept = (i: number): boolean => {
      if (clutter[i]) return false;
      const t = norm(dom.blocks[i]?.text ?? '');
      return t.length >= 12 && read.includes(t);
    };
    // Only the first and the last block Readability kept bound the range: read in from each end and stop
    // at the first match, so the blocks between are never looked up.
    for (let i = 0; i < n && first < 0; i++) if (kept(i)) first = i;
    for (let i = n - 1; i >= first && first >= 0 && last < 0; i--) if (kept(i)) last = i;
  }
  if (first < 0) {
    const r = densest(dom, clutter);
    if (!r) return [];
    [first, last] = r;
  }
  const keep: number[] = headAbove(first, dom, clutter);
  for (let i = first; i <= last && i < n; i++) if (!clutter[i]) keep.push(i);
  // On a page of several <article>s Readability may pick just one: keep every story container with prose.
  const containers = new Set(dom.blocks.map((b) => b.container).filter((c) => c !== null));
  if (containers.size >= 2) {
    const prose = new Set<number>();
    dom.blocks.forEach((b, i) => {
      if (b.container !== null && !clutter[i] && b.text.length > 60) prose.add(b.container);
    });
    const inKeep = new Set(keep);
    dom.blocks.forEach((b, i) => {
      if (b.container !== null && prose.has(b.container) && !clutter[i] && !inKeep.has(i)) keep.push(i);
    });
    keep.sort((a, b) => a - b);
  }
  // Short lines Readability dropped right after the last paragraph (credits, "（下转第3版）").
  for (let i = last + 1; i < n && i <= last + 2; i++) {
    const b = dom.blocks[i];
    if (!b || clutter[i] || b.text.length > 60) break;
    if (/摄|下转|转第|By |Reporting|Editing|完）|完\)/.test(b.text)) keep.push(i);
    else break;
  }
  return keep;
}
