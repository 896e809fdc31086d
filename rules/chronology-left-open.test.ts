import { ruleTable } from '../test/support/rule-table';
import rule from './chronology-left-open';

ruleTable(rule, [
  { name: 'open', facts: { chronologyStatus: 'open' }, status: 'met' },
  { name: 'closed', facts: { chronologyStatus: 'closed' }, status: 'unmet' },
  { name: 'none', facts: { chronologyStatus: 'none' }, status: 'unmet' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
