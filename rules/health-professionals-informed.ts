import { coverage, currentProfessionals } from './common/professionals';
import { evidence, fact, met, notApplicable, plural, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'health-professionals-informed',
  title: 'Each health professional told, or one key health professional cascading',
  statement: 'Every health professional (health visitor, school nurse, GP, midwife, CAMHS …) is informed individually, or one named key health professional has agreed to tell the others.',
  why: 'Health is not one organisation and its services keep separate records: telling one person in health does not reach the others.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'C', section: 'When communicating with health', quote: 'to just communicate with one person in Health will not automatically mean that all professionals from health will receive the information' },
  ],
  evaluate(record) {
    const professionals = currentProfessionals(record);
    if (!professionals) return unknown(record, ['relationships', 'decisionDate'], 'who the current health professionals are');
    const health = professionals.filter((p) => p.agency === 'health');
    if (health.length === 0) return notApplicable('No current professional is from health.', [evidence(record, 'relationships', 'no current health professionals')]);
    const rows = fact(record, 'professionalsInformed');
    const keyHealth = fact(record, 'keyHealthProfessional');
    if (!rows || !keyHealth) return unknown(record, ['professionalsInformed', 'keyHealthProfessional'], 'the professionals-informed list and key health professional');
    const covered = coverage(health, rows.value, keyHealth.value, 'informed');
    const missing = covered.filter((c) => !c.done);
    const seen = [
      evidence(record, 'relationships', plural(health.length, 'current health professional')),
      evidence(record, 'professionalsInformed', `${rows.value.length} listed as informed`),
      evidence(record, 'keyHealthProfessional', keyHealth.value ? `key health professional: ${keyHealth.value}` : 'no key health professional'),
    ];
    if (missing.length === 0) return met(`All ${plural(health.length, 'health professional')} told.`, seen);
    return unmet(
      `Health professionals not told: ${missing.map((c) => `${c.person.name} (${c.person.role})`).join(', ')}.`,
      seen,
      'Tell each health professional individually, or agree with one key health professional that they will tell the others and record their name.',
    );
  },
};
export default rule;
