import { evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'closure-checklist-complete',
  title: 'Closure workflow checklist ticked',
  statement: 'The closure workflow’s own checklist is complete.',
  why: 'The workflow’s checklist is the practitioner’s own record that each closure step was done.',
  level: 'must',
  appliesTo: 'all',
  sources: [{ source: 'B', section: 'To be completed within 7 days', quote: 'along with the completion of the checklist within the workflow' }],
  evaluate(record) {
    const status = fact(record, 'closureStatus');
    // Reading 13: no closure record means no checklist.
    if (status?.value === 'missing') return unmet('There is no closure record, so no checklist.', [evidence(record, 'closureStatus', 'closure record: missing')], 'Start the closure workflow and work through its checklist.');
    const checklist = fact(record, 'checklist');
    if (!checklist) return unknown(record, ['checklist'], 'the closure checklist');
    const unticked = checklist.value.filter((c) => !c.ticked);
    if (checklist.value.length === 0) return unmet('The closure form has no checklist items.', [evidence(record, 'checklist', 'no checklist items')], 'Work through the closure workflow’s checklist.');
    if (unticked.length > 0) {
      return unmet(`Not ticked: ${unticked.map((c) => c.label).join('; ')}.`, [evidence(record, 'checklist', `${checklist.value.length - unticked.length} of ${checklist.value.length} ticked`)], 'Finish each unticked step and tick it on the closure form.');
    }
    return met(`All ${checklist.value.length} checklist items are ticked.`, [evidence(record, 'checklist', `${checklist.value.length} of ${checklist.value.length} ticked`)]);
  },
};
export default rule;
