import { ruleTable } from '../test/support/rule-table';
import rule from './family-informed';

ruleTable(rule, [
  { name: 'a date the family was told', facts: { familyInformed: '2026-11-12' }, status: 'met' },
  { name: 'the field is empty', facts: { familyInformed: null }, status: 'unmet' },
  { name: 'the closure form not seen yet', facts: {}, status: 'unknown' },
]);
