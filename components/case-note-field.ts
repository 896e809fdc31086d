/**
 * Putting a draft into the host's own case-note field: only on the practitioner's
 * click, into the field they chose, with the events the host listens for. Never
 * saves or submits the host form.
 */
import { t } from './i18n';

/** A text field of the host page that could take a case note. */
export interface NoteField {
  element: HTMLTextAreaElement | HTMLElement;
  /** The field's label in the host's words, for the practitioner to pick from. */
  label: string;
}

function isEditable(el: Element): el is HTMLTextAreaElement | HTMLElement {
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

/**
 * Inserts `text` at the caret (or at the end) of the field, as typing would, so the
 * host's own input handlers see it (a rich-text editor's hidden field, a character
 * counter). Then fires change. Returns false when the field no longer takes text.
 */
export function insertIntoField(field: HTMLElement, text: string): boolean {
  if (!field.isConnected || !isEditable(field)) return false;
  const doc = field.ownerDocument;
  field.focus();
  if (field instanceof HTMLTextAreaElement) {
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? field.value.length;
    const before = field.value.slice(0, start);
    const joiner = before && !before.endsWith('\n') ? '\n' : '';
    // execCommand keeps the host's undo history and fires a real input event where supported.
    const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, joiner + text);
    if (!done || field.value.slice(start, start + joiner.length + text.length) !== joiner + text) {
      field.setRangeText(joiner + text, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
  } else {
    const selection = doc.getSelection();
    if (selection && !field.contains(selection.anchorNode)) {
      const range = doc.createRange();
      range.selectNodeContents(field);
      range.collapse(false);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    const html = text
      .split(/\n{2,}/)
      .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
      .join('');
    const done = typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, html);
    if (!done) {
      field.insertAdjacentHTML('beforeend', html);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
  }
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
