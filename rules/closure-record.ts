import { evidence, fact, met, notApplicable, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'closure-record',
  title: 'Closure record completed',
  statement: 'A closure record is completed. Not needed when the case closes as NFA straight after a Child and Family Assessment (pack E).',
  why: 'The closure record tells the family and other agencies that the service is no longer involved, and why.',
  level: 'must',
  appliesTo: 'all',
  // Pack E says no closure record is generated for an NFA straight after an assessment: a switch, so a
  // council's copy of pack E reads the same.
  params: { nfaExempt: { default: 0, min: 0, max: 1, unit: 'yes/no', label: 'Not needed when the case closes as NFA straight after an assessment' } },
  sources: [
    { source: 'D', section: '3', quote: 'Childrens Social Care teams should complete a case closure record for all cases that go beyond a referral.' },
    { source: 'E', section: '1. Cases Closed Following only a Child and Family Assessment', quote: 'if the outcome of the Child and Family assessment is NFA then a Referral Closure Record will not be generated' },
  ],
  evaluate(record, { params }) {
    const seen = [];
    if (params.nfaExempt === 1) {
      // Reading 8: n/a when the case's only kind is assessment and the outcome is NFA.
      const involvements = fact(record, 'involvements');
      const outcome = fact(record, 'assessmentOutcome');
      if (!involvements || !outcome) return unknown(record, ['involvements', 'assessmentOutcome'], 'whether the case closes straight after an assessment');
      const kinds = new Set(involvements.value.map((i) => i.kind));
      if (kinds.size === 1 && kinds.has('assessment') && outcome.value === 'nfa') {
        return notApplicable('Closed as NFA straight after the assessment: no closure record is needed.', [evidence(record, 'involvements', 'assessment only'), evidence(record, 'assessmentOutcome', 'outcome: NFA')]);
      }
      seen.push(evidence(record, 'involvements', `involvements: ${[...kinds].join(', ')}`));
    }
    const status = fact(record, 'closureStatus');
    if (!status) return unknown(record, ['closureStatus'], 'the closure record’s status', seen);
    if (status.value === 'complete') return met('The closure record is complete.', [...seen, evidence(record, 'closureStatus', 'closure record: complete')]);
    return unmet(
      status.value === 'missing' ? 'No closure record has been started.' : 'The closure record is not complete yet.',
      [...seen, evidence(record, 'closureStatus', `closure record: ${status.value}`)],
      status.value === 'missing' ? 'Start and complete the closure record.' : 'Finish the closure record and mark it complete.',
    );
  },
};
export default rule;
