import { ruleTable, inv } from '../test/support/rule-table';
import rule from './closure-record';

ruleTable(rule, [
  { name: 'complete', facts: { closureStatus: 'complete' }, status: 'met' },
  { name: 'incomplete', facts: { closureStatus: 'incomplete' }, status: 'unmet' },
  { name: 'missing', facts: { closureStatus: 'missing' }, status: 'unmet' },
  { name: 'pack E: NFA straight after an assessment', facts: { involvements: [inv('assessment')], assessmentOutcome: 'nfa', closureStatus: 'incomplete' }, packId: 'managerial-practice-note', status: 'n/a' },
  { name: 'another pack: the same case still needs the record', facts: { involvements: [inv('assessment')], assessmentOutcome: 'nfa', closureStatus: 'incomplete' }, packId: 'care-assess-closure-records', status: 'unmet' },
  { name: 'pack E: a CIN case', facts: { involvements: [inv('assessment'), inv('cin')], assessmentOutcome: 'plan', closureStatus: 'complete' }, packId: 'managerial-practice-note', status: 'met' },
  { name: 'pack E: the outcome not seen', facts: { involvements: [inv('assessment')], closureStatus: 'complete' }, packId: 'managerial-practice-note', status: 'unknown' },
]);
