import { ruleTable } from '../test/support/rule-table';
import rule from './child-informed';

ruleTable(rule, [
  { name: 'a date the child was told', facts: { childInformed: { date: '2026-11-12', notAppropriate: false, reason: null } }, status: 'met' },
  { name: 'not appropriate, with a reason', facts: { childInformed: { date: null, notAppropriate: true, reason: 'Baby, 8 months' } }, status: 'met' },
  { name: 'not appropriate ticked, reason blank', facts: { childInformed: { date: null, notAppropriate: true, reason: '  ' } }, status: 'unmet' },
  { name: 'neither a date nor a reason', facts: { childInformed: { date: null, notAppropriate: false, reason: null } }, status: 'unmet' },
  { name: 'not seen yet', facts: {}, status: 'unknown' },
]);
