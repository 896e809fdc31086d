import { expect } from 'vitest';
import { ruleTable, rel, told } from '../test/support/rule-table';
import rule from './professionals-informed';

ruleTable(rule, [
  { name: 'every current professional told', facts: { relationships: [rel('Allocated social worker', 'Sam Worker', 'social-care'), rel('GP', 'Dr Lee', 'health'), rel('Designated safeguarding lead', 'Ann Smith', 'education')], professionalsInformed: [told('dr lee', '2026-11-12'), told('Ann Smith', '2026-11-13')], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'no current professionals (own staff only, or ended before the decision)', facts: { relationships: [rel('Team manager', 'Tina Boss', 'social-care'), rel('GP', 'Dr Lee', 'health', '2026-10-01')], decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'one professional with an empty row, one with no row: both listed', facts: { relationships: [rel('Health visitor', 'Lorraine B', 'health'), rel('School nurse', 'Amy C', 'health'), rel('DSL', 'Paul I', 'education')], professionalsInformed: [told('Paul I', '2026-11-12'), told('Lorraine B', null)], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'unmet', check: (v) => expect(v.message).toMatch(/Lorraine B.*Amy C/) },
  { name: 'ended on the decision date still counts as current', facts: { relationships: [rel('GP', 'Dr Lee', 'health', '2026-11-11')], professionalsInformed: [], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'unmet' },
  { name: 'a key health professional who was told cascades to the others', facts: { relationships: [rel('Health visitor', 'HV One', 'health'), rel('GP', 'Dr Lee', 'health')], professionalsInformed: [told('HV One', '2026-11-12')], keyHealthProfessional: 'HV One', decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'a key health professional not told does not cascade', facts: { relationships: [rel('Health visitor', 'HV One', 'health'), rel('GP', 'Dr Lee', 'health')], professionalsInformed: [told('HV One', null)], keyHealthProfessional: 'HV One', decisionDate: '2026-11-11' }, status: 'unmet' },
  { name: 'the cascade never covers a professional outside health', facts: { relationships: [rel('Health visitor', 'HV One', 'health'), rel('DSL', 'Paul I', 'education')], professionalsInformed: [told('HV One', '2026-11-12')], keyHealthProfessional: 'HV One', decisionDate: '2026-11-11' }, status: 'unmet' },
  { name: 'the relationships not seen yet', facts: { professionalsInformed: [], keyHealthProfessional: null }, status: 'unknown' },
  { name: 'the professionals list not seen yet', facts: { relationships: [rel('GP', 'Dr Lee', 'health')], decisionDate: '2026-11-11' }, status: 'unknown' },
]);
