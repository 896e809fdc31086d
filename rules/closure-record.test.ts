import { ruleTable, inv } from '../test/support/rule-table';
import rule from './closure-record';

ruleTable(rule, [
  { name: 'complete', facts: { closureStatus: 'complete' }, status: 'met' },
  { name: 'incomplete', facts: { closureStatus: 'incomplete' }, status: 'unmet' },
  { name: 'missing', facts: { closureStatus: 'missing' }, status: 'unmet' },
  { name: 'pack E: NFA straight after an assessment', facts: { involvements: [inv('assessment')], assessmentOutcome: 'nfa', closureStatus: 'incomplete' }, params: { nfaExempt: 1 }, status: 'n/a' },
  { name: 'another pack: the same case still needs the record', facts: { involvements: [inv('assessment')], assessmentOutcome: 'nfa', closureStatus: 'incomplete' }, status: 'unmet' },
  { name: 'pack E: a CIN case', facts: { involvements: [inv('assessment'), inv('cin')], assessmentOutcome: 'plan', closureStatus: 'complete' }, params: { nfaExempt: 1 }, status: 'met' },
  { name: 'pack E: the outcome not seen', facts: { involvements: [inv('assessment')], closureStatus: 'complete' }, params: { nfaExempt: 1 }, status: 'unknown' },
]);
