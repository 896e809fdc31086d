/** Scrolls to the host element a fact was read from and highlights it briefly. */
import type { Source } from '../record/schema';

const HIGHLIGHT_MS = 2000;

/** Finds the element in this document or, for facts read in the closure form's iframe, in a same-origin frame. */
export function findOnPage(source: Source, doc: Document = document): Element | null {
  if (!source.selector) return null;
  const here = safeQuery(doc, source.selector);
  if (here && !source.frame) return here;
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // a cross-origin frame: not ours to look into
    }
    const found = inner && safeQuery(inner, source.selector);
    if (found) return found;
  }
  return here;
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

export function showOnPage(source: Source): boolean {
  const element = findOnPage(source);
  if (!element) return false;
  const win = element.ownerDocument.defaultView ?? window;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Bring the frame into view first, then the element inside it.
  if (element.ownerDocument !== document) win.frameElement?.scrollIntoView({ block: 'nearest' });
  element.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  const el = element as HTMLElement;
  const previous = { outline: el.style.outline, offset: el.style.outlineOffset };
  el.style.outline = '3px solid #ffbf47';
  el.style.outlineOffset = '2px';
  el.setAttribute('data-closure-companion-highlight', 'true');
  win.setTimeout(() => {
    el.style.outline = previous.outline;
    el.style.outlineOffset = previous.offset;
    el.removeAttribute('data-closure-companion-highlight');
  }, HIGHLIGHT_MS);
  return true;
}
