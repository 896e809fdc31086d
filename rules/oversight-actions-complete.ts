import { actionsVerdict } from './common/actions';
import type { Rule } from './types';

const rule: Rule = {
  id: 'oversight-actions-complete',
  title: 'Initial management oversight actions complete',
  statement: 'All actions from the initial management oversight are complete, or a reason is recorded.',
  why: 'Actions set at the start of the work should be finished, or the record should say why they no longer matter.',
  level: 'must',
  appliesTo: 'all',
  sources: [{ source: 'E', section: 'Checklist 7', quote: 'Ensure that all actions in Initial Management Oversight case note have been completed.' }],
  evaluate: (record) => actionsVerdict(record, 'oversightActions', 'initial management oversight'),
};
export default rule;
