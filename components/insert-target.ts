/**
 * What the insert form works with on a page with a case-note field: the case's saved drafts (listed
 * and read by the service worker, which holds the drafts' key), put into the field the practitioner
 * chose. One of the panel's parts loaded on request (panel-parts.ts).
 */
import type { CaseDraftsReply, DraftTextReply, Message } from '../messaging/protocol';
import type { DraftRef } from '../storage/drafts';
import { t } from './i18n';
import { insertIntoField } from './insert-into-field';
import { labelOf } from './note-field-label';

/** The host's case-note fields the panel found on this page, as it hands them to the insert form. */
export interface NoteFields {
  fields: readonly HTMLElement[];
  /** The field the practitioner was last in, if any. */
  lastField: HTMLElement | null;
  caseKey: string;
  send: <T>(message: Message) => Promise<T | undefined>;
}

export interface InsertTarget {
  /** The host's fields that can take the note, by their labels. */
  fields: string[];
  /** Index of the field the practitioner was last in, if any. */
  lastUsed: number | null;
  /** The case's saved drafts, or what stopped them being listed. */
  drafts: () => Promise<{ ref: DraftRef; label: string }[] | string>;
  insert: (draft: DraftRef, field: number) => Promise<string>;
}

/** The fields by their labels as the page says them now (a host can relabel a field after load). */
export function noteInsertTarget({ fields, lastField, caseKey, send }: NoteFields): InsertTarget {
  const labels = fields.map(labelOf);
  const last = lastField ? fields.indexOf(lastField) : -1;
  return {
    fields: labels,
    lastUsed: last < 0 ? null : last,
    async drafts() {
      const reply = await send<CaseDraftsReply>({ type: 'list-case-drafts', caseKey });
      if (!reply) return t('insertRestarted');
      return reply.ok ? reply.drafts : reply.message;
    },
    async insert(draft, index) {
      const reply = await send<DraftTextReply>({ type: 'get-draft-text', caseKey, draft });
      if (!reply) return t('insertRestarted');
      if (!reply.ok) return reply.message;
      const field = fields[index];
      if (!field || !insertIntoField(field, reply.text)) return t('fieldTakesNoText');
      return t('insertedIntoField', labels[index]!);
    },
  };
}
