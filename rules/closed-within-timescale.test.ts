import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './closed-within-timescale';

ruleTable(rule, [
  { name: 'the last day (decision + 7), closure record not seen: waiting', facts: { decisionDate: '2026-11-13' }, status: 'met', check: (v) => expect(v).toMatchObject({ due: '2026-11-20', waiting: true }) },
  { name: 'on time, closure record incomplete: waiting', facts: { decisionDate: '2026-11-15', closureStatus: 'incomplete' }, status: 'met', check: (v) => expect(v).toMatchObject({ due: '2026-11-22', waiting: true }) },
  { name: 'on time, closure record complete: done', facts: { decisionDate: '2026-11-15', closureStatus: 'complete' }, status: 'met', check: (v) => expect(v.waiting).toBeUndefined() },
  { name: 'a parameter of 10 days moves the due date', facts: { decisionDate: '2026-11-12' }, params: { days: 10 }, status: 'met', check: (v) => expect(v.due).toBe('2026-11-22') },
  { name: 'the day after', facts: { decisionDate: '2026-11-12' }, status: 'unmet', check: (v) => expect(v.overdueDays).toBe(1) },
  { name: 'nine days after: 2 days overdue', facts: { decisionDate: '2026-11-11' }, status: 'unmet', check: (v) => expect(v.overdueDays).toBe(2) },
  { name: 'no decision date', facts: { decisionDate: null }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
