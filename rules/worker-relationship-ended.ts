import { day, evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'worker-relationship-ended',
  title: 'Worker’s relationship with the family ended',
  statement: 'The worker’s current relationship with the family is ended in the system (the last step).',
  why: 'An open worker relationship makes the case look allocated after it has closed.',
  level: 'should',
  appliesTo: 'all',
  sources: [{ source: 'B', section: 'To be completed within 7 days', quote: 'Practitioner to ensure their worker’s current relationship with the family is ended in Mosaic' }],
  evaluate(record) {
    const relationships = fact(record, 'relationships');
    if (!relationships) return unknown(record, ['relationships'], 'the worker relationships');
    // Reading 14: the most recently started allocated worker relationship.
    const latest = relationships.value.filter((r) => r.staff === 'allocated-worker').sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
    if (!latest) return unmet('No allocated worker relationship is recorded.', [evidence(record, 'relationships', 'no allocated worker relationship')], 'Check the worker relationships on the person summary.');
    if (latest.end) return met(`${latest.name}’s relationship ended on ${day(latest.end)}.`, [evidence(record, 'relationships', `${latest.role} ${latest.name}: ended ${day(latest.end)}`, latest)]);
    return unmet(`${latest.name}’s relationship with the family is still open.`, [evidence(record, 'relationships', `${latest.role} ${latest.name}: no end date`, latest)], 'End your worker relationship once everything else is done (the last step).');
  },
};
export default rule;
