import { evidence, fact, met, only, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'safety-plan',
  title: 'Family left with a safety plan',
  statement: 'The family is left with a safety plan.',
  why: 'A safety plan the family owns is how the changes made are kept up after the service steps away.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'A', section: 'Musts', quote: 'Families and children should be left with a safety plan' },
    { source: 'C', section: 'Good clear closures summaries', quote: 'we also should be completing a safety plan as part of closure and step-down' },
  ],
  evaluate(record) {
    const docs = fact(record, 'documents');
    if (!docs) return unknown(record, ['documents'], 'the documents on the case');
    const plans = docs.value.filter((d) => d.kind === 'safety-plan');
    if (plans.length > 0) return met(`${plans.length} safety plan${plans.length === 1 ? '' : 's'} on the record.`, [evidence(record, 'documents', plans.map((p) => p.title).join('; '), only(plans))]);
    return unmet('No safety plan is on the record.', [evidence(record, 'documents', `${docs.value.length} documents, none a safety plan`)], 'Complete a safety plan with the family and add it to the documents.');
  },
};
export default rule;
