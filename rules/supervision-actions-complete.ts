import { actionsVerdict } from './common/actions';
import type { Rule } from './types';

const rule: Rule = {
  id: 'supervision-actions-complete',
  title: 'Supervision actions complete',
  statement: 'All actions from supervision are complete, or a reason is recorded.',
  why: 'Actions agreed in supervision should be finished, or the record should say why they are not needed.',
  level: 'must',
  appliesTo: 'all',
  sources: [{ source: 'E', section: 'Checklist 8', quote: 'Ensure that all actions outlined in supervision have been completed.' }],
  evaluate: (record) => actionsVerdict(record, 'supervisionActions', 'supervision'),
};
export default rule;
