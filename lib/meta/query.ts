// Selector queries a hostile page cannot turn into a crash.

/**
 * Some DOMs match selectors recursively, and a page nested thousands of levels deep overflows their stack: such a
 * page simply yields nothing here.
 */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
