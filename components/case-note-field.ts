/**
 * Finding the host's own case-note fields, by their labels, for a draft to go into
 * (the writing itself is insert-into-field.ts, loaded on the practitioner's click).
 */
import { t } from './i18n';

/** A text field of the host page that could take a case note. */
export interface NoteField {
  element: HTMLTextAreaElement | HTMLElement;
  /** The field's label in the host's words, for the practitioner to pick from. */
  label: string;
}

/** Whether the host's field takes text now (not disabled, not read-only). */
export function isEditable(el: Element): el is HTMLTextAreaElement | HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  // The attribute, not isContentEditable: the latter also says true for every child of the editor.
  const value = el.getAttribute('contenteditable');
  return el instanceof HTMLElement && (value === '' || value === 'true' || value === 'plaintext-only');
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').trim();

/**
 * The field's label in the host's own words, from the first signal that gives one (as a
 * screen reader would): aria-labelledby, a label for it or around it, aria-label, title, the
 * row header or term beside it, the legend of its group.
 */
function labelOf(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const byIds = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => doc.getElementById(id)?.textContent).join(' ');
  const byFor = el.id ? Array.from(doc.querySelectorAll('label')).find((l) => l.htmlFor === el.id)?.textContent : null;
  const row = el.closest('tr');
  const rowHeader = row && Array.from(row.children).find((c) => c.tagName === 'TH' && !c.contains(el))?.textContent;
  const term = el.closest('dd')?.previousElementSibling;
  const signals = [byIds, byFor, el.closest('label')?.textContent, el.getAttribute('aria-label'), el.getAttribute('title'), rowHeader, term?.tagName === 'DT' ? term.textContent : null, el.closest('fieldset')?.querySelector('legend')?.textContent];
  return signals.map(clean).find(Boolean) ?? (el instanceof HTMLTextAreaElement ? t('unlabelledTextBox') : t('unlabelledTextEditor'));
}

/** Every field on the page that could take the note: text areas and editable areas, outermost only. */
export function findNoteFields(doc: Document): NoteField[] {
  const found = Array.from(doc.querySelectorAll('textarea, [contenteditable]')).filter(isEditable);
  return found
    .filter((el) => !found.some((other) => other !== el && other.contains(el)))
    .map((element) => ({ element, label: labelOf(element) }));
}

/** Whether two findings are the same fields under the same labels, in the same order. */
export const sameFields = (a: readonly NoteField[], b: readonly NoteField[]): boolean => a.length === b.length && a.every((f, i) => f.element === b[i]!.element && f.label === b[i]!.label);

/** The editable field that last had focus, if the practitioner was in one. */
export function trackLastNoteField(doc: Document, onField: (el: HTMLElement) => void, signal: AbortSignal): void {
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      const field = target && (target.closest('textarea, [contenteditable]') as HTMLElement | null);
      if (field && isEditable(field)) onField(field);
    },
    { capture: true, signal },
  );
}
