/**
 * A field's label found by its own words, as a release would reword it: the element whose own text
 * (not a child's, such as a required-answer marker) says the words. A checklist item that shares the
 * words ("Decision to close agreed") is what the item says, not a field's label.
 */
import { matches } from '../../adapters/profiles/words';

const isItem = (el: Element) => el.tagName === 'LABEL' && ((el as HTMLLabelElement).control as HTMLInputElement | null)?.type === 'checkbox';

/** The element's own words: its text nodes, not its children's. */
const ownWords = (el: Element) => Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ');

export function fieldLabels(doc: Document, phrases: readonly string[]): Element[] {
  return Array.from(doc.querySelectorAll('td, th, label, dt, span, legend')).filter((el) => !isItem(el) && matches(ownWords(el), phrases));
}

/** Gives the label new words, keeping what else it holds (a required-answer marker). */
export function reword(label: Element, words: string): void {
  const texts = Array.from(label.childNodes).filter((n) => n.nodeType === 3 && n.textContent!.trim());
  texts.forEach((n, i) => (n.textContent = i === 0 ? `${words} ` : ''));
}
