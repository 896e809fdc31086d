import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './views-recorded';

ruleTable(rule, [
  { name: 'both views recorded', facts: { childViews: 'Happy', parentViews: 'Relieved' }, status: 'met' },
  { name: "the child's views empty (a dash)", facts: { childViews: '—', parentViews: 'Relieved' }, status: 'unmet', check: (v) => expect(v.message).toMatch(/child/) },
  { name: 'one empty decides it before the other is seen', facts: { parentViews: null }, status: 'unmet' },
  { name: 'one filled, the other not seen', facts: { childViews: 'Happy' }, status: 'unknown' },
]);
