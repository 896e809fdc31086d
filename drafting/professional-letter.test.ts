import { describe, expect, it } from 'vitest';
import { draftInputFor } from '../test/support/draft-input';
import { buildRecord } from '../test/support/record-builder';
import { documentText } from './assemble';
import { professionalLetter, professionalLetterParts } from './professional-letter';
import type { Relationship } from './types';

const p = (role: string, name: string, organisation: string | null, agency: Relationship['agency'], end: string | null = null): Relationship => ({ role, name, organisation, agency, staff: /^allocated/i.test(role) ? ('allocated-worker' as const) : /^team manager$/i.test(role) ? ('team-manager' as const) : null, start: '2026-01-01', end });
const facts = {
  childName: 'Ruby Ashcroft',
  decisionDate: '2026-11-15',
  closureReason: { label: 'RC7 - Services ceased for any other reason', code: 'RC7' as const, stepDown: false },
  stepDownTo: null,
  nextSteps: 'Universal services only.',
  keyHealthProfessional: 'Beth Corrigan',
  actionsForOthers: 'School: call Gemma on the first day of any absence. GP: continue to review medication.',
  relationships: [
    p('Allocated social worker', 'Daniel Frost', 'Locality Team North', 'social-care'),
    p('Team manager', 'Lorna Beck', 'Locality Team North', 'social-care'),
    p('Designated safeguarding lead', 'Sanjay Mehta', "St Anne's Primary School", 'education'),
    p('School nurse', 'Beth Corrigan', 'Harbrook Nursing', 'health'),
    p('GP', 'Dr Helen Pike', 'Castlegate Medical Practice', 'health'),
    p('Conference chair', 'Ann Old', 'Safeguarding Unit', 'social-care', '2026-06-01'),
  ],
};
const input = draftInputFor(buildRecord('mosaic', facts, '2071534'));
const letter = (name: string) => {
  const part = professionalLetterParts(input).find((x) => x.professional!.name === name)!;
  const doc = professionalLetter(input, part);
  return documentText(doc.sections, doc.layout);
};

describe('letters to professionals', () => {
  it('are one per current professional, as the rules read who they are (not the case’s own staff, not an ended relationship)', () => {
    expect(professionalLetterParts(input).map((x) => x.label)).toEqual(['Sanjay Mehta, Designated safeguarding lead', 'Beth Corrigan, School nurse', 'Dr Helen Pike, GP']);
  });

  it('name the decision and its date, what is asked of this professional, and whom to contact', () => {
    const text = letter('Sanjay Mehta');
    expect(text).toMatch(/^Dear Sanjay Mehta,/);
    expect(text).toContain('has closed its work with Ruby Ashcroft (Person ID 2071534). The decision to close was made on 15 Nov 2026. Reason for closure: RC7 - Services ceased for any other reason.');
    expect(text).toContain('The closure record asks this of you:\n– School: call Gemma on the first day of any absence.');
    expect(text).not.toContain('review medication');
    expect(text).toContain('please contact Daniel Frost (Allocated social worker), Locality Team North on [the team’s phone number or e-mail]');
    expect(text).toMatch(/Yours sincerely,\nDaniel Frost\nAllocated social worker, Locality Team North$/);
  });

  it('say so when the record names no action for them, rather than guess', () => {
    const text = letter('Beth Corrigan');
    expect(text).toContain('The closure record does not name an action for you.');
    expect(text).toContain('[Add anything agreed with this professional, or say that nothing is asked of them.]');
  });

  it('carry the health cascade where a key health professional was agreed: the key one asked to tell the others, by name; the others told who will', () => {
    expect(letter('Beth Corrigan')).toContain('As we agreed, please make sure that all other health professionals working with Ruby and the family are told of this decision: Dr Helen Pike (GP).');
    expect(letter('Dr Helen Pike')).toContain('Beth Corrigan (School nurse) has agreed to make sure all health professionals working with Ruby and the family are told');
    expect(letter('Sanjay Mehta')).not.toContain('health professionals');
    const none = draftInputFor(buildRecord('mosaic', { ...facts, keyHealthProfessional: 'None' }));
    const gp = professionalLetterParts(none).find((x) => x.professional!.role === 'GP')!;
    expect(professionalLetter(none, gp).sections.map((s) => s.id)).not.toContain('health-cascade');
  });

  it('say which page to open while the closure record is unseen', () => {
    const early = draftInputFor(buildRecord('mosaic', { childName: 'Ruby Ashcroft', relationships: facts.relationships.slice(0, 5) }));
    const doc = professionalLetter(early, professionalLetterParts(early)[0]!);
    expect(doc.sections.find((s) => s.id === 'decision')!.text).toBe('[Not seen yet: open the Closure form page.]');
    expect(doc.sections.find((s) => s.id === 'asked-of-you')!.text).toBe('[Not seen yet: open the Closure form page.]');
  });
});
