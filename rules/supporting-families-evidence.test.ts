import { ruleTable } from '../test/support/rule-table';
import rule from './supporting-families-evidence';

ruleTable(rule, [
  { name: 'in the programme, evidence complete', facts: { supportingFamilies: { inProgramme: true, evidenceComplete: true } }, status: 'met' },
  { name: 'in the programme, evidence not complete', facts: { supportingFamilies: { inProgramme: true, evidenceComplete: false } }, status: 'unmet' },
  { name: 'not in the programme', facts: { supportingFamilies: { inProgramme: false, evidenceComplete: null } }, status: 'n/a' },
  { name: 'not seen', facts: {}, status: 'unknown' },
]);
