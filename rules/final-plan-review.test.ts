import { ruleTable, inv, work } from '../test/support/rule-table';
import rule from './final-plan-review';

ruleTable(rule, [
  { name: 'the reviews complete', facts: { involvements: [inv('cp')], workItems: [work('review', 'complete'), work('review', 'complete')] }, status: 'met' },
  { name: 'one review open', facts: { involvements: [inv('cp')], workItems: [work('review', 'complete'), work('review', 'open')] }, status: 'unmet' },
  { name: 'no review at all', facts: { involvements: [inv('cin')], workItems: [work('plan', 'complete')] }, status: 'unmet' },
  { name: 'an early help case', facts: { involvements: [inv('early-help')], workItems: [] }, status: 'n/a' },
  { name: 'work items not seen', facts: { involvements: [inv('cla')] }, status: 'unknown' },
]);
