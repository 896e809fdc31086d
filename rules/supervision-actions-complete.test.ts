import { ruleTable } from '../test/support/rule-table';
import rule from './supervision-actions-complete';

ruleTable(rule, [
  { name: 'complete', facts: { supervisionActions: { status: 'complete', reason: null } }, status: 'met' },
  { name: 'not needed, with a reason', facts: { supervisionActions: { status: 'not-needed', reason: 'FGC no longer needed' } }, status: 'met' },
  { name: 'outstanding', facts: { supervisionActions: { status: 'outstanding', reason: null } }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
