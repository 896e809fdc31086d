import { ruleTable, work } from '../test/support/rule-table';
import rule from './assessment-shared';

ruleTable(rule, [
  { name: 'the latest assessment shared', facts: { workItems: [work('assessment', 'complete', { started: '2026-01-01', sharedWithFamily: null }), work('assessment', 'complete', { started: '2026-05-01', sharedWithFamily: '2026-05-20' })] }, status: 'met' },
  { name: 'only an older assessment shared', facts: { workItems: [work('assessment', 'complete', { started: '2026-01-01', sharedWithFamily: '2026-01-20' }), work('assessment', 'complete', { started: '2026-05-01' })] }, status: 'unmet' },
  { name: 'ties broken by the most recent completion', facts: { workItems: [work('assessment', 'complete', { started: '2026-05-01', completed: '2026-05-10', sharedWithFamily: null }), work('assessment', 'complete', { started: '2026-05-01', completed: '2026-05-20', sharedWithFamily: '2026-05-21' })] }, status: 'met' },
  { name: 'no assessment on the case', facts: { workItems: [work('plan', 'complete')] }, status: 'n/a' },
  { name: 'work items not seen', facts: {}, status: 'unknown' },
]);
