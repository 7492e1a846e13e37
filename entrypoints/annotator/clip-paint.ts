// The reader's saved passages painted as boxes inside the closed shadow root, not as CSS Custom Highlights: the
// highlight registry (CSS.highlights) is the document's, and the page's own scripts can list every range in it and
// read its text. Boxes in a closed shadow root are out of their reach (the page sees one host element, whose
// own box is empty), and they take no pointer events, so hit tests and clicks reach the page as before.
import type { ClipColor } from '@/lib/clipping';

/** Colours as in public/highlights.css's former clip highlights, multiplied over the text so it stays legible. */
const COLORS: Record<ClipColor, string> = {
  yellow: 'rgba(255, 240, 0, 0.55)',
  green: 'rgba(80, 220, 120, 0.45)',
  blue: 'rgba(90, 170, 255, 0.45)',
  pink: 'rgba(255, 130, 190, 0.45)',
  purple: 'rgba(180, 130, 255, 0.45)',
};
/** Boxes drawn at most (a line of a passage is one box): a pathological page cannot make thousands of elements. */
const MAX_BOXES = 2000;

export const CLIP_PAINT_CSS = `
.clip-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483645; }
.clip-layer div { position: absolute; pointer-events: none; mix-blend-mode: multiply; border-radius: 2px; }
`;

export class ClipPainter {
  private layer: HTMLDivElement | null = null;
  private sets: readonly [ClipColor, readonly Range[]][] = [];
  private frame = 0;
  private resize: ResizeObserver | null = null;
  private listening = false;

  /** A fresh, empty layer in `container` (the panel's closed shadow root). */
  mount(container: ParentNode): void {
    this.layer = document.createElement('div');
    this.layer.className = 'clip-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    container.append(this.layer);
  }

  /** Paint these ranges (an empty list clears); boxes follow the text as the page scrolls, resizes or reflows. */
  paint(sets: readonly [ClipColor, readonly Range[]][]): void {
    this.sets = sets;
    this.listen();
    this.redraw();
  }

  /** The text of every painted passage (for the extension's own checks: the page cannot call this). */
  paintedTexts(): string[] {
    return this.sets.flatMap(([, ranges]) => ranges.map((r) => r.toString()));
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    // The window's scroll moves layer and text together; a scrolling box inside the page moves only the text.
    document.addEventListener('scroll', this.soon, { passive: true, capture: true });
    window.addEventListener('resize', this.soon, { passive: true });
    this.resize = new ResizeObserver(this.soon);
    this.resize.observe(document.body ?? document.documentElement);
  }

  private readonly soon = (): void => {
    if (this.frame || !this.sets.length) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  };

  private redraw(): void {
    const layer = this.layer;
    if (!layer) return;
    layer.replaceChildren();
    // Boxes are placed relative to the layer itself, wherever the page's styles put its containing block.
    const origin = layer.getBoundingClientRect();
    let drawn = 0;
    for (const [color, ranges] of this.sets) {
      for (const range of ranges) {
        for (const rect of range.getClientRects()) {
          if (drawn >= MAX_BOXES) return;
          if (rect.width === 0 || rect.height === 0) continue;
          const box = document.createElement('div');
          box.style.cssText = `left:${rect.left - origin.left}px;top:${rect.top - origin.top}px;width:${rect.width}px;height:${rect.height}px;background:${COLORS[color]}`;
          layer.append(box);
          drawn++;
        }
      }
    }
  }
}
