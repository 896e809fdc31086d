import { evidence, fact, isEmpty, met, notApplicable, notRecognised, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'step-down-recorded',
  title: 'Receiving service recorded for a step-down',
  statement: 'Where the case steps down (team around the family, early help, single agency), the receiving service is recorded.',
  why: 'The service taking over, and any future referrer, need to see who the family was stepped down to.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'D', section: '5', quote: 'step down to team around the family and step down to single agency' },
    { source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: 'Any step down to preventative services should be recorded here.' },
  ],
  evaluate(record) {
    const reason = fact(record, 'closureReason');
    if (!reason) return unknown(record, ['closureReason'], 'the reason for closure');
    // Reading 7: whether the option chosen is a step-down is the host profile's word for it.
    if (reason.value?.stepDown === null) return notRecognised('closureReason', [reason.value.label], 'whether the closure is a step-down');
    if (!reason.value || !reason.value.stepDown) {
      return notApplicable('The closure is not a step-down.', [evidence(record, 'closureReason', reason.value ? `reason: ${reason.value.label}` : 'no reason chosen')]);
    }
    const to = fact(record, 'stepDownTo');
    const seen = [evidence(record, 'closureReason', `reason: ${reason.value.label}`)];
    if (!to) return unknown(record, ['stepDownTo'], 'the service stepped down to', seen);
    if (!isEmpty(to.value)) return met(`Stepped down to ${to.value}.`, [...seen, evidence(record, 'stepDownTo', `stepped down to: ${to.value}`)]);
    return unmet('The closure is a step-down but the receiving service is not recorded.', [...seen, evidence(record, 'stepDownTo', 'service stepped down to: empty')], 'Record the service the family is stepped down to on the closure record.');
  },
};
export default rule;
