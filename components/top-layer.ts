/**
 * The overlay's host elements go in the browser's top layer, as manual popovers (never dismissed
 * by the page's clicks or the Escape key). A fixed element of the highest z-index inserted into a
 * page of thousands of rows made the browser walk the whole page's paint tree again, 12–19 ms on a
 * 5,000-note page here; in the top layer, above the page anyway, it costs nothing of the kind.
 * Where the browser has no popovers the host stays where it is, its panel fixed on top as before.
 */
export function showOnTop(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.popover = 'manual';
  try {
    host.showPopover();
  } catch {
    // Not in the document (the page replaced its body meanwhile): nothing to show.
  }
}

/**
 * Takes away the host elements an earlier copy of the extension left on the page (it was updated
 * under the page). They were put as children of the body (the root where there is none), so only
 * those are looked at: a query of the whole page walks all of a page of thousands of rows.
 */
export function removeEarlierHosts(doc: Document, tagName: string): void {
  for (const parent of [doc.body, doc.documentElement]) {
    for (const child of Array.from(parent?.children ?? [])) if (child.localName === tagName) child.remove();
  }
}
