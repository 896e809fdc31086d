import { ruleTable } from '../test/support/rule-table';
import rule from './demographics-checked';

ruleTable(rule, [
  { name: 'checked 30 days before the decision', facts: { decisionDate: '2026-11-11', demographicsVerified: '2026-10-12' }, status: 'met' },
  { name: 'checked 31 days before', facts: { decisionDate: '2026-11-11', demographicsVerified: '2026-10-11' }, status: 'unmet' },
  { name: 'checked after the decision', facts: { decisionDate: '2026-11-11', demographicsVerified: '2026-11-15' }, status: 'met' },
  { name: 'never checked', facts: { decisionDate: '2026-11-11', demographicsVerified: null }, status: 'unmet' },
  { name: 'not seen', facts: { decisionDate: '2026-11-11' }, status: 'unknown' },
]);
