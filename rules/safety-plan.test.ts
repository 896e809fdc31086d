import { ruleTable } from '../test/support/rule-table';
import rule from './safety-plan';

ruleTable(rule, [
  { name: 'a safety plan on the record', facts: { documents: [{ title: 'Plan', category: 'Safety plan - Parents/Carers', date: '2026-11-01', kind: 'safety-plan', audience: 'parents' }] }, status: 'met' },
  { name: 'documents but no safety plan', facts: { documents: [{ title: 'Letter', category: 'Letter', date: '2026-11-01', kind: 'letter' }] }, status: 'unmet' },
  { name: 'documents not seen', facts: {}, status: 'unknown' },
]);
