import { evidence, day, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'family-informed',
  title: 'Family told the case will close',
  statement: 'Parents and carers have been told the case will close.',
  why: 'A family who knows the case is closing knows who is still there for them and what to do if things get hard again.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'A', section: 'Musts', quote: 'Families and children will need to be informed that the case will close' },
    { source: 'B', section: 'What good practice looks for case closure?', quote: 'communicated with the family and all stakeholders' },
    { source: 'E', section: 'Checklist 2', quote: 'Parents, child(ren)/YP, involved agencies and universal services are aware of case closure' },
  ],
  evaluate(record) {
    const informed = fact(record, 'familyInformed');
    if (!informed) return unknown(record, ['familyInformed'], 'the date the family was told');
    if (informed.value) return met(`Family told on ${day(informed.value)}.`, [evidence(record, 'familyInformed', `family informed ${day(informed.value)}`)]);
    return unmet('No date is recorded for telling the family.', [evidence(record, 'familyInformed', 'date family informed: empty')], 'Tell the parents/carers the case will close and record the date on the closure record.');
  },
};
export default rule;
