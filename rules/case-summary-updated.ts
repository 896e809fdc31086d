import { day, evidence, fact, met, sameWords, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'case-summary-updated',
  title: 'Case summary updated for closure',
  statement: 'The case summary is updated for closure.',
  why: 'An up-to-date case summary saves a future worker from starting again.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'B', section: 'To be completed within 7 days', quote: 'Practitioner writes a case summary case note on Mosaic' },
    { source: 'E', section: 'Checklist 4', quote: 'Case Summary to be updated' },
  ],
  evaluate(record) {
    const notes = fact(record, 'caseNotes');
    const decision = fact(record, 'decisionDate');
    if (!notes || !decision) return unknown(record, ['caseNotes', 'decisionDate'], 'the case notes and the decision date');
    if (!decision.value) return unmet('No decision date is recorded to measure the case summary against.', [evidence(record, 'decisionDate', 'decision date: empty')], 'Record the date of the decision to close.');
    const summary = notes.value
      .filter((n) => n.status === 'final' && sameWords(n.type, 'Case summary') && n.date && n.date >= decision.value!)
      .sort((a, b) => b.date!.localeCompare(a.date!))[0];
    const seen = [evidence(record, 'decisionDate', `decision ${day(decision.value)}`)];
    if (summary) return met(`Case summary note finalised on ${day(summary.date!)}.`, [...seen, evidence(record, 'caseNotes', `Case summary ${day(summary.date!)}`)]);
    return unmet(`No finalised case summary note on or after the decision (${day(decision.value)}).`, [...seen, evidence(record, 'caseNotes', `${notes.value.length} case notes`)], 'Write and finalise a case summary case note for the closure.');
  },
};
export default rule;
