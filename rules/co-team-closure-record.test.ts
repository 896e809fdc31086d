import { ruleTable, inv } from '../test/support/rule-table';
import rule from './co-team-closure-record';

ruleTable(rule, [
  { name: 'the co-team record complete', facts: { involvements: [inv('cin'), inv('cin', 'co-team')], coTeamClosureStatus: 'complete' }, status: 'met' },
  { name: 'never started', facts: { involvements: [inv('cin'), inv('cin', 'co-team')], coTeamClosureStatus: 'missing' }, status: 'unmet' },
  { name: 'in progress', facts: { involvements: [inv('cin'), inv('cin', 'co-team')], coTeamClosureStatus: 'incomplete' }, status: 'unmet' },
  { name: 'no co-team', facts: { involvements: [inv('cin')] }, status: 'n/a' },
  { name: 'the co-team record not seen', facts: { involvements: [inv('cin', 'co-team')] }, status: 'unknown' },
]);
