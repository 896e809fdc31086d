import { evidence, fact, isEmpty, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'actions-for-others',
  title: 'Ongoing actions for other professionals recorded',
  statement: 'Ongoing actions for other professionals are recorded on the closure record (or “none” is recorded).',
  why: 'Responsibilities agreed with other professionals must be written down and shared, or they drift.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'C', section: 'Good clear closures summaries', quote: 'it’s important that we clearly record any actions for others and share this information with them' },
    { source: 'C', section: 'Management Oversight', quote: 'We should also clearly set out if there are any responsibilities for other professionals.' },
  ],
  evaluate(record) {
    const actions = fact(record, 'actionsForOthers');
    if (!actions) return unknown(record, ['actionsForOthers'], 'the ongoing actions for other professionals');
    if (!isEmpty(actions.value)) return met('Ongoing actions for others are recorded.', [evidence(record, 'actionsForOthers', `actions: “${actions.value!.slice(0, 80)}${actions.value!.length > 80 ? '…' : ''}”`)]);
    return unmet('No ongoing actions for other professionals are recorded.', [evidence(record, 'actionsForOthers', 'ongoing actions: empty')], 'Record the actions agreed for other professionals, or “None”.');
  },
};
export default rule;
