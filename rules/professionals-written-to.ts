import { coverage, currentProfessionals } from './common/professionals';
import { evidence, fact, met, plural, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'professionals-written-to',
  title: 'Written confirmation sent to each professional',
  statement: 'Written confirmation (letter or e-mail) of the closure was sent to each involved professional and kept on the record.',
  why: 'A letter or e-mail sits on the professional’s own file as a record of the decision and any actions for them.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'C', section: 'Sending letters or e-mails', quote: 'Good practice is to follow up these conversations with written information.' },
  ],
  evaluate(record) {
    const professionals = currentProfessionals(record);
    if (!professionals) return unknown(record, ['relationships', 'decisionDate'], 'who the current professionals are');
    if (professionals.length === 0) return met('There are no current professionals to write to.', [evidence(record, 'relationships', 'no current professional relationships')]);
    const rows = fact(record, 'professionalsInformed');
    const keyHealth = fact(record, 'keyHealthProfessional');
    if (!rows || !keyHealth) return unknown(record, ['professionalsInformed', 'keyHealthProfessional'], 'the written-confirmation dates on the closure record');
    const covered = coverage(professionals, rows.value, keyHealth.value, 'written');
    const missing = covered.filter((c) => !c.done);
    const seen = [evidence(record, 'relationships', plural(professionals.length, 'current professional')), evidence(record, 'professionalsInformed', `${rows.value.filter((r) => r.written).length} with written confirmation`)];
    if (missing.length === 0) return met(`Written confirmation sent to all ${plural(professionals.length, 'current professional')}.`, seen);
    return unmet(
      `No written confirmation for: ${missing.map((c) => c.person.name).join(', ')}.`,
      seen,
      `Send a closure letter or e-mail to ${missing.map((c) => c.person.name).join(', ')}, keep a copy on the record and add the date.`,
    );
  },
};
export default rule;
