/** The drafting input from a case's state as the service worker gives it. */
import type { CaseStateWithRecord } from '../messaging/protocol';
import { PAGE_TITLES, type PageKind } from '../record/schema';
import type { DraftInput } from './types';

/** The names of the case's pages: the one place they are taken from. */
export const pageTitles = (_state: CaseStateWithRecord) => (page: PageKind) => PAGE_TITLES[page] ?? page;

export function draftInput(state: CaseStateWithRecord, today: string): DraftInput {
  return { record: state.record, verdicts: state.result.verdicts, packId: state.packId, confirmations: state.confirmations, today, pageTitle: pageTitles(state) };
}
