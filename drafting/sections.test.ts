import { describe, expect, it } from 'vitest';
import { buildRecord } from '../test/support/record-builder';
import { readabilityReport } from './readability';
import { PACKS } from '../rules/packs';
import { ageBand, buildDraft, draftText, sectionsFor } from './sections';

const rulesOf = (id: string) => PACKS.find((p) => p.id === id)!.rules.map((r) => r.rule);
const NCT_RULES = rulesOf('nct-good-practice');

const known = buildRecord('mosaic', {
  childName: 'Maisie Thornton',
  childAge: 9,
  siblingsOpen: [{ id: '2', name: 'Alfie Thornton', ageYears: 5 }],
  involvements: [{ kind: 'cin', title: 'Child in Need', team: 'Locality Team North', role: 'primary', start: '2026-03-03', end: null }],
  closureReason: { label: 'RC7 - Services ceased for any other reason', code: 'RC7', stepDown: false },
  decisionDate: '2026-11-15',
  stepDownTo: 'Harbrook Family Partnership',
  whatChanged: 'Attendance is 94%.',
});

describe('sections', () => {
  it('follow the case kinds: "what changed" only for planned work, or in pack E', () => {
    expect(sectionsFor(known, NCT_RULES).map((s) => s.id)).toContain('what-changed');
    const assessment = buildRecord('mosaic', { involvements: [{ kind: 'assessment', title: 'C&F', team: null, role: 'primary', start: null, end: null }] });
    expect(sectionsFor(assessment, NCT_RULES).map((s) => s.id)).not.toContain('what-changed');
    expect(sectionsFor(assessment, rulesOf('managerial-practice-note')).map((s) => s.id)).toContain('what-changed');
  });

  it('fill the record version from known facts, each marked with where it was seen', () => {
    const draft = buildDraft(known, NCT_RULES, 'record', { 'closure-form': 'Closure form' });
    const closing = draft.find((s) => s.id === 'why-closing')!;
    expect(closing.text).toBe('Decision to close on 15 Nov 2026. Reason: RC7 - Services ceased for any other reason.');
    expect(closing.facts.map((f) => f.fact).sort()).toEqual(['closureReason', 'decisionDate']);
    expect(closing.facts[0]!.source.page).toBe('closure-form');
    expect(draft.find((s) => s.id === 'who-and-when')!.text).toContain('Maisie Thornton (9), with Alfie Thornton');
  });

  it('say what is not known yet instead of inventing it', () => {
    const draft = buildDraft(known, NCT_RULES, 'record', { 'closure-form': 'Closure form' });
    const views = draft.find((s) => s.id === 'views')!;
    expect(views.text).toBe('[Not seen yet: open the Closure form page.]');
    expect(views.notKnown.map((n) => n.fact).sort()).toEqual(['childViews', 'parentViews']);
  });

  it('speak to the family as "you" in plain English', () => {
    const text = draftText(buildDraft(known, NCT_RULES, 'family'), 'family');
    expect(text).toContain('We have been working with you and Maisie since 3 Mar 2026.');
    expect(text).toContain('Harbrook Family Partnership will keep supporting you.');
    const report = readabilityReport(text, 'family');
    expect(report.ok.jargon).toBe(true);
    expect(report.flesch!.score).toBeGreaterThanOrEqual(60);
  });

  it('write the child’s version by age band', () => {
    expect([ageBand(5), ageBand(8), ageBand(12), ageBand(13), ageBand(null)]).toEqual(['under-8', '8-12', '8-12', '13+', '8-12']);
    const child = draftText(buildDraft(known, NCT_RULES, 'child'), 'child');
    expect(child).toContain('Hi Maisie');
    expect(readabilityReport(child, 'child').flesch!.score).toBeGreaterThanOrEqual(80);
  });
});
