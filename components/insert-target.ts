/**
 * What the panel can insert on a page with a case-note field: the case's saved drafts (listed
 * and read by the service worker, which holds the drafts' key), put into the field the
 * practitioner chose.
 */
import type { CaseDraftsReply, DraftTextReply, Message } from '../messaging/protocol';
import type { NoteField } from './case-note-field';
import type { InsertTarget } from './ClosingSummary';
import { t } from './i18n';
import { loadPanelParts } from './OnRequest';

type Send = <T>(message: Message) => Promise<T | undefined>;

export function noteInsertTarget(fields: NoteField[], lastField: HTMLElement | null, caseKey: string, send: Send): InsertTarget | null {
  if (!fields.length) return null;
  return {
    fields: fields.map((f) => f.label),
    lastUsed: lastField ? fields.findIndex((f) => f.element === lastField) : null,
    async drafts() {
      const reply = await send<CaseDraftsReply>({ type: 'list-case-drafts', caseKey });
      if (!reply) return t('insertRestarted');
      return reply.ok ? reply.drafts : reply.message;
    },
    async insert(draft, index) {
      const reply = await send<DraftTextReply>({ type: 'get-draft-text', caseKey, draft });
      if (!reply) return t('insertRestarted');
      if (!reply.ok) return reply.message;
      // The writing is loaded on this first click (OnRequest.tsx).
      const parts = await loadPanelParts().catch(() => null);
      if (!parts) return t('partNotLoaded');
      const field = fields[index];
      if (!field || !parts.insertIntoField(field.element, reply.text)) return t('fieldTakesNoText');
      return t('insertedIntoField', field.label);
    },
  };
}
