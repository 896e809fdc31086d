import { addDays } from '../record/dates';
import { day, evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'demographics-checked',
  title: 'Demographics checked',
  statement: 'Demographics are checked as accurate, within {days} days before the decision or after it: significant family members and current contact details.',
  why: 'Accurate family members and contact details let a future referral reach the right people quickly.',
  level: 'should',
  appliesTo: 'all',
  params: { days: { default: 30, min: 1, max: 180, unit: 'days', label: 'Checked within this many days before the decision' } },
  sources: [{ source: 'E', section: 'Checklist 6', quote: 'Demographics are accurate – i.e. details of significant family members including current contact details.' }],
  evaluate(record, { today, params }) {
    const days = params.days ?? 30;
    const checked = fact(record, 'demographicsVerified');
    const decision = fact(record, 'decisionDate');
    if (!checked || !decision) return unknown(record, ['demographicsVerified', 'decisionDate'], 'when demographics were checked and the decision date');
    if (!decision.value) return unmet('No decision date is recorded to measure the check against.', [evidence(record, 'decisionDate', 'decision date: empty')], 'Record the date of the decision to close.');
    const seen = [evidence(record, 'decisionDate', `decision ${day(decision.value)}`)];
    if (!checked.value) return unmet('No date is recorded for checking the demographics.', [...seen, evidence(record, 'demographicsVerified', 'demographics checked: empty')], 'Check significant family members and contact details, and record the date.');
    seen.push(evidence(record, 'demographicsVerified', `checked ${day(checked.value)}`));
    // Reading 4: decision − 30 … today, by calendar day.
    const from = addDays(decision.value, -days);
    if (checked.value >= from && checked.value <= today) return met(`Demographics checked on ${day(checked.value)}.`, seen);
    return unmet(`Demographics last checked ${day(checked.value)}, more than ${days} days before the decision.`, seen, 'Check significant family members and contact details again, and record the date.');
  },
};
export default rule;
