import { expect } from 'vitest';
import { ruleTable, note } from '../test/support/rule-table';
import rule from './case-notes-finalised';

ruleTable(rule, [
  { name: 'every note final', facts: { caseNotes: [note('Home visit', '2026-11-01'), note('Case summary', '2026-11-12')] }, status: 'met' },
  { name: 'one draft among them', facts: { caseNotes: [note('Home visit', '2026-11-01'), note('Home visit', '2026-11-10', 'draft')] }, status: 'unmet' },
  { name: 'a timed-out note is not finalised', facts: { caseNotes: [note('Telephone call', '2026-11-10', 'timed-out')] }, status: 'unmet', check: (v) => expect(v.message).toMatch(/timed out/) },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
