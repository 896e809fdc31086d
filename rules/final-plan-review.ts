import { day, evidence, fact, met, only, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'final-plan-review',
  title: 'Final Child’s Plan review complete',
  statement: 'The final Child’s Plan review is complete.',
  why: 'The final review is where the plan’s outcomes are agreed as met, which is the evidence for closing.',
  level: 'must',
  appliesTo: ['cin', 'cp', 'cla'],
  sources: [{ source: 'B', section: 'To be completed within 7 days', quote: 'Practitioner to complete the final Child’s Plan review' }],
  evaluate(record) {
    const items = fact(record, 'workItems');
    if (!items) return unknown(record, ['workItems'], 'the plan reviews on the case');
    // Reading 5: every review work item is a plan review.
    const reviews = items.value.filter((w) => w.kind === 'review');
    const open = reviews.filter((w) => w.status === 'open');
    if (open.length > 0) {
      return unmet(`${open.map((w) => w.title).join(', ')} still open.`, [evidence(record, 'workItems', open.map((w) => `${w.title}: open`).join('; '), only(open))], 'Complete the final plan review and have it authorised.');
    }
    if (reviews.length === 0) return unmet('No plan review is recorded.', [evidence(record, 'workItems', 'no review work items')], 'Hold and record the final Child’s Plan review.');
    const latest = [...reviews].sort((a, b) => (b.completed ?? '').localeCompare(a.completed ?? ''))[0]!;
    return met(`Latest review complete${latest.completed ? ` on ${day(latest.completed)}` : ''}.`, [evidence(record, 'workItems', `${latest.title}: complete${latest.completed ? ` ${day(latest.completed)}` : ''}`, latest)]);
  },
};
export default rule;
