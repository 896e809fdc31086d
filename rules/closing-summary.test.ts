import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './closing-summary';

ruleTable(rule, [
  { name: 'exactly 30 words', facts: { closingSummary: Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ') }, status: 'met' },
  { name: '29 words', facts: { closingSummary: Array.from({ length: 29 }, (_, i) => `w${i}`).join('  ') }, status: 'unmet', check: (v) => expect(v.message).toContain('29') },
  { name: 'empty', facts: { closingSummary: null }, status: 'unmet' },
  { name: 'a pack asking for fewer words', facts: { closingSummary: 'one two three four five six seven eight nine ten' }, params: { minWords: 10 }, status: 'met' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
