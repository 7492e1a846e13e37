// Saving a selection: the page's current selection, and the floating button offered under it.

/** The reader's selection in the page, if any; a selection inside our own UI (`host`) is not the page's. */
export function currentSelectionRange(host: HTMLElement | null): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (host && host.contains(range.commonAncestorContainer)) return null;
  return range;
}

export interface SelectionButtonOptions {
  label: string;
  /** False while the highlights are hidden: no button is offered then. */
  active(): boolean;
  /** Our own UI's host element, whose selections are not offered. */
  host(): HTMLElement | null;
  /** The button was pressed for `range`. */
  onPress(range: Range): void;
}

export class SelectionSaveButton {
  private button: HTMLButtonElement | null = null;
  private range: Range | null = null;
  private listening = false;

  constructor(private readonly o: SelectionButtonOptions) {}

  /** A fresh, hidden button in `container` (the panel's shadow root). */
  mount(container: ParentNode): void {
    const button = document.createElement('button');
    button.className = 'float-save';
    button.type = 'button';
    button.textContent = this.o.label;
    button.hidden = true;
    // A mousedown on the button would otherwise collapse the selection it offers to save.
    button.addEventListener('mousedown', (e) => e.isTrusted && e.preventDefault());
    // Only the reader's own click: a page script's click() or dispatchEvent is not a press.
    button.addEventListener('click', (e) => e.isTrusted && this.press());
    this.button = button;
    container.append(button);
  }

  listen(): void {
    if (this.listening) return;
    this.listening = true;
    // After the mouseup's default action: a click inside a selection collapses it only then.
    document.addEventListener('mouseup', (e) => e.isTrusted && setTimeout(() => this.update()), true);
    document.addEventListener('keyup', (e) => e.isTrusted && e.shiftKey && this.update(), true);
  }

  private update(): void {
    if (!this.button || !this.o.active()) return;
    const range = currentSelectionRange(this.o.host());
    if (!range || !range.toString().trim()) {
      this.button.hidden = true;
      return;
    }
    const rect = range.getBoundingClientRect();
    this.button.style.left = `${Math.max(4, Math.min(window.innerWidth - 120, rect.right - 40))}px`;
    this.button.style.top = `${Math.max(4, Math.min(window.innerHeight - 30, rect.bottom + 6))}px`;
    this.button.hidden = false;
    this.range = range.cloneRange();
  }

  private press(): void {
    if (!this.range || !this.button) return;
    this.button.hidden = true;
    this.o.onPress(this.range);
  }
}

/**
 * The selection cut to the article it runs into first (`extents`, one per article, in page order): a drag that went
 * on under the panel or into the comments and footer keeps only the article's text. A selection outside every
 * article is returned as it is (the form then says how long it is and shows its end).
 */
export function clampToArticle(range: Range, extents: readonly (Range | null)[]): { range: Range; clipped: boolean } {
  for (const extent of extents) {
    if (!extent) continue;
    let start: number;
    let end: number;
    try {
      start = extent.comparePoint(range.startContainer, range.startOffset);
      end = extent.comparePoint(range.endContainer, range.endOffset);
    } catch {
      continue; // another document or a detached node: not this article's
    }
    // Wholly before or wholly after this article (or only touching its edge).
    if (end < 0 || start > 0) continue;
    if (start === 0 && end === 0) return { range, clipped: false };
    const clipped = range.cloneRange();
    if (start < 0) clipped.setStart(extent.startContainer, extent.startOffset);
    if (end > 0) clipped.setEnd(extent.endContainer, extent.endOffset);
    if (clipped.collapsed) continue;
    return { range: clipped, clipped: true };
  }
  return { range, clipped: false };
}

/**
 * The edge the panel should sit at while its form is open for a passage at `rect`: `preferred` unless the panel
 * (`width` wide, `margin` from the edge) would cover the passage there and would cover less of it at the other edge.
 */
export function sideClearOf(
  rect: { left: number; right: number },
  preferred: 'left' | 'right',
  viewportWidth: number,
  width: number,
  margin: number,
): 'left' | 'right' {
  const band = (side: 'left' | 'right') => (side === 'left' ? { left: margin, right: margin + width } : { left: viewportWidth - margin - width, right: viewportWidth - margin });
  const overlap = (side: 'left' | 'right') => {
    const b = band(side);
    return Math.max(0, Math.min(b.right, rect.right) - Math.max(b.left, rect.left));
  };
  const other = preferred === 'left' ? 'right' : 'left';
  return overlap(preferred) > 0 && overlap(other) < overlap(preferred) ? other : preferred;
}
