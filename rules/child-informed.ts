import { evidence, day, fact, isEmpty, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'child-informed',
  title: 'Child told, in a way that suits their age',
  statement: 'The child or young person has been told the case will close, in a way that suits their age, or the record says why that was not appropriate.',
  why: 'Children need to know who is still helping them; where telling them is not right, the record should say why.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'A', section: 'Musts', quote: 'Families and children will need to be informed that the case will close' },
    { source: 'E', section: 'Checklist 2', quote: 'Parents, child(ren)/YP, involved agencies and universal services are aware of case closure' },
  ],
  evaluate(record) {
    const informed = fact(record, 'childInformed');
    if (!informed) return unknown(record, ['childInformed'], 'whether the child was told');
    const { date, notAppropriate, reason } = informed.value;
    if (date) return met(`Child told on ${day(date)}.`, [evidence(record, 'childInformed', `child informed ${day(date)}`)]);
    if (notAppropriate && !isEmpty(reason)) {
      return met('Recorded as not appropriate to tell the child, with a reason.', [evidence(record, 'childInformed', `not appropriate: “${reason}”`)]);
    }
    const seen = [evidence(record, 'childInformed', notAppropriate ? 'not appropriate ticked, no reason' : 'date child informed: empty')];
    return unmet(
      notAppropriate ? 'Marked not appropriate to tell the child, but no reason is recorded.' : 'No date is recorded for telling the child.',
      seen,
      notAppropriate ? 'Record why it was not appropriate to tell the child.' : 'Tell the child in a way that suits their age and record the date, or record why it was not appropriate.',
    );
  },
};
export default rule;
