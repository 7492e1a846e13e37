// Hover tooltips: what is under the pointer, tested at most once per frame, told in a tip kept inside the window.
import type { HighlightEntry } from '@/lib/highlight/entries';

export interface HoverSource<T> {
  /** False while the highlights are hidden: the tip is then left as it is (the hidden host hides it too). */
  active(): boolean;
  hitTest(x: number, y: number): T | undefined;
  describe(hit: T): string;
}

export class HoverTip<T> {
  private tip: HTMLDivElement | null = null;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  private listening = false;

  constructor(private readonly source: HoverSource<T>) {}

  /** A fresh, hidden tip in `container` (the panel's shadow root, out of reach of the page's styles). */
  mount(container: ParentNode): void {
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    this.tip.setAttribute('role', 'tooltip');
    container.append(this.tip);
  }

  listen(): void {
    if (this.listening) return;
    this.listening = true;
    document.addEventListener(
      'mousemove',
      (e) => {
        // Only the reader's pointer: a page's synthetic mousemove does not ask what is under a point.
        if (!e.isTrusted) return;
        this.pointer = { x: e.clientX, y: e.clientY };
        this.hitTestSoon();
      },
      { passive: true },
    );
    // A scroll moves the text under a pointer that stays put and the browser sends no mousemove for it, so a
    // scroll asks for the same hit test again. Capture: scroll does not bubble from inner scrolling boxes, and
    // those move text under the pointer too.
    document.addEventListener('scroll', this.hitTestSoon, { passive: true, capture: true });
    document.addEventListener('mouseout', (e) => {
      if (!e.isTrusted || e.relatedTarget) return;
      // The pointer left the window: nothing of the page is under it any more.
      this.pointer = null;
      if (this.tip) this.tip.hidden = true;
    });
  }

  /** One hit test per frame, at the pointer's latest position. */
  private readonly hitTestSoon = (): void => {
    if (this.frame || !this.pointer) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pointer) this.show(this.pointer.x, this.pointer.y);
    });
  };

  private show(x: number, y: number): void {
    if (!this.tip || !this.source.active()) return;
    const hit = this.source.hitTest(x, y);
    if (!hit) {
      this.tip.hidden = true;
      return;
    }
    this.tip.textContent = this.source.describe(hit);
    this.tip.hidden = false;
    this.tip.style.left = `${Math.max(4, Math.min(window.innerWidth - this.tip.offsetWidth - 4, x + 12))}px`;
    // Below the pointer, or above it when the line is near the bottom of the window.
    const below = y + 16;
    this.tip.style.top = `${below + this.tip.offsetHeight > window.innerHeight - 4 ? Math.max(4, y - 12 - this.tip.offsetHeight) : below}px`;
  }
}

/** The highlighted figure or place whose text is at the viewport point (x, y), if any. */
export function entryAt(entries: readonly HighlightEntry[], x: number, y: number): HighlightEntry | undefined {
  const caret = caretAt(x, y);
  return caret ? entries.find((e) => e.ranges.some((r) => r.isPointInRange(caret.node, caret.offset) && !isRangeEnd(r, caret))) : undefined;
}

interface Caret {
  node: Node;
  offset: number;
}

/** The text position at a viewport point: Chromium's caretRangeFromPoint, else the standard one (Firefox's). */
function caretAt(x: number, y: number): Caret | null {
  const range = document.caretRangeFromPoint?.(x, y);
  if (range) return { node: range.startContainer, offset: range.startOffset };
  const standard = document as { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const position = standard.caretPositionFromPoint?.(x, y);
  return position ? { node: position.offsetNode, offset: position.offset } : null;
}

/** isPointInRange counts a range's end point in, but a caret there stands before the next character, outside it. */
function isRangeEnd(r: Range, caret: Caret): boolean {
  return r.endContainer === caret.node && r.endOffset === caret.offset;
}
