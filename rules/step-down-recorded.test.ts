import { ruleTable } from '../test/support/rule-table';
import rule from './step-down-recorded';

ruleTable(rule, [
  { name: 'a step-down with the service recorded', facts: { closureReason: { label: 'Step down to Early Help', code: null, stepDown: true }, stepDownTo: 'Early Help Team South' }, status: 'met' },
  { name: 'RC9 is a step-down', facts: { closureReason: { label: 'RC9 - Case closed after assessment, referred to early help', code: 'RC9', stepDown: true }, stepDownTo: null }, status: 'unmet' },
  { name: 'not a step-down', facts: { closureReason: { label: 'RC4 - Special guardianship order', code: 'RC4', stepDown: false } }, status: 'n/a' },
  { name: 'no reason chosen', facts: { closureReason: null }, status: 'n/a' },
  { name: 'reason not seen', facts: {}, status: 'unknown' },
]);
