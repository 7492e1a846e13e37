// A list that renders only the rows in view (plus a few either side), so 10,000 clippings stay fast.
// Rows have known heights; positions come from prefix sums and a binary search.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: T[];
  heightOf: (item: T) => number;
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** Height of the scrolling viewport in px. */
  height: number;
  overscan?: number;
  label: string;
  /** Told which items are drawn (first inclusive, last exclusive, overscan included), so their data can be read. */
  onRange?: (first: number, last: number) => void;
}

function firstAtOrAfter(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Arrow keys move between rows, keeping the same control (Open, Edit …) focused; the browser scrolls the
 * newly focused row into view, which renders the rows beyond it. */
function moveFocus(e: KeyboardEvent): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const target = e.target as HTMLElement;
  const row = target.closest('.vrow');
  if (!row || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return;
  const rows = [...(row.parentElement?.children ?? [])].sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top));
  const next = rows[rows.indexOf(row) + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  const controls = [...row.querySelectorAll<HTMLElement>('button, a[href]')];
  const nextControls = [...next.querySelectorAll<HTMLElement>('button, a[href]')];
  const focus = nextControls[Math.min(Math.max(controls.indexOf(target), 0), nextControls.length - 1)];
  if (!focus) return;
  e.preventDefault();
  focus.focus();
  focus.scrollIntoView?.({ block: 'nearest' });
}

export function VirtualList<T>({ items, heightOf, keyOf, render, height, overscan = 4, label, onRange }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const offsets = useMemo(() => {
    const out = new Array<number>(items.length + 1);
    out[0] = 0;
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + heightOf(items[i]!);
    return out;
  }, [items, heightOf]);
  const total = offsets[items.length] ?? 0;
  const first = Math.max(0, firstAtOrAfter(offsets, scrollTop) - overscan);
  const last = Math.min(items.length, firstAtOrAfter(offsets, scrollTop + height) + 1 + overscan);
  useEffect(() => onRange?.(first, last), [first, last, onRange]);
  const visible = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    visible.push(
      <div key={keyOf(item)} role="listitem" aria-setsize={items.length} aria-posinset={i + 1} class="vrow" style={{ top: `${offsets[i]}px`, height: `${heightOf(item)}px` }}>
        {render(item, i)}
      </div>,
    );
  }
  return (
    <div
      class="vlist"
      role="list"
      aria-label={label}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={moveFocus}
    >
      <div class="vlist-inner" style={{ height: `${total}px` }}>
        {visible}
      </div>
    </div>
  );
}
