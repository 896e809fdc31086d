import { evidence, fact, met, notApplicable, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'supporting-families-evidence',
  title: 'Supporting Families evidence complete',
  statement: 'Supporting Families evidence workflows are complete.',
  why: 'Completed evidence workflows let the council claim for the family’s progress under the programme.',
  level: 'must',
  appliesTo: 'all',
  sources: [{ source: 'B', section: 'To be completed within 7 days', quote: 'Practitioner ensures that Supporting Families evidence workflows are completed' }],
  evaluate(record) {
    const sf = fact(record, 'supportingFamilies');
    if (!sf) return unknown(record, ['supportingFamilies'], 'whether the family is in the Supporting Families programme');
    const { inProgramme, evidenceComplete } = sf.value;
    if (inProgramme !== true) return notApplicable(inProgramme === false ? 'The family is not in the Supporting Families programme.' : 'The family is not recorded as in the Supporting Families programme.', [evidence(record, 'supportingFamilies', `in programme: ${inProgramme === false ? 'no' : 'not recorded'}`)]);
    if (evidenceComplete === true) return met('Supporting Families evidence workflows are complete.', [evidence(record, 'supportingFamilies', 'evidence workflows: complete')]);
    return unmet('Supporting Families evidence workflows are not recorded as complete.', [evidence(record, 'supportingFamilies', `evidence workflows: ${evidenceComplete === false ? 'no' : 'not recorded'}`)], 'Complete the Supporting Families evidence workflows.');
  },
};
export default rule;
