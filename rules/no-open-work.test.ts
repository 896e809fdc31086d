import { ruleTable, work } from '../test/support/rule-table';
import rule from './no-open-work';

ruleTable(rule, [
  { name: 'everything complete and authorised', facts: { workItems: [work('assessment', 'complete'), work('plan', 'complete')] }, status: 'met' },
  { name: 'one open review decides it', facts: { workItems: [work('assessment', 'complete'), work('review', 'open')] }, status: 'unmet' },
  { name: 'complete but not authorised', facts: { workItems: [work('plan', 'complete', { authorisedBy: null })] }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
