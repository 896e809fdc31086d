import { ruleTable, note } from '../test/support/rule-table';
import rule from './manager-oversight';

ruleTable(rule, [
  { name: "the manager's authorisation on the record decides it", facts: { managerAuthorisation: { name: 'Gareth Pryce', date: '2026-11-19' } }, status: 'met' },
  { name: 'a management oversight note on the decision date', facts: { managerAuthorisation: { name: null, date: null }, decisionDate: '2026-11-11', caseNotes: [note('Management oversight', '2026-11-11')] }, status: 'met' },
  { name: 'only an oversight note before the decision', facts: { managerAuthorisation: { name: null, date: null }, decisionDate: '2026-11-11', caseNotes: [note('Management oversight', '2026-10-11')] }, status: 'unmet' },
  { name: 'a name without a date is not an authorisation', facts: { managerAuthorisation: { name: 'G Pryce', date: null }, decisionDate: '2026-11-11', caseNotes: [] }, status: 'unmet' },
  { name: 'notes not seen', facts: { managerAuthorisation: { name: null, date: null }, decisionDate: '2026-11-11' }, status: 'unknown' },
]);
