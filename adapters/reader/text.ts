/** A page's words as a person reads them, and where an element is, for "Show me". */

/** White space other than a lone space: what folding would change inside a text. */
const FOLDS = /[^\S ]| {2}/;

/**
 * Text as a person reads it: white space folded, trimmed. Most of a list's cells hold words with
 * single spaces between them, which only need trimming: folding them anyway made a new copy of
 * every cell's words.
 */
export function clean(text: string | null | undefined): string {
  const t = text ?? '';
  return (FOLDS.test(t) ? t.replace(/[\s\u00a0]+/g, ' ') : t).trim();
}

/**
 * Hidden by the page itself (a `hidden` attribute or an inline `display:none`): a cell's folded
 * detail panel is not what the cell says. Styles from style sheets are not consulted: a closed tab
 * still holds the facts of the record.
 */
export function hiddenInline(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** The element's words without its descendants that the page hides inline (a folded detail panel). */
export function visibleText(el: Element): string {
  if (!el.querySelector('[hidden], [style*="display"]')) return clean(el.textContent);
  let text = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) text += n.textContent;
      else if (n.nodeType === 1 && !hiddenInline(n as Element)) {
        walk(n);
        // A break or a block starts a new line of words.
        if (/^(BR|DIV|P|LI)$/.test((n as Element).tagName)) text += ' ';
      }
    }
  };
  walk(el);
  return clean(text);
}

/**
 * Whether the page goes on after the element. A page cut short (a dropped connection, a proxy's
 * size limit) ends inside its last element: a list or value there may be partial, so it is read as
 * unknown rather than as a shorter list. Any node after it, even the line break after its end tag,
 * proves the parser read that end tag; all but the remains of a tag the cut split ("<", "</"),
 * which the parser writes out as text at the very end.
 */
export function followedByContent(el: Element): boolean {
  for (let node: Node | null = el; node && node.nodeName !== 'BODY' && node.nodeName !== 'HTML'; node = node.parentNode) {
    let text = '';
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType !== 3) return true;
      text += next.textContent;
    }
    // The parser may write the split tag's "<" as a text node of its own after a line break's.
    if (text && !/^\s*<\/?$/.test(text)) return true;
  }
  return false;
}

/** CSS's white space between the words of a class attribute (not JavaScript's \s, which has more). */
const CLASS_SPACE = '[ \\t\\n\\f\\r]';

/** Up to this many classes, the browser's own selector is the quicker (see withClass). */
const FEW_CLASSES = 2;

/** Patterns by the classes they find: a profile's few are made once, not at every reading. */
const classPatterns = new Map<string, RegExp>();

/**
 * The page's elements of any of these classes, in any case (profiles name classes as the page's
 * author wrote them, in whatever case), in document order: what `[class~="…" i]` selects. The
 * browser's case-blind selector tests every element of the page against each class; for more than
 * a couple of classes it is quicker to test each class attribute against one pattern (a page of
 * 5,000 notes, traced in an extension's world: 9 classes 8.7 ms against 4.2, 7 classes 5.8 against
 * 3.0; 1 class 1.9 against 5.0). (A profile's class names are letters, digits, "-" and "_":
 * adapters/profiles/schema.ts. Without the `u` flag, `i` folds no other letter into a Latin one, as
 * CSS's ASCII case-blindness does.)
 */
export function withClass(doc: Document, classes: ReadonlySet<string>): Element[] {
  if (!classes.size) return [];
  if (classes.size <= FEW_CLASSES) return Array.from(doc.querySelectorAll(Array.from(classes, (c) => `[class~="${c}" i]`).join(', ')));
  const names = Array.from(classes, (c) => c.replace(/[^\w-]/g, '\\$&')).join('|');
  let pattern = classPatterns.get(names);
  if (!pattern) {
    pattern = new RegExp(`(?:^|${CLASS_SPACE})(?:${names})(?:${CLASS_SPACE}|$)`, 'i');
    classPatterns.set(names, pattern);
  }
  const found: Element[] = [];
  const all = doc.querySelectorAll('[class]');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (pattern.test(el.getAttribute('class')!)) found.push(el);
  }
  return found;
}

/** Whether the element has one of these (lower-cased) classes, in any case. */
export function hasClass(el: Element, classes: ReadonlySet<string>): boolean {
  for (const c of Array.from(el.classList)) if (classes.has(c.toLowerCase())) return true;
  return false;
}

/**
 * The elements of these tag names, and `more` (itself in document order), in document order. Each
 * tag name is asked of the browser on its own, which answers at once, in document order; a list of
 * selectors would make it test every element of a page of thousands of rows against each. The
 * answers are merged, never sorted: a sort asked the page where each of thousands of elements sat
 * many times over.
 */
export function byTags(doc: Document, tags: readonly string[], more: readonly Element[] = []): Element[] {
  return tags.reduce((found, tag) => inOrder(found, Array.from(doc.getElementsByTagName(tag))), [...more]);
}

// Node.DOCUMENT_POSITION_FOLLOWING, by number: a frame's nodes are another window's.
const precedes = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & 4) !== 0;

/** Two lists in document order as one, each element once: each of the shorter's found in the longer by halving. */
function inOrder(a: Element[], b: Element[]): Element[] {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (!short.length) return long;
  const merged: Element[] = [];
  let from = 0;
  for (const el of short) {
    let lo = from;
    let hi = long.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (long[mid] !== el && precedes(long[mid]!, el)) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) merged.push(long[i]!);
    from = lo;
    // In both lists: taken with the longer's.
    if (long[from] !== el) merged.push(el);
  }
  for (let i = from; i < long.length; i++) merged.push(long[i]!);
  return merged;
}

const quoteId = (id: string) => `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

/** A CSS selector that finds the element again, for "Show me". */
export function selectorFor(el: Element): string {
  if (el.id) return quoteId(el.id);
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'HTML') {
    if (node.id) {
      parts.unshift(quoteId(node.id));
      break;
    }
    const tag = node.tagName.toLowerCase();
    const parent: Element | null = node.parentElement;
    const same = parent ? Array.from(parent.children).filter((c) => c.tagName === node!.tagName) : [];
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return parts.join(' > ');
}
