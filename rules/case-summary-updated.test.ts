import { expect } from 'vitest';
import { ruleTable, note } from '../test/support/rule-table';
import rule from './case-summary-updated';

ruleTable(rule, [
  { name: 'a case summary on the decision date', facts: { decisionDate: '2026-11-11', caseNotes: [note('Case Summary', '2026-11-11')] }, status: 'met' },
  { name: 'a case summary the day before', facts: { decisionDate: '2026-11-11', caseNotes: [note('Case summary', '2026-11-10')] }, status: 'unmet' },
  { name: 'a draft case summary', facts: { decisionDate: '2026-11-11', caseNotes: [note('Case summary', '2026-11-12', 'draft')] }, status: 'unmet' },
  { name: 'a note after the decision of a type the host profile does not know', facts: { decisionDate: '2026-11-11', caseNotes: [note('Closure summary note', '2026-11-12', 'final', null)] }, status: 'unknown', check: (v) => expect(v.unrecognised).toEqual([{ fact: 'caseNotes', words: ['Closure summary note'] }]) },
  { name: 'a note of an unknown type before the decision does not matter', facts: { decisionDate: '2026-11-11', caseNotes: [note('Closure summary note', '2026-11-10', 'final', null)] }, status: 'unmet' },
  { name: 'notes not seen', facts: { decisionDate: '2026-11-11' }, status: 'unknown' },
]);
