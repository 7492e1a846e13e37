// The reader's saved clippings on this page: their ranges per colour, and the ones whose text is gone (orphans).
import { anchor } from '@/lib/anchor';
import type { Clipping, ClipColor } from '@/lib/clipping';

const CLIP_SET_PREFIX = 'jianbao-clip-';
/** Orphans are listed by their opening words; a whole article would swamp the panel. */
const ORPHAN_PREVIEW = 60;

export class PageClippings {
  private ranges = new Map<ClipColor, Range[]>();
  private orphanTexts: string[] = [];
  private anchored = 0;

  /** Clippings painted on the page. */
  get count(): number {
    return this.anchored;
  }

  get orphans(): string[] {
    return this.orphanTexts;
  }

  clear(): void {
    this.ranges.clear();
    this.orphanTexts = [];
    this.anchored = 0;
  }

  /** Finds each saved clipping's text again under `root`; those not found become orphans. */
  reanchor(root: HTMLElement, saved: readonly Clipping[]): void {
    for (const c of saved) {
      if (!c.selectors.length) continue;
      const range = anchor(root, c.selectors);
      if (range) this.add(c.color, range);
      else this.orphanTexts.push(c.text.length > ORPHAN_PREVIEW ? c.text.slice(0, ORPHAN_PREVIEW) + '…' : c.text);
    }
  }

  add(color: ClipColor, range: Range): void {
    const list = this.ranges.get(color) ?? [];
    list.push(range);
    this.ranges.set(color, list);
    this.anchored++;
  }

  /** One highlight set per colour, named jianbao-clip-<colour>. */
  sets(): [string, Range[]][] {
    return [...this.ranges].map(([color, ranges]) => [CLIP_SET_PREFIX + color, ranges]);
  }
}
