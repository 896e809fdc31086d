import { evidence, fact, isEmpty, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'views-recorded',
  title: 'Child’s and parents’ views recorded',
  statement: 'The child’s and the parents’ views about the closure are recorded on the closure record.',
  why: 'The family’s own words show the closure was done with them, not to them, and inform any future referral.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: "Parents and child's views in relation to case closure should also be clearly recorded." },
    { source: 'E', section: 'Checklist 1', quote: 'Evidence of their views of the assessment recorded.' },
  ],
  evaluate(record) {
    const child = fact(record, 'childViews');
    const parents = fact(record, 'parentViews');
    const empty = [child && isEmpty(child.value) ? 'the child’s views' : null, parents && isEmpty(parents.value) ? 'the parents’ views' : null].filter(Boolean) as string[];
    const seen = [child && evidence(record, 'childViews', isEmpty(child.value) ? 'child’s views: empty' : 'child’s views recorded'), parents && evidence(record, 'parentViews', isEmpty(parents.value) ? 'parents’ views: empty' : 'parents’ views recorded')].filter((e) => e !== undefined);
    // One empty field already decides it.
    if (empty.length > 0) return unmet(`Not recorded: ${empty.join(' and ')}.`, seen, `Record ${empty.join(' and ')} about the closure on the closure record.`);
    if (!child || !parents) return unknown(record, ['childViews', 'parentViews'], 'the views fields of the closure record', seen);
    return met('The child’s and the parents’ views are recorded.', seen);
  },
};
export default rule;
