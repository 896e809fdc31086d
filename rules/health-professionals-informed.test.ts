import { expect } from 'vitest';
import { ruleTable, rel, told } from '../test/support/rule-table';
import rule from './health-professionals-informed';

ruleTable(rule, [
  { name: 'every health professional told', facts: { relationships: [rel('GP', 'Dr Lee', 'health'), rel('School nurse', 'Amy C', 'health')], professionalsInformed: [told('Dr Lee', '2026-11-12'), told('Amy C', '2026-11-12')], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'a key health professional cascading', facts: { relationships: [rel('GP', 'Dr Lee', 'health'), rel('School nurse', 'Amy C', 'health')], professionalsInformed: [told('Amy C', '2026-11-12')], keyHealthProfessional: 'Amy C', decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'one health professional not told', facts: { relationships: [rel('GP', 'Dr Lee', 'health'), rel('School nurse', 'Amy C', 'health')], professionalsInformed: [told('Amy C', '2026-11-12')], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'unmet', check: (v) => expect(v.message).toContain('Dr Lee') },
  { name: 'no one from health', facts: { relationships: [rel('DSL', 'Paul I', 'education')], decisionDate: '2026-11-11' }, status: 'n/a' },
  { name: 'relationships not seen', facts: {}, status: 'unknown' },
]);
