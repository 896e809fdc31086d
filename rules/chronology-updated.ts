import { day, evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'chronology-updated',
  title: 'Chronology updated for closure',
  statement: 'A chronology of significant events exists and was updated on or after the decision date.',
  why: 'The chronology is what a future worker reads first; it must end with the closure.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'A', section: 'Musts', quote: 'Every case closure must contain a chronology of significant events' },
    { source: 'E', section: 'Checklist 3', quote: 'Chronology to be updated.' },
  ],
  evaluate(record) {
    const status = fact(record, 'chronologyStatus');
    if (status?.value === 'none') return unmet('There is no chronology.', [evidence(record, 'chronologyStatus', 'no chronology')], 'Start the chronology of significant events and bring it up to the closure.');
    const updated = fact(record, 'chronologyLastUpdated');
    const decision = fact(record, 'decisionDate');
    if (!status || !updated || !decision) return unknown(record, ['chronologyStatus', 'chronologyLastUpdated', 'decisionDate'], 'when the chronology was last updated and the decision date');
    if (!decision.value) return unmet('No decision date is recorded to measure the chronology against.', [evidence(record, 'decisionDate', 'decision date: empty')], 'Record the date of the decision to close.');
    const seen = [evidence(record, 'decisionDate', `decision ${day(decision.value)}`)];
    if (!updated.value) return unmet('The chronology shows no last-updated date.', [...seen, evidence(record, 'chronologyLastUpdated', 'last updated: empty')], 'Update the chronology with the closure.');
    seen.push(evidence(record, 'chronologyLastUpdated', `last updated ${day(updated.value)}`));
    if (updated.value >= decision.value) return met(`Chronology updated on ${day(updated.value)}, on or after the decision.`, seen);
    return unmet(`Chronology last updated ${day(updated.value)}, before the decision on ${day(decision.value)}.`, seen, 'Add the decision to close and the events since to the chronology.');
  },
};
export default rule;
