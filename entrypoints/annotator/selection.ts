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
