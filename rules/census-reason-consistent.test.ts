import { expect } from 'vitest';
import { ruleTable, inv, work } from '../test/support/rule-table';
import rule from './census-reason-consistent';

ruleTable(rule, [
  { name: 'a reason other than RC8/RC9', facts: { closureReason: { label: 'RC7 - Services ceased', code: 'RC7', stepDown: false } }, status: 'met' },
  { name: 'a local step-down option is consistent by construction', facts: { closureReason: { label: 'Step down to Early Help', code: null, stepDown: true } }, status: 'met' },
  { name: 'RC8 after an assessment only', facts: { closureReason: { label: 'RC8 - NFA', code: 'RC8', stepDown: false }, involvements: [inv('assessment')], workItems: [work('assessment', 'complete')] }, status: 'met' },
  { name: 'RC9 with a CP plan (2990)', facts: { closureReason: { label: 'RC9 - referred to early help', code: 'RC9', stepDown: true }, involvements: [inv('assessment'), inv('cp')], workItems: [work('assessment', 'complete')] }, status: 'unmet', check: (v) => expect(v.message).toContain('2990') },
  { name: 'RC8 with no assessment (8825Q)', facts: { closureReason: { label: 'RC8 - NFA', code: 'RC8', stepDown: false }, involvements: [inv('early-help')], workItems: [] }, status: 'unmet', check: (v) => expect(v.message).toContain('8825Q') },
  { name: 'RC8 with early help only and an assessment', facts: { closureReason: { label: 'RC8 - NFA', code: 'RC8', stepDown: false }, involvements: [inv('early-help')], workItems: [work('assessment', 'complete')] }, status: 'met' },
  { name: 'no reason chosen', facts: { closureReason: null }, status: 'n/a' },
  { name: 'RC8 with the involvements not seen', facts: { closureReason: { label: 'RC8 - NFA', code: 'RC8', stepDown: false }, workItems: [work('assessment', 'complete')] }, status: 'unknown' },
]);
