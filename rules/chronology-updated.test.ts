import { ruleTable } from '../test/support/rule-table';
import rule from './chronology-updated';

ruleTable(rule, [
  { name: 'updated on the decision date', facts: { chronologyStatus: 'open', chronologyLastUpdated: '2026-11-11', decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'updated the day before the decision', facts: { chronologyStatus: 'open', chronologyLastUpdated: '2026-11-10', decisionDate: '2026-11-11' }, status: 'unmet' },
  { name: 'no chronology', facts: { chronologyStatus: 'none' }, status: 'unmet' },
  { name: 'no decision date', facts: { chronologyStatus: 'open', chronologyLastUpdated: '2026-11-10', decisionDate: null }, status: 'unmet' },
  { name: 'decision date not seen', facts: { chronologyStatus: 'open', chronologyLastUpdated: '2026-11-10' }, status: 'unknown' },
]);
