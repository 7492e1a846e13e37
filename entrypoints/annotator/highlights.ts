// The CSS Custom Highlights we register: all under jianbao-* names, so the page's own highlights are left alone.
import type { HighlightEntry } from '@/lib/highlight/entries';

const PREFIX = 'jianbao-';
const FOCUS_SET = 'jianbao-focus';

export function clearHighlights(): void {
  const registry = CSS.highlights;
  for (const name of [...registry.keys()]) if (String(name).startsWith(PREFIX)) registry.delete(name);
}

/**
 * Figures and places in their entries' sets. Only what Jianbao reads off the page itself goes here: the registry is
 * the document's, and the page's scripts can read every range in it. The reader's clippings are painted inside the
 * closed shadow root instead (clip-paint.ts).
 */
export function paintHighlights(entries: readonly HighlightEntry[]): void {
  const sets = new Map<string, Range[]>();
  for (const e of entries) {
    const list = sets.get(e.set) ?? [];
    list.push(...e.ranges);
    sets.set(e.set, list);
  }
  for (const [name, ranges] of sets) register(name, ranges, 1);
}

/** Marks the headline the panel just scrolled to. */
export function focusHighlight(range: Range): void {
  CSS.highlights.set(FOCUS_SET, new Highlight(range));
}

function register(name: string, ranges: Range[], priority: number): void {
  const h = new Highlight(...ranges);
  h.priority = priority;
  CSS.highlights.set(name, h);
}
