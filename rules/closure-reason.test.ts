import { ruleTable } from '../test/support/rule-table';
import rule from './closure-reason';

ruleTable(rule, [
  { name: 'a reason chosen', facts: { closureReason: { label: 'Step down to Early Help', code: null, stepDown: true } }, status: 'met' },
  { name: 'none chosen', facts: { closureReason: null }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
