import { describe, expect, it } from 'vitest';
import { draftInputFor } from '../test/support/draft-input';
import { buildRecord } from '../test/support/record-builder';
import { documentText } from './assemble';
import { safetyPlan, safetyPlanParts } from './safety-plan';
import type { Relationship } from './types';

const p = (role: string, name: string, organisation: string | null, agency: Relationship['agency']): Relationship => ({ role, name, organisation, agency, staff: /^allocated/i.test(role) ? ('allocated-worker' as const) : /^team manager$/i.test(role) ? ('team-manager' as const) : null, start: null, end: null });
const input = draftInputFor(
  buildRecord('care-assess', {
    childName: 'Noah Osei-Bonsu',
    childAge: 7,
    siblingsOpen: [{ id: '318823', name: 'Ella Osei-Bonsu', ageYears: 14 }],
    actionsForOthers: 'School: lead TAF, first meeting in 3 weeks. Dr Tom Reeve: 6-monthly review.',
    relationships: [p('Allocated social worker', 'Karen Doyle', 'Safeguarding Team East', 'social-care'), p('Designated safeguarding lead', 'Paula Grant', 'Brackley Moor Primary School', 'education'), p('Community paediatrician', 'Dr Tom Reeve', 'Felham CDC', 'health')],
  }, '318822'),
);
const plan = (key: string) => {
  const doc = safetyPlan(input, safetyPlanParts(input).find((x) => x.key === key)!);
  return { doc, text: documentText(doc.sections, doc.layout) };
};

describe('safety plans', () => {
  it('are for the professionals, the parents and carers, and each child', () => {
    expect(safetyPlanParts(input).map((x) => x.label)).toEqual(['Professionals', 'Parents and carers', 'Noah Osei-Bonsu (child’s version)', 'Ella Osei-Bonsu (child’s version)']);
  });

  it('give the professionals the agencies and the actions recorded for each, and leave what is not recorded to fill in', () => {
    const { text, doc } = plan('professionals');
    expect(text).toContain('Education: Paula Grant, Designated safeguarding lead, Brackley Moor Primary School\nHealth: Dr Tom Reeve, Community paediatrician, Felham CDC');
    expect(text).toContain('– Paula Grant: lead TAF, first meeting in 3 weeks.\n– Dr Tom Reeve: 6-monthly review.');
    expect(text).toContain('– Dr Tom Reeve at Felham CDC: [phone number]');
    expect(doc.plainEnglish).toBeNull();
    // The worker's own staff are not the network's professionals.
    expect(text).not.toContain('Karen Doyle,');
  });

  it('pre-fill the parents’ and children’s plans only with recorded names, and prompt for the rest, with the plain-English checks on', () => {
    const parents = plan('parents');
    expect(parents.text).toContain('– Paula Grant at Brackley Moor Primary School');
    expect(parents.text).toContain('[Family and friends who will help: write them in with the family.]');
    expect(parents.text).toContain('[What would tell you that things are getting harder: write it with the family, in their words.]');
    expect(parents.doc.plainEnglish).toBe('family');
    const noah = plan('child:318822');
    expect(noah.text).toMatch(/^Whose plan this is\nThis is Noah’s safety plan\./);
    expect(noah.text).toContain('[How Noah might feel when things are not OK: draw or write it with them.]');
    expect(noah.doc).toMatchObject({ plainEnglish: 'child', band: 'under-8' });
    const ella = plan('child:318823');
    expect(ella.text).toMatch(/^Whose plan this is\nElla, this is your safety plan\./);
    expect(ella.doc.band).toBe('13+');
    for (const t of [parents.text, noah.text, ella.text]) expect(t).not.toMatch(/\b0\d{9,10}\b/);
  });
});
