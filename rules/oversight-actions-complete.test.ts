import { ruleTable } from '../test/support/rule-table';
import rule from './oversight-actions-complete';

ruleTable(rule, [
  { name: 'complete', facts: { oversightActions: { status: 'complete', reason: null } }, status: 'met' },
  { name: 'not needed, with a reason', facts: { oversightActions: { status: 'not-needed', reason: 'No actions were set' } }, status: 'met' },
  { name: 'not needed, no reason', facts: { oversightActions: { status: 'not-needed', reason: null } }, status: 'unmet' },
  { name: 'outstanding', facts: { oversightActions: { status: 'outstanding', reason: null } }, status: 'unmet' },
  { name: 'not answered', facts: { oversightActions: { status: null, reason: null } }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
