import { addDays, daysBetween } from '../record/dates';
import { day, evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'closed-within-timescale',
  title: 'Closure completed within {days} days of the decision',
  statement: 'The closure is completed within {days} days of the decision.',
  why: 'A prompt closure makes it clear to the family and other agencies that the service has ended.',
  level: 'must',
  appliesTo: 'all',
  params: { days: { default: 7, min: 1, max: 28, unit: 'days', label: 'Days from the decision to complete the closure' } },
  sources: [{ source: 'B', section: 'To be completed within 7 days', quote: 'To be completed within 7 days of the decision being made to close the case' }],
  evaluate(record, { today, params }) {
    const days = params.days ?? 7;
    const decision = fact(record, 'decisionDate');
    if (!decision) return unknown(record, ['decisionDate'], 'the date of the decision to close');
    if (!decision.value) return unmet('No decision date is recorded.', [evidence(record, 'decisionDate', 'decision date: empty')], 'Record the date of the decision to close.');
    const due = addDays(decision.value, days);
    const seen = [evidence(record, 'decisionDate', `decision ${day(decision.value)}`)];
    // Reading 10: today ≤ decision + 7, whatever the closure record's status.
    if (today <= due) {
      // Met on time; done only once the closure record is seen complete, waiting until then.
      const status = fact(record, 'closureStatus');
      if (status?.value === 'complete') return met(`Closure record completed within the timescale (due by ${day(due)}).`, [...seen, evidence(record, 'closureStatus', 'closure record: complete')], { due });
      const waiting = { due, waiting: true, next: `Complete the closure record by ${day(due)}.` };
      if (!status) return met(`Within the timescale: due by ${day(due)}. Not seen yet whether the closure record is complete.`, seen, waiting);
      return met(`Within the timescale, the closure record is not complete yet: due by ${day(due)}.`, [...seen, evidence(record, 'closureStatus', `closure record: ${status.value}`)], waiting);
    }
    const overdueDays = daysBetween(due, today);
    return unmet(`Overdue by ${overdueDays} day${overdueDays === 1 ? '' : 's'}: the closure was due by ${day(due)}.`, seen, 'Complete the closure now and record why it is late.', { due, overdueDays });
  },
};
export default rule;
