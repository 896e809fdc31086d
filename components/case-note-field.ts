/**
 * Finding the host's own case-note fields for a draft to go into: the panel offers inserting only
 * where there is one. Their labels (note-field-label.ts) and the writing (insert-into-field.ts)
 * come with the insert form, one of the panel's parts loaded on request.
 */

/** Whether the host's field takes text now (not disabled, not read-only). */
export function isEditable(el: Element): el is HTMLTextAreaElement | HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  // The attribute, not isContentEditable: the latter also says true for every child of the editor.
  const value = el.getAttribute('contenteditable');
  return el instanceof HTMLElement && (value === '' || value === 'true' || value === 'plaintext-only');
}

/** Every field on the page that could take the note: text areas and editable areas, outermost only. */
export function findNoteFields(doc: Document): HTMLElement[] {
  const found = Array.from(doc.querySelectorAll('textarea, [contenteditable]')).filter(isEditable);
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** Whether two findings are the same fields, in the same order. */
export const sameFields = (a: readonly HTMLElement[], b: readonly HTMLElement[]): boolean => a.length === b.length && a.every((f, i) => f === b[i]);

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
