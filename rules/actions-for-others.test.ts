import { ruleTable } from '../test/support/rule-table';
import rule from './actions-for-others';

ruleTable(rule, [
  { name: 'actions recorded', facts: { actionsForOthers: 'School to continue check-ins' }, status: 'met' },
  { name: '"None" counts as filled', facts: { actionsForOthers: 'None' }, status: 'met' },
  { name: 'white space only', facts: { actionsForOthers: '   ' }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
