import { ruleTable, rel, told } from '../test/support/rule-table';
import rule from './professionals-written-to';

ruleTable(rule, [
  { name: 'each professional written to', facts: { relationships: [rel('GP', 'Dr Lee', 'health')], professionalsInformed: [told('Dr Lee', '2026-11-12', '2026-11-13')], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'told but not written to', facts: { relationships: [rel('GP', 'Dr Lee', 'health')], professionalsInformed: [told('Dr Lee', '2026-11-12', null)], keyHealthProfessional: null, decisionDate: '2026-11-11' }, status: 'unmet' },
  { name: 'cascade counts for written only when the key professional was written to', facts: { relationships: [rel('GP', 'Dr Lee', 'health'), rel('HV', 'HV One', 'health')], professionalsInformed: [told('HV One', '2026-11-12', null)], keyHealthProfessional: 'HV One', decisionDate: '2026-11-11' }, status: 'unmet' },
  { name: 'cascade with the key professional written to', facts: { relationships: [rel('GP', 'Dr Lee', 'health'), rel('HV', 'HV One', 'health')], professionalsInformed: [told('HV One', '2026-11-12', '2026-11-12')], keyHealthProfessional: 'HV One', decisionDate: '2026-11-11' }, status: 'met' },
  { name: 'not seen', facts: { relationships: [rel('GP', 'Dr Lee', 'health')], decisionDate: '2026-11-11' }, status: 'unknown' },
]);
