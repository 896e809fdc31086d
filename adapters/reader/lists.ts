/**
 * Lists on a page, in the two markup families systems use — HTML tables with a header row, and ARIA
 * grids (`role=grid|table` → `row` → `columnheader` / `gridcell`, often made of divs) — read into one
 * shape, found by their column headers (and the heading they sit under), never by position.
 */
import type { Words } from '../profiles/schema';
import { matches } from '../profiles/words';
import { controlIn, isSelect, isTickBox } from './pairs';
import { ROWS_PER_STEP, runToEnd, type Steps } from './steps';
import { byTags, clean, hasClass, hiddenInline, selectorFor, visibleText, withClass } from './text';

export interface ListRow {
  element: Element;
  /** A table row's own cells as the browser keeps them (not copied: a list may have thousands of rows). */
  cells: ArrayLike<Element>;
}

export interface List {
  element: Element;
  /** The heading the list sits under (card title, legend, caption, `aria-labelledby`, h2 …). */
  heading: string;
  headers: string[];
  headerCells: Element[];
  /** Body rows with as many cells as there are headers. */
  rows: ListRow[];
  /** Rows of one cell: "No case notes recorded", "Loading …"; read only for a list without full rows, all they tell. */
  notes: string[];
  /**
   * The table's last row is narrower than the header after full rows: a page cut short mid-row (the
   * browser closes the row where the text stops). The rows read may not be all of them.
   */
  endsMidRow: boolean;
}

/**
 * Whether the last body row is narrower than the header after full rows, and unlike any row before
 * it (a one-cell detail row under every note is the list's pattern, not a cut). Widths are counted
 * only when the last row is narrower: most lists end in a full row, and a list may have thousands.
 */
function endsMidRow(body: readonly HTMLTableRowElement[], headerWidth: number): boolean {
  const lastRow = body[body.length - 1];
  if (!lastRow) return false;
  const last = widthOf(lastRow.cells);
  if (last >= headerWidth) return false;
  const before = body.slice(0, -1).map((row) => widthOf(row.cells));
  return before.includes(headerWidth) && !before.includes(last);
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'legend', 'caption'];

/** The page's headings in document order, found once for all its lists. */
interface Headings {
  all: readonly Element[];
  of: ReadonlySet<Element>;
}

/** `a` comes before `b` in the page (Node.DOCUMENT_POSITION_FOLLOWING, by number: a frame's nodes are another window's). */
const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0;

/**
 * The nearest heading before the element, as a reader looking up the page finds it: the last heading
 * ahead of it that is not around it; where headings sit inside one another, the one beside the
 * element's own branch of the page; a fieldset's legend before anything outside the fieldset. (Found
 * among the page's headings, not by searching the page around each list: a list may sit after
 * another of thousands of rows.)
 */
function headingOf(el: Element, headings: Headings): string {
  const named = el.getAttribute('aria-labelledby');
  if (named) {
    const text = clean(named.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
    if (text) return text;
  }
  const caption = el.tagName === 'TABLE' ? (el as HTMLTableElement).caption : null;
  if (caption) return clean(caption.textContent);
  let found: Element | undefined;
  for (let i = headings.all.length - 1; i >= 0 && !found; i--) {
    const heading = headings.all[i]!;
    if (!heading.contains(el) && before(heading, el) && heading.closest('body')) found = heading;
  }
  let fieldset: Element | null = el.parentElement;
  while (fieldset && !(fieldset.tagName === 'FIELDSET' && Array.from(fieldset.children).some((c) => c.tagName === 'LEGEND'))) fieldset = fieldset.parentElement;
  if (fieldset && !(found && fieldset.contains(found))) return clean(Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND')!.textContent);
  if (!found) return '';
  // The heading's branch beside the element's: itself a heading, it is the one (a titled card holding an h3).
  let branch = found;
  while (branch.parentElement && !branch.parentElement.contains(el)) branch = branch.parentElement;
  return clean((headings.of.has(branch) ? branch : found).textContent);
}

/** How many columns a table row's cells span, colspan counted. */
function widthOf(cells: HTMLCollectionOf<HTMLTableCellElement>): number {
  let width = 0;
  for (let i = 0; i < cells.length; i++) width += cells[i]!.colSpan;
  return width;
}

function* fromTable(table: HTMLTableElement, headings: Headings): Steps<List | null> {
  // table.rows holds this table's own rows only, never a nested table's.
  const all = table.rows;
  let headIndex = -1;
  for (let i = 0; i < all.length && headIndex < 0; i++) {
    const cells = all[i]!.cells;
    if (cells.length > 1 && Array.from(cells).every((c) => c.tagName === 'TH')) headIndex = i;
  }
  if (headIndex < 0) return null;
  const head = all[headIndex]!.cells;
  const headerCells = Array.from(head);
  // One pass over the body: a list may have thousands of rows.
  const rows: ListRow[] = [];
  const oneCell: HTMLTableRowElement[] = [];
  const body: HTMLTableRowElement[] = [];
  for (let i = headIndex + 1; i < all.length; i++) {
    const row = all[i]!;
    const cells = row.cells;
    if (cells.length === headerCells.length) rows.push({ element: row, cells });
    else if (cells.length === 1) oneCell.push(row);
    body.push(row);
    if (i % ROWS_PER_STEP === 0) yield;
  }
  return {
    element: table,
    heading: headingOf(table, headings),
    headers: headerCells.map((c) => clean(c.textContent)),
    headerCells,
    rows,
    notes: rows.length ? [] : oneCell.map((row) => clean(row.textContent)),
    endsMidRow: endsMidRow(body, widthOf(head)),
  };
}

const CELLS = '[role=columnheader], [role=gridcell], [role=cell], [role=rowheader]';
const GRIDS = '[role=grid], [role=table], [role=treegrid]';

/** An ARIA grid's own rows (not a nested grid's) and their cells. */
function* fromGrid(grid: Element, headings: Headings, grids: readonly Element[]): Steps<List | null> {
  const rows: Element[] = [];
  const all = Array.from(grid.querySelectorAll('[role=row]'));
  yield;
  // A row is the grid's own unless a grid inside it holds the row: asked of each row only where the
  // grid has one inside (each question of the page costs, and a grid may have thousands of rows).
  // Whether it has is asked of the page's few grids, not by searching all of this one again.
  const nested = grids.some((other) => other !== grid && grid.contains(other));
  for (let i = 0; i < all.length; i++) {
    const row = all[i]!;
    if (!nested || row.parentElement?.closest(GRIDS) === grid) rows.push(row);
    if (i % ROWS_PER_STEP === 0) yield;
  }
  const cellsOf = (row: Element): Element[] => {
    const cells = row.querySelectorAll(CELLS);
    // Most rows hold their cells as children and nothing else that is a cell: taken as they are,
    // without asking each cell which row it is in (thousands of rows; each question costs). A copy:
    // the row's own live list of children is slower to ask for a cell than an array (measured).
    const count = cells.length;
    if (row.childElementCount === count) {
      const children: Element[] = [];
      for (let c = row.firstElementChild; c && c === cells[children.length]; c = c.nextElementSibling) children.push(c);
      if (children.length === count) return children;
    }
    return Array.from(cells).filter((c) => c.closest('[role=row]') === row);
  };
  const headIndex = rows.findIndex((r) => {
    const cells = cellsOf(r);
    return cells.length > 1 && cells.every((c) => c.getAttribute('role') === 'columnheader');
  });
  if (headIndex < 0) return null;
  const headerCells = cellsOf(rows[headIndex]!);
  const body: ListRow[] = [];
  for (let i = headIndex + 1; i < rows.length; i++) {
    body.push({ element: rows[i]!, cells: cellsOf(rows[i]!) });
    if (i % ROWS_PER_STEP === 0) yield;
  }
  return {
    element: grid,
    heading: headingOf(grid, headings),
    headers: headerCells.map((c) => clean(c.textContent)),
    headerCells,
    rows: body.filter((r) => r.cells.length === headerCells.length),
    notes: body.some((r) => r.cells.length === headerCells.length) ? [] : body.filter((r) => r.cells.length === 1).map((r) => clean(r.cells[0]!.textContent)),
    // Drawn by the page's scripts from data, not cut by the network mid-row.
    endsMidRow: false,
  };
}

/**
 * Every list on the page: tables with a header row of th cells, and ARIA grids with column headers.
 * Each search of the whole page is a step of its own: on a page of 10,000 notes each takes 5–15 ms,
 * and all of them in one step held the page for 40 ms and more before the first pause.
 */
export function* listsOnInSteps(doc: Document, headingClasses: ReadonlySet<string>, classed: readonly Element[] = withClass(doc, headingClasses)): Steps<List[]> {
  const heads = byTags(doc, HEADINGS, classed.filter((el) => hasClass(el, headingClasses)));
  const headings: Headings = { all: heads, of: new Set(heads) };
  yield;
  const found: List[] = [];
  const tables = Array.from(doc.getElementsByTagName('table'));
  yield;
  for (const table of tables) {
    const list = yield* fromTable(table, headings);
    if (list) found.push(list);
  }
  const grids = Array.from(doc.querySelectorAll(GRIDS));
  yield;
  for (const grid of grids) {
    const list = grid.tagName === 'TABLE' ? null : yield* fromGrid(grid, headings, grids);
    if (list) found.push(list);
  }
  // A grid's "Loading…" or "No notes" may sit beside it rather than in a row of its own.
  for (const list of found) if (list.rows.length === 0 && list.notes.length === 0) list.notes.push(...besideNotes(list.element));
  return found;
}

/** Every list on the page, read at once. */
export const listsOn = (doc: Document, headingClasses: ReadonlySet<string>, classed?: readonly Element[]): List[] => runToEnd(listsOnInSteps(doc, headingClasses, classed));

/** Short status lines right after or before an empty list (a status region, an empty-state paragraph). */
function besideNotes(el: Element): string[] {
  const notes: string[] = [];
  for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
    const text = sibling ? clean(sibling.textContent) : '';
    if (text && text.length < 120 && !sibling!.querySelector('table, [role=grid]')) notes.push(text);
  }
  return notes;
}

/** Column index for each wanted column, by header words; undefined when a required one is missing or any is ambiguous. */
export function columnsOf<K extends string>(list: List, wanted: Partial<Record<K, Words>>, required: readonly NoInfer<K>[]): Record<K, number> | undefined {
  const found = {} as Record<K, number>;
  for (const [key, phrases] of Object.entries(wanted) as [K, Words][]) {
    const hits = list.headers.flatMap((h, i) => (matches(h, phrases) ? [i] : []));
    if (hits.length > 1) return undefined;
    if (hits.length === 0 && required.includes(key)) return undefined;
    found[key] = hits[0] ?? -1;
  }
  for (const key of required) if (!(key in found)) return undefined;
  return found;
}

/** A cell's words (its visible text), or its control's value. */
export function cellText(row: ListRow, index: number): string {
  if (index < 0) return '';
  const cell = row.cells[index];
  if (!cell) return '';
  // Most cells hold plain text: skip the search for a control (thousands of rows).
  if (!cell.firstElementChild) return clean(cell.textContent);
  const control = controlIn(cell);
  if (isSelect(control)) return clean(control.selectedOptions[0]?.value ? control.selectedOptions[0].textContent : '');
  if (control && !isTickBox(control)) return control.value;
  return visibleText(cell);
}

const BLOCKS = new Set(['DIV', 'P', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE']);

/**
 * A cell's first line: its words before the first block inside it, when there are any. A list of
 * notes often shows each note's subject with a preview of its text below; the preview is not the
 * subject. A cell that starts with a block (or holds none) reads whole.
 */
export function cellFirstLine(row: ListRow, index: number): string {
  const cell = index < 0 ? undefined : row.cells[index];
  if (!cell?.firstElementChild) return cellText(row, index);
  let line = '';
  for (let n = cell.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && BLOCKS.has((n as Element).tagName)) break;
    if (n.nodeType === 3 || (n.nodeType === 1 && !hiddenInline(n as Element))) line += ` ${n.textContent}`;
  }
  return clean(line) || cellText(row, index);
}

const parentSelectors = new WeakMap<Element, { selector: string; index: Map<Element, number> }>();

/**
 * A selector for a row, for "Show me" on the row a verdict cites: its parent's selector and its place
 * there, worked out once per parent (a list of thousands of rows stays a single pass).
 */
export function rowSelector(row: ListRow): string {
  const parent = row.element.parentElement;
  if (!parent) return selectorFor(row.element);
  let known = parentSelectors.get(parent);
  const at = known?.index.get(row.element);
  // Rows added, removed or sorted since: work the places out again.
  if (!known || at === undefined || parent.children[at - 1] !== row.element) {
    known = { selector: selectorFor(parent), index: new Map(Array.from(parent.children).map((c, i) => [c, i + 1])) };
    parentSelectors.set(parent, known);
  }
  return `${known.selector} > :nth-child(${known.index.get(row.element)})`;
}

/**
 * How a row was read: under which profile (its words) and with its columns where (header text →
 * place). The same row read another way says something else.
 */
export interface RowReading {
  profile: object;
  columns: string;
}

/**
 * Rows already read, by element: a page read again after a change (a row added, a status edited)
 * parses only the rows that changed. The page's changes are watched from the first row kept, and a
 * row is let go of as soon as anything in it changes (its words, its elements, their attributes:
 * what is hidden); changes not yet handed over are taken at each look-up, so a reading just after a
 * change never sees a row as it was. Only for rows without form controls, whose elements are all
 * they say (a control's value changes without the page's elements changing). Asking the row for
 * all its text instead, to compare, cost more than a tenth of reading a list of thousands.
 */
const readRows = new WeakMap<Node, { how: RowReading; value: unknown }>();
const watchers = new WeakMap<Document, MutationObserver>();

/** Lets go of every row a change was in (the changed node and its ancestors: one of them is the row). */
function letGo(records: MutationRecord[]): void {
  // Asked at each row's look-up, where there is most often no change: nothing is made for none.
  if (!records.length) return;
  // Thousands of rows added at once share their ancestors: each is seen once.
  const done = new Set<Node>();
  for (const { target } of records) {
    for (let node: Node | null = target; node && !done.has(node); node = node.parentNode) {
      done.add(node);
      readRows.delete(node);
    }
  }
}

export function rememberedRow<T>(row: ListRow, how: RowReading): T | undefined {
  const watcher = watchers.get(row.element.ownerDocument);
  if (!watcher) return undefined;
  letGo(watcher.takeRecords());
  const seen = readRows.get(row.element);
  return seen && seen.how.profile === how.profile && seen.how.columns === how.columns ? (seen.value as T) : undefined;
}

export function rememberRow<T>(row: ListRow, how: RowReading, value: T): T {
  const doc = row.element.ownerDocument;
  if (!watchers.has(doc)) {
    // The document's own window's observer: a frame's or a test's document is another window's.
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer) return value;
    const watcher = new Observer(letGo);
    watcher.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    watchers.set(doc, watcher);
  }
  readRows.set(row.element, { how, value });
  return value;
}
