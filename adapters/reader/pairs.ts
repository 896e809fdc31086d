/**
 * Every label → value pair on a page, in the markup families case systems use: labelled form
 * controls (`label[for]`, `aria-labelledby`, a wrapping label), radio groups in `fieldset`/`legend`,
 * description lists (`dt`/`dd`, GOV.UK summary lists), header cells beside their value cell, and
 * label-styled cells or spans (the classes a profile names) beside theirs. Read once per page.
 */
import { byTags, clean, hasClass, withClass } from './text';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A label and the element that holds its value (a form control, a radio group, a cell, a description). */
export interface LabelledValue {
  label: string;
  /** The label's own element, for the reading report and for mapping a field by pointing at it. */
  labelElement: Element;
  element: Element;
  control: Control | null;
  /** For a radio group: its buttons, each with its label's words. */
  radios?: { box: HTMLInputElement; label: string }[];
}

// Tag names, not instanceof: a page's elements may come from another window (a frame, a test DOM).
export const isSelect = (el: Element | null): el is HTMLSelectElement => el?.tagName === 'SELECT';
export const isTickBox = (el: Element | null): el is HTMLInputElement =>
  el?.tagName === 'INPUT' && ((el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio');

const SKIPPED_INPUTS = new Set(['hidden', 'button', 'submit', 'image', 'reset']);

export function isControl(el: Element): boolean {
  const tag = el.tagName;
  return tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT' && !SKIPPED_INPUTS.has((el as HTMLInputElement).type));
}

/** The form control in (or at) the element: a plain walk, as it runs for every cell of big lists. */
export function controlIn(el: Element): Control | null {
  if (isControl(el)) return el as Control;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const found = controlIn(child);
    if (found) return found;
  }
  return null;
}

/**
 * A label's words, without what forms put after them: a colon, a required-answer asterisk
 * ("Reason for closure *"). The mapping tool writes these words into a profile.
 */
function labelText(text: string | null | undefined): string {
  return clean(text).replace(/[\s:*]+$/, '');
}

/** The words of the elements an `aria-labelledby` names. */
function labelledBy(el: Element): { text: string; element: Element } | null {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts = ids.map((id) => el.ownerDocument.getElementById(id)).filter((x): x is HTMLElement => x !== null);
  return parts.length ? { text: labelText(parts.map((p) => p.textContent).join(' ')), element: parts[0]! } : null;
}

/**
 * Every label → value pair on the page. `labelClasses` are the class names of cells or spans that
 * label the element after them (lower-cased).
 */
export function labelledValues(doc: Document, labelClasses: ReadonlySet<string>, classed: readonly Element[] = withClass(doc, labelClasses)): LabelledValue[] {
  const pairs: LabelledValue[] = [];
  const paired = new Set<Element>();
  const add = (pair: LabelledValue) => {
    pairs.push(pair);
    paired.add(pair.element);
  };

  // Each kind of candidate asked of the browser on its own: few elements, each quick to find.
  const labels = Array.from(doc.getElementsByTagName('label'));
  const labelFor = new Map(labels.filter((l) => l.htmlFor).map((l) => [l.htmlFor, l]));

  // Radio groups: the legend is the question; the value is the chosen button's label.
  for (const fieldset of Array.from(doc.getElementsByTagName('fieldset'))) {
    const legend = Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND');
    const boxes = Array.from(fieldset.querySelectorAll('input[type=radio]')) as HTMLInputElement[];
    if (!legend || boxes.length === 0 || new Set(boxes.map((b) => b.name)).size !== 1) continue;
    const radios = boxes.map((box) => ({ box, label: clean((box.id ? labelFor.get(box.id) : box.closest('label'))?.textContent) }));
    add({ label: labelText(legend.textContent), labelElement: legend, element: fieldset, control: null, radios });
  }

  for (const label of labels) {
    const target = label.htmlFor ? doc.getElementById(label.htmlFor) : controlIn(label);
    if (!target || !isControl(target) || (target as HTMLInputElement).type === 'radio') continue;
    add({ label: labelText(label.textContent), labelElement: label, element: target, control: target as Control });
  }

  // Controls labelled by another element's words (a grid's column header, a heading).
  for (const control of Array.from(doc.querySelectorAll('[aria-labelledby]'))) {
    if (!isControl(control) || paired.has(control) || control.closest('[role=grid], [role=table], table')) continue;
    const named = labelledBy(control);
    if (named) add({ label: named.text, labelElement: named.element, element: control, control: control as Control });
  }

  for (const dt of Array.from(doc.getElementsByTagName('dt'))) {
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName !== 'DD') continue;
    add({ label: labelText(dt.textContent), labelElement: dt, element: dd, control: controlIn(dd) });
  }

  // Only header cells and cells of the label classes: a page of thousands of rows has many more.
  const labelCells = classed.filter((el) => hasClass(el, labelClasses));
  for (const cell of byTags(doc, ['th'], labelCells.filter((el) => el.tagName === 'TD'))) {
    if (cell.tagName === 'TH' && (cell.closest('thead') || cell.parentElement?.querySelector('td') === null)) continue;
    const value = cell.nextElementSibling;
    if (!value || value.tagName !== 'TD' || hasClass(value, labelClasses)) continue;
    const control = controlIn(value);
    // A label cell holding its own <label for> is already paired with its control.
    if (control && paired.has(control)) continue;
    add({ label: labelText(cell.textContent), labelElement: cell, element: value, control });
  }

  // Label spans beside their value span (a read-only record laid out without a table).
  if (labelClasses.size) {
    for (const span of labelCells.filter((el) => el.tagName === 'SPAN' || el.tagName === 'DIV')) {
      if (span.closest('td, th')) continue;
      const value = span.nextElementSibling;
      if (!value || hasClass(value, labelClasses) || paired.has(value)) continue;
      add({ label: labelText(span.textContent), labelElement: span, element: value, control: controlIn(value) });
    }
  }
  return pairs;
}

/** What a value element says: the chosen option's words, a box's tick, the chosen radio's label, or its text. */
export function valueOf(pair: LabelledValue): string | boolean {
  if (pair.radios) return pair.radios.find((r) => r.box.checked)?.label ?? '';
  const c = pair.control;
  if (isTickBox(c)) return c.checked;
  if (isSelect(c)) {
    const option = c.selectedOptions[0];
    return option && option.value !== '' ? clean(option.textContent) : '';
  }
  if (c) return c.value;
  return clean(pair.element.textContent);
}

/** Every tick box with its label's words (the checklist's items). */
export function labelledCheckboxes(doc: Document): { label: string; box: HTMLInputElement }[] {
  const labels = Array.from(doc.querySelectorAll('label'));
  return Array.from(doc.querySelectorAll('input[type=checkbox]')).flatMap((box) => {
    const label = box.id ? labels.find((l) => l.htmlFor === box.id) : box.closest('label');
    return label ? [{ label: labelText(label.textContent), box: box as HTMLInputElement }] : [];
  });
}
