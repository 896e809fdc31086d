/** The drafting input from a case's state as the service worker gives it. */
import type { CaseStateWithRecord } from '../messaging/protocol';
import type { PageKind } from '../record/schema';
import type { DraftInput } from './types';

/** The names of the case's pages: the one place they are taken from. */
export const pageTitles = (state: CaseStateWithRecord) => (page: PageKind) => state.pageTitles[page] ?? page;

export function draftInput(state: CaseStateWithRecord, today: string): DraftInput {
  return { record: state.record, verdicts: state.result.verdicts, packId: state.packId, confirmations: state.confirmations, today, pageTitle: pageTitles(state) };
}
