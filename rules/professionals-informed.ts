import { coverage, currentProfessionals } from './common/professionals';
import { evidence, fact, met, plural, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'professionals-informed',
  title: 'Every professional told of the closure',
  statement: 'Every professional in a current professional relationship has been told of the closure.',
  why: 'Professionals who do not know a case has closed may make safeguarding decisions without the full picture.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'A', section: 'Musts', quote: 'Professionals and other agencies must be informed of the proposal to close the case' },
    { source: 'B', section: 'What is case closure?', quote: 'communicated with the family and all stakeholders' },
    { source: 'C', section: 'The Background', quote: 'some professionals who are supporting families have not been aware of case closures/step-down' },
    { source: 'E', section: 'Checklist 2', quote: 'Parents, child(ren)/YP, involved agencies and universal services are aware of case closure' },
  ],
  evaluate(record) {
    const professionals = currentProfessionals(record);
    const rows = fact(record, 'professionalsInformed');
    const keyHealth = fact(record, 'keyHealthProfessional');
    if (!professionals) return unknown(record, ['relationships', 'decisionDate'], 'who the current professionals are');
    if (professionals.length === 0) {
      return met('There are no current professionals to tell.', [evidence(record, 'relationships', 'no current professional relationships')]);
    }
    if (!rows || !keyHealth) return unknown(record, ['professionalsInformed', 'keyHealthProfessional'], 'the professionals-informed list on the closure record');
    const covered = coverage(professionals, rows.value, keyHealth.value, 'informed');
    const missing = covered.filter((c) => !c.done);
    const seen = [evidence(record, 'relationships', plural(professionals.length, 'current professional')), evidence(record, 'professionalsInformed', `${rows.value.length} listed as informed`)];
    if (missing.length === 0) {
      const cascade = covered.filter((c) => c.byCascade).map((c) => c.person.name);
      return met(`All ${plural(professionals.length, 'current professional')} told${cascade.length ? ` (${cascade.join(', ')} through the key health professional)` : ''}.`, seen);
    }
    return unmet(
      `Not told: ${missing.map((c) => `${c.person.name} (${c.person.role})`).join(', ')}.`,
      seen,
      `Tell ${missing.map((c) => c.person.name).join(', ')} of the closure and record the date in the professionals-informed list.`,
    );
  },
};
export default rule;
