import { evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'closure-reason',
  title: 'Reason for closure chosen',
  statement: 'A reason for closure is chosen from the system’s pick list.',
  why: 'The reason is a required field used for reporting, including the national Children in Need census.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'D', section: '5', quote: 'The reason for closure pick list is a required field, and is needed for reporting purposes.' },
    { source: 'B', section: 'What is case closure?', quote: 'Case closures may be due to' },
  ],
  evaluate(record) {
    const reason = fact(record, 'closureReason');
    if (!reason) return unknown(record, ['closureReason'], 'the reason for closure');
    if (reason.value) return met(`Reason: ${reason.value.label}.`, [evidence(record, 'closureReason', `reason: ${reason.value.label}`)]);
    return unmet('No reason for closure is chosen.', [evidence(record, 'closureReason', 'reason for closure: none selected')], 'Choose the reason for closure from the pick list.');
  },
};
export default rule;
