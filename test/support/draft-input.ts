/** The drafting input for a test record, as the drafting view would build it from the case's state. */
import type { DraftInput } from '../../drafting/types';
import { ADAPTERS } from '../../adapters';
import type { CaseRecord } from '../../record/schema';
import { evaluate } from '../../rules/engine';
import { PACKS } from '../../rules/packs';

export const TODAY = '2026-11-20';

export function draftInputFor(record: CaseRecord, packId = 'nct-good-practice', confirmations: DraftInput['confirmations'] = {}): DraftInput {
  const pack = PACKS.find((p) => p.id === packId)!;
  return { record, verdicts: evaluate(pack, record, TODAY).verdicts, packId, confirmations, today: TODAY, pageTitle: (page) => ADAPTERS[record.system]?.pageTitles[page] ?? page };
}
