/**
 * Docked, not floating: while the panel is open the host page makes room for all of it. The page
 * is narrowed by the panel's width; what cannot narrow further (a wide form, a long select) makes
 * the page scroll sideways instead of sliding under the panel, and a same-origin frame whose form
 * is wider than the frame grows to it, so nothing is clipped inside the frame either.
 */

const ROOM = (width: number): Record<string, string> => ({
  'margin-right': `${width}px`,
  // As wide as the page's widest content that cannot wrap, so it scrolls out from under the panel.
  width: 'fit-content',
  'min-width': `calc(100% - ${width}px)`,
  // Scrolling to a control (Tab, "Show me") stops short of the panel.
  'scroll-padding-right': `${width}px`,
});

/**
 * The page's body a layer of painting of its own while the panel is beside it. The panel is in the
 * browser's top layer, painted with the page's root, so each change to the panel made the browser
 * repaint all of the page the body holds: 1.3 ms at 1,000 notes, 3.5 at 5,000, 12 at 20,000, for
 * every verdict redrawn. Isolated, the body's painting is kept and only the panel's is done again.
 * It gives the body a stacking context and nothing else (no containing block, no clipping). What
 * that can change on a page, only where its root has a background of its own: an element with a
 * negative z-index paints over the body's background rather than under it, and a blend mode in the
 * body no longer blends with the root's background.
 */
const BODY: Record<string, string> = { isolation: 'isolate' };

const declarations = (style: Record<string, string>): string =>
  Object.entries(style)
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ');

/**
 * The same room as a style sheet for the page's root, for the service worker to give a case page
 * as it starts loading (entrypoints/background/early-room.ts): the host then lays its page out once,
 * already narrowed, instead of once at full width and again, all of it, when the panel opens.
 */
export const roomCss = (width: number): string => `html { ${declarations(ROOM(width))} } body { ${declarations(BODY)} }`;

type Saved = [style: CSSStyleDeclaration, name: string, value: string, priority: string];

/** The page's elements whose style the panel changes: the reader is not to take that for the page changing. */
const styled = new WeakSet<Node>();

/** Whether the panel has styled this element of the page (to make room for itself). */
export const styledForRoom = (node: Node): boolean => styled.has(node);

function set(saved: Saved[], el: HTMLElement, name: string, value: string): void {
  styled.add(el);
  saved.push([el.style, name, el.style.getPropertyValue(name), el.style.getPropertyPriority(name)]);
  el.style.setProperty(name, value);
}

/**
 * Frames of this page whose content is wider than the frame (same-origin only: others are not ours
 * to measure). A page without frames is not searched for them: the window knows how many frames it
 * has, and the search asks every element of the page (2–3 ms on a page of 5,000 notes).
 */
function widenFrames(doc: Document, saved: Saved[]): void {
  if (doc.defaultView?.frames.length === 0) return;
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    let inner: HTMLElement | undefined;
    try {
      inner = frame.contentDocument?.documentElement ?? undefined;
    } catch {
      inner = undefined;
    }
    if (!inner || inner.scrollWidth <= frame.clientWidth) continue;
    set(saved, frame, 'min-width', `${inner.scrollWidth + frame.offsetWidth - frame.clientWidth}px`);
  }
}

/**
 * The page's fixed elements that reach under the panel (a cookie banner, a toolbar pinned to the
 * bottom, a toast): placed against the window, not the page, they ignore its narrowing, so they
 * move or narrow out from under the panel. Found by asking the browser what lies under the panel's
 * strip (a few hit tests), not by styling every element of a page of thousands of rows.
 */
function moveFixed(doc: Document, width: number, saved: Saved[]): void {
  const view = doc.defaultView;
  if (!view) return;
  const edge = view.innerWidth - width;
  const found = new Set<HTMLElement>();
  // Each element asked for its position once: the hits along the strip share most of their ancestors.
  const seen = new Set<Element>();
  for (let y = 4; y < view.innerHeight; y += 24) {
    for (const hit of doc.elementsFromPoint(edge + 4, y)) {
      for (let el: Element | null = hit; el && el !== doc.body && el !== doc.documentElement && !seen.has(el); el = el.parentElement) {
        seen.add(el);
        if (el.tagName === 'CLOSURE-COMPANION') break;
        if (el instanceof view.HTMLElement && view.getComputedStyle(el).position === 'fixed') found.add(el);
      }
    }
  }
  for (const el of found) {
    const box = el.getBoundingClientRect();
    if (box.right <= edge) continue;
    const right = view.getComputedStyle(el).right;
    if (right !== 'auto') set(saved, el, 'right', `${parseFloat(right) + width}px`);
    else set(saved, el, 'max-width', `${Math.max(0, edge - box.left)}px`);
  }
}

/** Puts back the styles saved, last first. */
function giveBack(saved: Saved[]): void {
  for (const [style, name, value, priority] of saved.reverse()) {
    if (value) style.setProperty(name, value, priority);
    else style.removeProperty(name);
  }
}

/** Makes room for a panel `width` px wide on the right; returns how to give the page back as it was. */
export function makeRoom(doc: Document, width: number): () => void {
  const saved: Saved[] = [];
  for (const [name, value] of Object.entries(ROOM(width))) set(saved, doc.documentElement, name, value);
  if (doc.body) for (const [name, value] of Object.entries(BODY)) set(saved, doc.body, name, value);
  widenFrames(doc, saved);
  // A frame that loads later (a form opened in place) is measured once it has.
  const onLoad = (e: Event) => e.target instanceof HTMLIFrameElement && widenFrames(doc, saved);
  doc.addEventListener('load', onLoad, true);
  return () => {
    doc.removeEventListener('load', onLoad, true);
    giveBack(saved);
  };
}

/**
 * Moves the page's fixed elements out from under a panel `width` px wide (moveFixed), as the panel
 * is drawn: `now` when the room was made before (the page has been laid out with it, or is due that
 * layout anyway), so the hit tests add no layout and the page is laid out once for the panel and the
 * moves together (a 5,000-note page's every layout costs 4–5 ms, whatever changed); `after-frame`
 * when the room is made in this same drawing, where asking now would lay out a page of thousands of
 * rows inside our task. Returns how to put them back.
 */
export function moveFixedOut(doc: Document, width: number, when: 'now' | 'after-frame'): () => void {
  const saved: Saved[] = [];
  const view = doc.defaultView;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (when === 'now') moveFixed(doc, width, saved);
  else frame = view?.requestAnimationFrame(() => (timer = setTimeout(() => moveFixed(doc, width, saved))));
  return () => {
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
    clearTimeout(timer);
    giveBack(saved);
  };
}
