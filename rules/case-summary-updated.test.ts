import { ruleTable, note } from '../test/support/rule-table';
import rule from './case-summary-updated';

ruleTable(rule, [
  { name: 'a case summary on the decision date', facts: { decisionDate: '2026-11-11', caseNotes: [note('Case Summary', '2026-11-11')] }, status: 'met' },
  { name: 'a case summary the day before', facts: { decisionDate: '2026-11-11', caseNotes: [note('Case summary', '2026-11-10')] }, status: 'unmet' },
  { name: 'a draft case summary', facts: { decisionDate: '2026-11-11', caseNotes: [note('Case summary', '2026-11-12', 'draft')] }, status: 'unmet' },
  { name: 'notes not seen', facts: { decisionDate: '2026-11-11' }, status: 'unknown' },
]);
