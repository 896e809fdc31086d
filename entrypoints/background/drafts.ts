/**
 * The service worker's side of drafting: the text of a saved draft for the overlay to insert
 * (sections the practitioner has not edited brought up to date with the record first), the
 * case's saved drafts to choose from, and saves handed over by a draft page being left.
 */
import { currentText } from '../../drafting/current';
import { draftInput } from '../../drafting/input';
import type { CaseDraftsReply, CaseStateWithRecord, DraftTextReply, GetDraftTextMessage, ListCaseDraftsMessage, SaveDraftMessage } from '../../messaging/protocol';
import { localToday } from '../../record/dates';
import { loadDraft, openDrafts, saveDraft } from '../../storage/drafts';

export async function draftText(message: GetDraftTextMessage, state: CaseStateWithRecord | null): Promise<DraftTextReply> {
  const loaded = await loadDraft(message.caseKey, message.draft);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  if (!loaded.draft) return { ok: false, message: 'There is no draft of this yet. Open it from “Draft” in the panel first: it is saved as soon as it opens.' };
  const text = currentText(loaded.draft, state ? draftInput(state, localToday(new Date())) : null);
  return text.trim() ? { ok: true, text } : { ok: false, message: 'This draft is empty. Write it in the drafting view first.' };
}

export async function caseDrafts(message: ListCaseDraftsMessage): Promise<CaseDraftsReply> {
  try {
    const drafts = await openDrafts(message.caseKey);
    return { ok: true, drafts: drafts.flatMap((d) => (d.readable ? [{ ref: d.ref, label: d.label }] : [])) };
  } catch {
    return { ok: false, message: 'The saved drafts cannot be opened on this device just now.' };
  }
}

export const saveHandedOver = (message: SaveDraftMessage) => saveDraft(message.caseKey, message.content, { expectedRevision: message.expectedRevision });
