import { day, evidence, fact, met, notApplicable, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'assessment-shared',
  title: 'Assessment shared with the family',
  statement: 'The assessment was shared with the parents (and the young person where appropriate), with the date, and their views on it recorded.',
  why: 'Families should know what the assessment found and have their say on it before the case closes.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'E', section: 'Checklist 1', quote: 'Assessment shared with parents/those with parental responsibility and where appropriate the young person.' },
    { source: 'C', section: 'Always remember', quote: 'Share reports where and when appropriate' },
  ],
  evaluate(record) {
    const items = fact(record, 'workItems');
    if (!items) return unknown(record, ['workItems'], 'the assessments on the case');
    // Reading 6: the latest assessment is the one started most recently (ties: completed most recently).
    const latest = items.value
      .filter((w) => w.kind === 'assessment')
      .sort((a, b) => (b.started ?? '').localeCompare(a.started ?? '') || (b.completed ?? '').localeCompare(a.completed ?? ''))[0];
    if (!latest) return notApplicable('The case holds no assessment.', [evidence(record, 'workItems', 'no assessment work item')]);
    if (latest.sharedWithFamily) {
      return met(`${latest.title} shared with the family on ${day(latest.sharedWithFamily)}.`, [evidence(record, 'workItems', `${latest.title}: shared with family ${day(latest.sharedWithFamily)}`, latest)]);
    }
    return unmet(`${latest.title} shows no date it was shared with the family.`, [evidence(record, 'workItems', `${latest.title}: shared with family — empty`, latest)], 'Share the assessment with the parents (and the young person where appropriate), record the date and their views on it.');
  },
};
export default rule;
