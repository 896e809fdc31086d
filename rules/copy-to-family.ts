import { day, evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'copy-to-family',
  title: 'Copy of the closure summary sent to the family',
  statement: 'A copy of the closure record/summary has been sent to the family.',
  why: 'The family can refer back to it if they ever need help again.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'D', section: '3', quote: 'This should be completed promptly and a copy sent to the family.' },
    { source: 'A', section: 'Top Tips', quote: 'Sending the closing summary to the family when the case is closed is helpful' },
  ],
  evaluate(record) {
    const copy = fact(record, 'copyToFamily');
    if (!copy) return unknown(record, ['copyToFamily'], 'the date a copy was sent to the family');
    if (copy.value) return met(`Copy sent to the family on ${day(copy.value)}.`, [evidence(record, 'copyToFamily', `copy sent ${day(copy.value)}`)]);
    return unmet('No copy of the closure summary has been sent to the family.', [evidence(record, 'copyToFamily', 'date copy sent: empty')], 'Send the family a copy of the closure summary and record the date.');
  },
};
export default rule;
