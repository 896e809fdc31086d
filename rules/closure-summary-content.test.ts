import { expect } from 'vitest';
import { ruleTable, inv } from '../test/support/rule-table';
import rule from './closure-summary-content';

ruleTable(rule, [
  { name: 'all four parts filled', facts: { involvements: [inv('cin')], reasonForInvolvement: 'a', whatChanged: 'b', riskAndCapacity: 'c', nextSteps: 'd' }, status: 'met' },
  { name: 'what changed empty', facts: { involvements: [inv('cp')], reasonForInvolvement: 'a', whatChanged: '', riskAndCapacity: 'c', nextSteps: 'd' }, status: 'unmet', check: (v) => expect(v.message).toMatch(/changed/) },
  { name: 'an assessment-only case', facts: { involvements: [inv('assessment')], whatChanged: null }, status: 'n/a' },
  { name: 'fields not seen', facts: { involvements: [inv('cla')] }, status: 'unknown' },
]);
