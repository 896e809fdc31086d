import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './closure-letter';

ruleTable(rule, [
  { name: 'sent, however late: done', facts: { letterRequested: '2026-10-01', letterSent: '2026-11-15' }, status: 'met', check: (v) => expect(v.waiting).toBeUndefined() },
  { name: 'requested 9 days ago: on time, due tomorrow, waiting', facts: { letterRequested: '2026-11-11', letterSent: null }, status: 'met', check: (v) => expect(v).toMatchObject({ due: '2026-11-21', waiting: true }) },
  { name: 'requested 10 days ago and not sent', facts: { letterRequested: '2026-11-10', letterSent: null }, status: 'unmet', check: (v) => expect(v.due).toBe('2026-11-20') },
  { name: 'requested 12 days ago: overdue by 2 days', facts: { letterRequested: '2026-11-08', letterSent: null }, status: 'unmet', check: (v) => expect(v.overdueDays).toBe(2) },
  { name: 'never requested', facts: { letterRequested: null, letterSent: null }, status: 'unmet' },
  { name: 'a sent date decides it before the request is seen', facts: { letterSent: '2026-11-15' }, status: 'met' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
