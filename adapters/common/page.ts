/**
 * Reading old enterprise pages by what they say, not where things sit: fields by their
 * label, tables by their headers, sections by their headings. Shared by every adapter;
 * the words each system uses live in that system's own folder.
 */
import type { KnownFact, PageKind, Source } from '../../record/schema';

/** Text as a person reads it: white space folded, trimmed. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Empty as the rules read it (closure-rules.md reading 15): blank, or a placeholder dash. */
export function emptyToNull(text: string): string | null {
  const t = clean(text);
  return t === '' || /^[\u2014\u2013-]+$/.test(t) ? null : t;
}

/**
 * Whether anything follows the element in the document. A page cut short (a dropped
 * connection, a proxy's size limit) ends inside its last element: a list or value there
 * may be partial, so it is read as unknown rather than as a shorter list.
 */
export function followedByContent(el: Element): boolean {
  for (let node: Node | null = el; node && node.nodeName !== 'BODY' && node.nodeName !== 'HTML'; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 1 || (next.nodeType === 3 && next.textContent!.trim())) return true;
    }
  }
  return false;
}

/** A CSS selector that finds the element again, for "Show me". */
export function selectorFor(el: Element): string {
  if (el.id) return `[id="${el.id.replace(/["\\]/g, '\\$&')}"]`;
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'HTML') {
    if (node.id) {
      parts.unshift(`[id="${node.id.replace(/["\\]/g, '\\$&')}"]`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    const same: Element[] = node.parentElement ? Array.from(node.parentElement.children).filter((c) => c.tagName === node!.tagName) : [];
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    node = node.parentElement;
  }
  return parts.join(' > ');
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** dd/mm/yyyy, dd-MMM-yyyy (or d MMMM yyyy), yyyy-mm-dd: one pass over the text. */
const DATE = /\b(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2})[-\s]([A-Za-z]{3})[A-Za-z]*[-\s](\d{4})|(\d{4})-(\d{2})-(\d{2}))\b/;

/**
 * The first date in the text, as ISO: dd/mm/yyyy, dd-MMM-yyyy, d MMM yyyy or yyyy-mm-dd.
 * `null` for empty text; `undefined` for text that holds no date it can trust.
 */
export function parseDate(text: string | null | undefined): string | null | undefined {
  const key = text ?? '';
  // Long lists repeat the same dates: remember the answers (a pure function of the text).
  if (dateMemo.has(key)) return dateMemo.get(key);
  const parsed = parseDateOnce(key);
  if (dateMemo.size > 5000) dateMemo.clear();
  dateMemo.set(key, parsed);
  return parsed;
}

const dateMemo = new Map<string, string | null | undefined>();

function parseDateOnce(text: string): string | null | undefined {
  const t = emptyToNull(text);
  if (t === null) return null;
  const m = DATE.exec(t);
  if (!m) return undefined;
  const [d, mo, y] = m[1] ? [+m[1], +m[2]!, +m[3]!] : m[4] ? [+m[4], MONTHS[m[5]!.toLowerCase()] ?? 0, +m[6]!] : [+m[9]!, +m[8]!, +m[7]!];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && !leap ? 28 : DAYS_IN_MONTH[mo - 1]!)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

// Tag names, not instanceof: a page's elements may come from another window (a frame, a test DOM).
export const isSelect = (el: Element | null): el is HTMLSelectElement => el?.tagName === 'SELECT';
export const isTickBox = (el: Element | null): el is HTMLInputElement =>
  el?.tagName === 'INPUT' && ((el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio');

/** A label and the element that holds its value (a form control or a cell). */
export interface LabelledValue {
  label: string;
  element: Element;
  control: Control | null;
}

const CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]), select, textarea';
/** Cells that label the cell after them: table headers, and the label-styled cells old systems use. */
const LABEL_CELL = /(^|\s)(lbl|label|fieldlabel|ql|caption)(\s|$)/i;

const SKIPPED_INPUTS = new Set(['hidden', 'button', 'submit', 'image', 'reset']);

function isControl(el: Element): boolean {
  const tag = el.tagName;
  return tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT' && !SKIPPED_INPUTS.has((el as HTMLInputElement).type));
}

/** The form control in (or at) the element: a plain walk, as it runs for every cell of big tables. */
function controlIn(el: Element): Control | null {
  if (isControl(el)) return el as Control;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const found = controlIn(child);
    if (found) return found;
  }
  return null;
}

/** Every label → value pair on the page, read once. */
export function labelledValues(doc: Document): LabelledValue[] {
  const pairs: LabelledValue[] = [];
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
    const target = doc.getElementById((label as HTMLLabelElement).htmlFor);
    if (target && target.matches(CONTROL)) pairs.push({ label: clean(label.textContent), element: target, control: target as Control });
  }
  for (const cell of Array.from(doc.querySelectorAll('th, td'))) {
    const isLabel = cell.tagName === 'TH' ? !cell.closest('thead') && cell.parentElement?.querySelector('td') !== null : LABEL_CELL.test(cell.className);
    if (!isLabel) continue;
    const value = cell.nextElementSibling;
    if (!value || value.tagName !== 'TD' || LABEL_CELL.test(value.className)) continue;
    // A label cell holding its own <label for> is already paired with its control.
    if (cell.querySelector('label[for]') && controlIn(value)) continue;
    pairs.push({ label: clean(cell.textContent), element: value, control: controlIn(value) });
  }
  return pairs;
}

/** What a control or cell says: the chosen option's words, a box's tick, or its text. */
export function valueOf(pair: LabelledValue): string | boolean {
  const c = pair.control;
  if (isTickBox(c)) return c.checked;
  if (isSelect(c)) {
    const option = c.selectedOptions[0];
    return option && option.value !== '' ? clean(option.textContent) : '';
  }
  if (c) return c.value;
  return clean((pair.element as HTMLElement).textContent);
}

export interface Table {
  element: HTMLTableElement;
  /** The heading of the section the table sits in (panel header, legend, h2 …). */
  title: string;
  headers: string[];
  /** Body rows with as many cells as there are headers. */
  rows: HTMLTableRowElement[];
  /** Single-cell rows ("No case notes recorded", "Loading …"). */
  notes: string[];
}

const HEADING = 'h1, h2, h3, h4, legend, .panelHdr, .sect, .ajax__tab_tab';

/** The nearest heading before the element, looking up its ancestors. */
export function sectionTitle(el: Element): string {
  let node: Element | null = el;
  while (node && node.tagName !== 'BODY') {
    let sibling = node.previousElementSibling;
    while (sibling) {
      if (sibling.matches(HEADING)) return clean(sibling.textContent);
      const inner = sibling.querySelectorAll(HEADING);
      if (inner.length) return clean(inner[inner.length - 1]!.textContent);
      sibling = sibling.previousElementSibling;
    }
    node = node.parentElement;
  }
  return '';
}

/** Every table with a header row of th cells. */
export function tables(doc: Document): Table[] {
  const result: Table[] = [];
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const all = Array.from(table.rows);
    const headIndex = all.findIndex((r) => r.cells.length > 1 && Array.from(r.cells).every((c) => c.tagName === 'TH'));
    if (headIndex < 0) continue;
    const headers = Array.from(all[headIndex]!.cells).map((c) => clean(c.textContent));
    // table.rows holds this table's own rows only, never a nested table's.
    const body = all.slice(headIndex + 1);
    result.push({
      element: table,
      title: sectionTitle(table),
      headers,
      rows: body.filter((r) => r.cells.length === headers.length),
      notes: body.filter((r) => r.cells.length === 1).map((r) => clean(r.textContent)),
    });
  }
  return result;
}

/** Column index for each wanted column, found by header words; undefined when any required one is missing. */
export function columns<K extends string>(table: Table, wanted: Record<K, RegExp>, optional: NoInfer<K>[] = []): Record<K, number> | undefined {
  const found = {} as Record<K, number>;
  for (const [key, pattern] of Object.entries(wanted) as [K, RegExp][]) {
    const matches = table.headers.map((h, i) => (pattern.test(h) ? i : -1)).filter((i) => i >= 0);
    if (matches.length === 1) found[key] = matches[0]!;
    else if (!optional.includes(key) || matches.length > 1) return undefined;
    else found[key] = -1;
  }
  return found;
}

/** A cell's words, or its control's value. */
export function cellText(row: HTMLTableRowElement, index: number): string {
  if (index < 0) return '';
  const cell = row.cells[index];
  if (!cell) return '';
  // Most cells hold plain text: skip the search for a control (thousands of rows).
  if (!cell.firstElementChild) return clean(cell.textContent);
  const control = controlIn(cell);
  if (isSelect(control)) return clean(control.selectedOptions[0]?.value ? control.selectedOptions[0].textContent : '');
  if (control && !isTickBox(control)) return control.value;
  return clean(cell.textContent);
}

/** Collects facts and warnings while one page is read. */
export class PageReader {
  readonly facts: Record<string, KnownFact<unknown>> = {};
  readonly warnings: string[] = [];
  constructor(
    private readonly system: string,
    readonly page: PageKind,
    readonly url: string,
    readonly seenAt: string,
    private readonly frame = false,
  ) {}

  source(label: string, element?: Element): Source {
    return { page: this.page, url: this.url, label, seenAt: this.seenAt, ...(element ? { selector: selectorFor(element) } : {}), ...(this.frame ? { frame: true } : {}) };
  }

  set(key: string, value: unknown, label: string, element?: Element): void {
    this.facts[key] = { known: true, value, source: this.source(label, element) };
  }

  /** Something expected was not found or not understood: the fact it holds stays unknown. */
  warn(what: string): void {
    this.warnings.push(`${this.system}: ${what} on ${this.page}`);
  }
}

/** One labelled field, found by its label's words; unknown (with a warning) when absent or ambiguous. */
export function field(
  reader: PageReader,
  pairs: LabelledValue[],
  name: string,
  pattern: RegExp,
  kind: 'text' | 'check' = 'text',
  exclude?: RegExp,
): LabelledValue | undefined {
  const isCheck = (p: LabelledValue) => isTickBox(p.control);
  const matches = pairs.filter((p) => pattern.test(p.label) && !(exclude && exclude.test(p.label)) && (kind === 'check') === isCheck(p));
  const distinct = matches.filter((p, i) => matches.findIndex((q) => q.element === p.element) === i);
  if (distinct.length === 1 && !followedByContent(distinct[0]!.element)) {
    reader.warn(`the page ends inside "${name}" (cut short?)`);
    return undefined;
  }
  if (distinct.length === 1) return distinct[0];
  reader.warn(distinct.length === 0 ? `no "${name}" field` : `${distinct.length} fields look like "${name}"`);
  return undefined;
}
