import { evidence, fact, isEmpty, met, only, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'no-open-work',
  title: 'No assessment, plan or review left open',
  statement: 'No assessment, plan or review is left open: each is complete and authorised by a manager.',
  why: 'A case closed with open work leaves the record unclear about what was decided and by whom.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'D', section: '6', quote: 'No case should be closed with assessments, plans or reviews remaining open.' },
    { source: 'B', section: 'What good practice looks for case closure?', quote: 'The assessment or Child’s Plan will provide the evidence needed for case closure' },
  ],
  evaluate(record) {
    const items = fact(record, 'workItems');
    if (!items) return unknown(record, ['workItems'], 'the assessments, plans and reviews');
    const problems = items.value.filter((w) => w.status === 'open' || isEmpty(w.authorisedBy));
    if (problems.length > 0) {
      return unmet(
        `Open or unauthorised: ${problems.map((w) => `${w.title} (${w.status === 'open' ? 'open' : 'not authorised'})`).join(', ')}.`,
        [evidence(record, 'workItems', problems.map((w) => `${w.title}: ${w.status}${isEmpty(w.authorisedBy) ? ', awaiting authorisation' : ''}`).join('; '), only(problems))],
        'Complete each open item and ask your manager to authorise it.',
      );
    }
    return met(`All ${items.value.length} assessments, plans and reviews are complete and authorised.`, [evidence(record, 'workItems', `${items.value.length} work items, all complete and authorised`)]);
  },
};
export default rule;
