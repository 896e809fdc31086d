/**
 * Pointing at the host page: while an administrator shows the extension where a field is, each
 * element under the pointer is outlined and the next click is taken as the answer, not passed to the
 * page (so nothing on the host page is pressed). Escape stops. Same-origin frames (a form shown in its
 * workflow step) can be pointed into too.
 */
const OUTLINE = '3px dashed #1d70b8';

/** The documents that can be pointed at: this one and its same-origin frames. */
export function pointableDocuments(doc: Document = document): Document[] {
  const docs = [doc];
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      if (frame.contentDocument) docs.push(frame.contentDocument);
    } catch {
      // A cross-origin frame is not ours to look into.
    }
  }
  return docs;
}

/** Waits for one click on any of the documents; resolves to the element clicked, or null when stopped (Escape, or `stop`). */
export function pointAt(docs: Document[], signal: AbortSignal): Promise<Element | null> {
  return new Promise((resolve) => {
    let outlined: HTMLElement | null = null;
    let before = '';
    const unmark = () => {
      if (outlined) outlined.style.outline = before;
      outlined = null;
    };
    const ours = (el: EventTarget | null) => el instanceof Element && el.closest('closure-companion, closure-companion-skip') !== null;
    const over = (e: Event) => {
      const el = e.target as HTMLElement;
      if (ours(el) || el === outlined) return;
      unmark();
      outlined = el;
      before = el.style.outline;
      el.style.outline = OUTLINE;
    };
    const finish = (answer: Element | null) => {
      unmark();
      for (const d of docs) {
        d.removeEventListener('mouseover', over, true);
        d.removeEventListener('click', click, true);
        d.removeEventListener('keydown', key, true);
        d.documentElement.style.removeProperty('cursor');
      }
      resolve(answer);
    };
    const click = (e: Event) => {
      if (ours(e.target)) return;
      // The click is the answer, not a press of the host's own control.
      e.preventDefault();
      e.stopPropagation();
      finish(e.target as Element);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') finish(null);
    };
    for (const d of docs) {
      d.addEventListener('mouseover', over, true);
      d.addEventListener('click', click, true);
      d.addEventListener('keydown', key, true);
      d.documentElement.style.cursor = 'crosshair';
    }
    signal.addEventListener('abort', () => finish(null), { once: true });
  });
}

/**
 * The element on the page whose own words are these (a label, a column header), for an administrator
 * who types the words instead of pointing: only an exact match of its whole text, and only if unique.
 */
export function elementWithWords(docs: Document[], words: string): Element | null {
  const wanted = words.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[\s:*]+$/, '');
  if (!wanted) return null;
  const hits = docs.flatMap((d) =>
    Array.from(d.querySelectorAll('label, legend, th, dt, td, span, div, [role=columnheader]')).filter(
      (el) => !el.closest('closure-companion') && Array.from(el.children).every((c) => c.tagName === 'SPAN' || c.tagName === 'ABBR') && (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/[\s:*]+$/, '') === wanted,
    ),
  );
  // The innermost element with the words (a label inside its cell).
  const innermost = hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
  return innermost.length === 1 ? innermost[0]! : null;
}
