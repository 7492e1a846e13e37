// The reader's saved clippings on this page: their ranges per colour, and how many could not be found again
// (orphans). Orphans are counted, never shown here: their text is the library's, and it stays in the extension's
// own pages (the library), not in anything placed into the page.
import { anchor } from '@/lib/anchor';
import type { Clipping, ClipColor } from '@/lib/clipping';

export class PageClippings {
  private ranges = new Map<ClipColor, Range[]>();
  private orphanCount = 0;
  private anchored = 0;

  /** Clippings painted on the page. */
  get count(): number {
    return this.anchored;
  }

  get orphans(): number {
    return this.orphanCount;
  }

  clear(): void {
    this.ranges.clear();
    this.orphanCount = 0;
    this.anchored = 0;
  }

  /** Finds each saved clipping's text again under `root`; those not found become orphans. */
  reanchor(root: HTMLElement, saved: readonly Clipping[]): void {
    for (const c of saved) {
      if (!c.selectors.length) continue;
      const range = anchor(root, c.selectors);
      if (range) this.add(c.color, range);
      else this.orphanCount++;
    }
  }

  add(color: ClipColor, range: Range): void {
    const list = this.ranges.get(color) ?? [];
    list.push(range);
    this.ranges.set(color, list);
    this.anchored++;
  }

  /** The ranges of each colour, for ClipPainter. */
  sets(): [ClipColor, Range[]][] {
    return [...this.ranges];
  }
}
