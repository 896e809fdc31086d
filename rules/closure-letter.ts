import { addDays, daysBetween } from '../record/dates';
import { day, evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'closure-letter',
  title: 'Closure letter requested and sent',
  statement: 'A closure letter to the parents/those with parental responsibility is requested from business support, and sent within {days} days of the request.',
  why: 'The letter is the family’s and partners’ formal notice that the case is closed.',
  level: 'must',
  appliesTo: 'all',
  params: { days: { default: 10, min: 1, max: 28, unit: 'days', label: 'Days business support has to send the letter' } },
  sources: [
    { source: 'B', section: 'To be completed within 7 days', quote: 'Business Services staff to complete tasks within a maximum of 10 days of receipt of requests' },
    { source: 'E', section: 'Checklist 9', quote: 'Case closure letter to be sent to parents/those with PR' },
  ],
  evaluate(record, { today, params }) {
    const days = params.days ?? 10;
    const sent = fact(record, 'letterSent');
    if (sent?.value) return met(`Closure letter sent on ${day(sent.value)}.`, [evidence(record, 'letterSent', `letter sent ${day(sent.value)}`)]);
    const requested = fact(record, 'letterRequested');
    if (!sent || !requested) return unknown(record, ['letterRequested', 'letterSent'], 'the closure letter dates');
    if (!requested.value) return unmet('No closure letter has been requested.', [evidence(record, 'letterRequested', 'letter requested: empty'), evidence(record, 'letterSent', 'letter sent: empty')], 'Ask business support for the closure letter to the parents.');
    const due = addDays(requested.value, days);
    const seen = [evidence(record, 'letterRequested', `requested ${day(requested.value)}`), evidence(record, 'letterSent', 'not sent yet')];
    // Reading 11: a request made 0–9 days ago is on time; 10 or more days without a sent date is overdue.
    if (daysBetween(requested.value, today) < days) return met(`Requested ${day(requested.value)}; not sent yet, due by ${day(due)}.`, seen, { due, waiting: true, next: 'Record the date the letter is sent.' });
    const overdueDays = daysBetween(due, today);
    const late = overdueDays > 0 ? `overdue by ${overdueDays} day${overdueDays === 1 ? '' : 's'}` : 'due today';
    return unmet(`Requested ${day(requested.value)} and not sent: ${late}.`, seen, 'Chase business support for the closure letter and record the date it was sent.', { due, ...(overdueDays > 0 ? { overdueDays } : {}) });
  },
};
export default rule;
