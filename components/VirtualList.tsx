// A list that renders only the rows in view (plus a few either side), so 10,000 clippings stay fast.
// Rows have known heights; positions come from prefix sums and a binary search.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: T[];
  heightOf: (item: T) => number;
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** Height of the scrolling viewport in px. */
  height: number;
  overscan?: number;
  label: string;
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

export function VirtualList<T>({ items, heightOf, keyOf, render, height, overscan = 4, label }: VirtualListProps<T>) {
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
  const visible = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    visible.push(
      <div key={keyOf(item)} role="listitem" class="vrow" style={{ top: `${offsets[i]}px`, height: `${heightOf(item)}px` }}>
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
    >
      <div class="vlist-inner" style={{ height: `${total}px` }}>
        {visible}
      </div>
    </div>
  );
}
