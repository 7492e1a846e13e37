/**
 * Every handler of the panel goes through this: an event the page's own scripts made (dispatchEvent, element.click())
 * is not the reader's, and is ignored. The panel lives in a closed shadow root, so the page cannot reach its
 * elements anyway; this holds even if it found a way to.
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}
