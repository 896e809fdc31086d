import { describe, expect, it } from 'vitest';
import { draftInputFor } from '../test/support/draft-input';
import { buildRecord } from '../test/support/record-builder';
import { documentText } from './assemble';
import { closingSummary, closingSummaryParts } from './closing-summary';
import { ageBand } from './people';
import { readabilityReport } from './readability';

const rel = (role: string, name: string, organisation: string | null, agency: 'health' | 'education' | 'social-care' = 'social-care') => ({ role, name, organisation, agency, staff: /^allocated/i.test(role) ? ('allocated-worker' as const) : /^team manager$/i.test(role) ? ('team-manager' as const) : null, start: '2026-03-01', end: null });

const known = buildRecord('mosaic', {
  childName: 'Maisie Thornton',
  childAge: 9,
  siblingsOpen: [{ id: '2', name: 'Alfie Thornton', ageYears: 5 }],
  involvements: [{ kind: 'cin', title: 'Child in Need', team: 'Locality Team North', role: 'primary', start: '2026-03-03', end: null }],
  closureReason: { label: 'RC7 - Services ceased for any other reason', code: 'RC7', stepDown: false },
  decisionDate: '2026-11-15',
  stepDownTo: 'Harbrook Family Partnership',
  reasonForInvolvement: 'Worries about how the children were cared for at home.',
  whatChanged: 'Maisie goes to school every day now.',
  relationships: [rel('Allocated social worker', 'Hannah Cole', 'Locality Team North'), rel('School nurse', 'Joanne Price', 'Harbrook Nursing', 'health')],
});
const input = draftInputFor(known);
const part = (key: string) => closingSummaryParts(input).find((p) => p.key === key)!;
const version = (key: string) => closingSummary(input, part(key));
const text = (key: string) => {
  const d = version(key);
  return documentText(d.sections, d.layout);
};

describe('the closing summary', () => {
  it('has a version for the record, a letter to the family, and one for every child of the case, siblings included', () => {
    expect(closingSummaryParts(input).map((p) => [p.key, p.label])).toEqual([
      ['record', 'Case record'],
      ['family', 'Letter to the family'],
      ['child:1000001', 'For Maisie Thornton'],
      ['child:2', 'For Alfie Thornton'],
    ]);
    expect(text('child:2')).toMatch(/^Hello Alfie\./);
    expect(version('child:2').band).toBe('under-8');
    expect(version('child:1000001').band).toBe('8-12');
  });

  it('shows "what changed" for planned work, or where the pack asks the record to tell the child’s journey: never by the pack’s name', () => {
    const assessment = buildRecord('mosaic', { involvements: [{ kind: 'assessment', title: 'C&F', team: null, role: 'primary', start: null, end: null }] });
    const ids = (packId: string) => closingSummary(draftInputFor(assessment, packId), { key: 'record', audience: 'record', label: '' }).sections.map((s) => s.id);
    expect(closingSummary(input, part('record')).sections.map((s) => s.id)).toContain('what-changed');
    expect(ids('nct-good-practice')).not.toContain('what-changed');
    expect(ids('managerial-practice-note')).toContain('what-changed');
    // A custom pack holding the same rule reads the same.
    const custom = { ...draftInputFor(assessment, 'nct-good-practice'), packId: 'our-own-pack', verdicts: draftInputFor(assessment, 'managerial-practice-note').verdicts };
    expect(closingSummary(custom, { key: 'record', audience: 'record', label: '' }).sections.map((s) => s.id)).toContain('what-changed');
  });

  it('fills the record version from known facts, each marked with where it was seen', () => {
    const closing = version('record').sections.find((s) => s.id === 'why-closing')!;
    expect(closing.text).toBe('Decision to close on 15 Nov 2026. Reason: RC7 - Services ceased for any other reason.');
    expect(closing.facts.map((f) => f.fact).sort()).toEqual(['closureReason', 'decisionDate']);
    expect(closing.facts[0]!.source.page).toBe('closure-form');
    expect(text('record')).toContain('Maisie Thornton (9), with Alfie Thornton');
  });

  it('says what is not known yet, with the page to open, instead of inventing it', () => {
    const views = version('record').sections.find((s) => s.id === 'views')!;
    expect(views.text).toBe('[Not seen yet: open the Closure form page.]');
    expect(views.notKnown.map((n) => n.fact).sort()).toEqual(['childViews', 'parentViews']);
  });

  it('writes to the family from what was recorded: the reason for involvement, what changed, a greeting and the worker who signs, with placeholders where the record shows nothing', () => {
    const letter = text('family');
    expect(letter).toMatch(/^Dear \[name of parent or carer\],/);
    expect(letter).toContain('We have been working with you, Maisie and Alfie since 3 Mar 2026.');
    expect(letter).toContain('We started working with your family for these reasons: Worries about how the children were cared for at home.');
    expect(letter).toContain('What has changed: Maisie goes to school every day now.');
    expect(letter).toContain('Harbrook Family Partnership will keep supporting you.');
    expect(letter).toMatch(/Yours sincerely,\nHannah Cole\nAllocated social worker, Locality Team North\n\[the team’s phone number or e-mail\]$/);
    const report = readabilityReport(letter.replace(/\[[^\]]*\]/g, ''), 'family');
    expect(report.jargon.map((j) => j.text)).toEqual([]);
    expect(report.flesch!.score).toBeGreaterThanOrEqual(60);
  });

  it('writes each child’s version by age band, with the recorded reason and change for the older child, signed by the worker', () => {
    expect([ageBand(5), ageBand(8), ageBand(12), ageBand(13), ageBand(null)]).toEqual(['under-8', '8-12', '8-12', '13+', '8-12']);
    const maisie = text('child:1000001');
    expect(maisie).toMatch(/^Hi Maisie/);
    expect(maisie).toContain('We came to help because: Worries about how the children were cared for at home.');
    expect(maisie).toContain('What is better now: Maisie goes to school every day now.');
    expect(maisie).toMatch(/From Hannah$/);
    expect(readabilityReport(maisie, 'child').flesch!.score).toBeGreaterThanOrEqual(70);
    // The younger child's version keeps to simple words and puts the record's beside it for the worker.
    const alfie = version('child:2').sections.find((s) => s.id === 'why-involved')!;
    expect(alfie.text).toBe('We came to help your family.');
    expect(alfie.consider.map((c) => c.text)).toEqual(['Worries about how the children were cared for at home.']);
  });

  it('never gives a sibling the case child’s recorded words as their own', () => {
    const withViews = buildRecord('mosaic', { childName: 'Maisie Thornton', siblingsOpen: [{ id: '2', name: 'Alfie Thornton', ageYears: 5 }], childViews: 'Maisie said she is happy.' });
    const i = draftInputFor(withViews);
    const alfie = closingSummary(i, closingSummaryParts(i)[3]!).sections.find((s) => s.id === 'views')!;
    expect(alfie.text).toBe('[What Alfie said about our work ending, in their words.]');
    const maisie = closingSummary(i, closingSummaryParts(i)[2]!).sections.find((s) => s.id === 'views')!;
    expect(maisie.text).toContain('Maisie said she is happy.');
  });
});
