import { ruleTable } from '../test/support/rule-table';
import rule from './copy-to-family';

ruleTable(rule, [
  { name: 'a copy sent', facts: { copyToFamily: '2026-11-18' }, status: 'met' },
  { name: 'none', facts: { copyToFamily: null }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
