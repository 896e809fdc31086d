/**
 * Putting a draft into the host's own case-note field: only on the practitioner's click, into the
 * field they chose, with the events the host listens for. Never saves or submits the host form.
 * One of the panel's parts loaded on request (panel-parts.ts).
 */
import { isEditable } from './case-note-field';

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
