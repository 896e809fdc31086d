import { ruleTable, note, inv } from '../test/support/rule-table';
import rule from './professionals-consulted';

ruleTable(rule, [
  { name: 'a core group on the decision date', facts: { involvements: [inv('cp')], decisionDate: '2026-11-11', caseNotes: [note('Core group', '2026-11-11')] }, status: 'met' },
  { name: 'a CIN meeting on the 42nd day back (decision − 41)', facts: { involvements: [inv('cin')], decisionDate: '2026-11-11', caseNotes: [note('CIN Meeting', '2026-10-01')] }, status: 'met' },
  { name: 'a note in the window of a type the host profile does not know', facts: { involvements: [inv('cin')], decisionDate: '2026-11-11', caseNotes: [note('Network review', '2026-11-01', 'final', null)] }, status: 'unknown' },
  { name: 'a meeting one day too early (decision − 42)', facts: { involvements: [inv('cin')], decisionDate: '2026-11-11', caseNotes: [note('CIN meeting', '2026-09-30')] }, status: 'unmet' },
  { name: 'a meeting after the decision does not count', facts: { involvements: [inv('cin')], decisionDate: '2026-11-11', caseNotes: [note('Professionals meeting', '2026-11-12')] }, status: 'unmet' },
  { name: 'a draft or timed-out meeting note does not count', facts: { involvements: [inv('cin')], decisionDate: '2026-11-11', caseNotes: [note('Core group', '2026-11-01', 'draft'), note('Core group', '2026-11-02', 'timed-out')] }, status: 'unmet' },
  { name: 'no decision date recorded', facts: { involvements: [inv('cin')], decisionDate: null, caseNotes: [note('Core group', '2026-11-01')] }, status: 'unmet' },
  { name: 'an assessment-only case', facts: { involvements: [inv('assessment')] }, status: 'n/a' },
  { name: 'case notes not seen', facts: { involvements: [inv('cin')], decisionDate: '2026-11-11' }, status: 'unknown' },
  { name: 'involvements not seen', facts: { decisionDate: '2026-11-11', caseNotes: [] }, status: 'unknown' },
]);
