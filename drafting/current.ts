/** A saved draft as it reads now: unedited sections refilled from the record, laid out as one text. */
import type { DraftContent } from '../storage/drafts';
import { documentText } from './assemble';
import { draftOf, isDocumentId } from './documents';
import { refresh } from './refresh';
import type { DraftInput } from './types';

/** The text to copy or insert. Without the case (the browser session ended), the text as saved. */
export function currentText(saved: DraftContent, input: DraftInput | null): string {
  const fresh = input && isDocumentId(saved.ref.document) ? draftOf(input, saved.ref.document, saved.ref.part) : null;
  const sections = fresh ? refresh(saved.sections, fresh.sections).sections : saved.sections;
  return documentText(sections, saved.layout);
}
