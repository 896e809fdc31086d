import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './closure-checklist-complete';

ruleTable(rule, [
  { name: 'every item ticked', facts: { checklist: [{ label: 'A', ticked: true }, { label: 'B', ticked: true }] }, status: 'met' },
  { name: 'one not ticked', facts: { checklist: [{ label: 'A', ticked: true }, { label: 'Chronology updated', ticked: false }] }, status: 'unmet', check: (v) => expect(v.message).toContain('Chronology updated') },
  { name: 'no checklist items', facts: { checklist: [] }, status: 'unmet' },
  { name: 'no closure record', facts: { closureStatus: 'missing' }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
