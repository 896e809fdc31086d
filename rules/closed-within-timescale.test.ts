import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './closed-within-timescale';

ruleTable(rule, [
  { name: 'the last day (decision + 7)', facts: { decisionDate: '2026-11-13' }, status: 'met', check: (v) => expect(v.due).toBe('2026-11-20') },
  { name: 'the day after', facts: { decisionDate: '2026-11-12' }, status: 'unmet', check: (v) => expect(v.overdueDays).toBe(1) },
  { name: 'nine days after: 2 days overdue', facts: { decisionDate: '2026-11-11' }, status: 'unmet', check: (v) => expect(v.overdueDays).toBe(2) },
  { name: 'no decision date', facts: { decisionDate: null }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
