import { ruleTable, rel } from '../test/support/rule-table';
import rule from './worker-relationship-ended';

ruleTable(rule, [
  { name: 'the latest allocated worker ended', facts: { relationships: [rel('Allocated social worker', 'Old SW', 'social-care', null, '2025-01-01'), rel('Allocated social worker', 'New SW', 'social-care', '2026-11-19', '2026-03-01')] }, status: 'met' },
  { name: 'still open', facts: { relationships: [rel('Allocated worker', 'EH Worker', 'social-care')] }, status: 'unmet' },
  { name: 'no allocated worker at all', facts: { relationships: [rel('Team manager', 'TM', 'social-care')] }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
