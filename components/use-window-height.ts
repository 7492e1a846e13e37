// The library list fills the window below its header and filters: its height follows window resizes (a list whose
// height is read once leaves a gap, or cuts rows off, when the reader resizes the popup window).
import { useEffect, useState } from 'preact/hooks';

/** The window's inner height less what sits above and below the list, never under `min`. */
export function useWindowHeight(reserve: number, min: number): number {
  const read = () => Math.max(min, (globalThis.innerHeight ?? 0) - reserve);
  const [height, setHeight] = useState(read);
  useEffect(() => {
    const onResize = () => setHeight(read());
    globalThis.addEventListener?.('resize', onResize);
    return () => globalThis.removeEventListener?.('resize', onResize);
  }, [reserve, min]);
  return height;
}
