import { day, evidence, fact, met, notRecognised, unknown, unmet } from './common/support';
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
    const after = notes.value.filter((n) => n.status === 'final' && n.date && n.date >= decision.value!);
    const summary = after.filter((n) => n.kind === 'case-summary').sort((a, b) => b.date!.localeCompare(a.date!))[0];
    const seen = [evidence(record, 'decisionDate', `decision ${day(decision.value)}`)];
    if (summary) return met(`${summary.type} note finalised on ${day(summary.date!)}.`, [...seen, evidence(record, 'caseNotes', `${summary.type} ${day(summary.date!)}`, summary)]);
    // A note after the decision whose type the profile does not know may be the case summary.
    const unread = after.filter((n) => n.kind === null).map((n) => n.type);
    if (unread.length) return notRecognised('caseNotes', unread, 'whether the case summary was updated', seen);
    return unmet(`No finalised case summary note on or after the decision (${day(decision.value)}).`, [...seen, evidence(record, 'caseNotes', `${notes.value.length} case notes`)], 'Write and finalise a case summary case note for the closure.');
  },
};
export default rule;
