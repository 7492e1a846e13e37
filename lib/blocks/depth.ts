// How deep a document's elements nest, read without recursion. Real pages nest a few dozen levels (the 181 pages
// of the article-extraction benchmark: 51 at most); a page nested hundreds deep is built to hurt, and Readability's
// per-node ancestor and descendant scans grow with the cube of the depth there (1,000 nested divs: minutes).

/** True when some element lies more than `limit` elements below `root`. Stops at the first such element. */
export function nestsDeeperThan(root: Node, limit: number): boolean {
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      if (node.firstChild) {
        if (++depth > limit) return true;
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (node === root || !node) return false;
    }
    node = node?.nextSibling ?? null;
  }
  return false;
}
