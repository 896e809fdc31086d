/**
 * A rule's test table: each row a record (facts known, everything else unknown), a day,
 * and the status the rule must give. Checks the catalogue's promises on every row:
 * met and unmet name their evidence, unmet says what to do, unknown says where to look.
 */
import { describe, expect, it } from 'vitest';
import type { FactKey, FactValue, NoteKind } from '../../record/schema';
import { evaluateRule } from '../../rules/engine';
import type { Rule, Status, Verdict } from '../../rules/types';
import { buildRecord } from './record-builder';

export type Facts = Partial<{ [K in FactKey]: FactValue<K> }>;

export interface Row {
  name: string;
  facts: Facts;
  status: Status;
  today?: string;
  params?: Record<string, number>;
  /** Further checks on the verdict (a due date, the names listed …). */
  check?: (verdict: Verdict) => void;
}

export const TODAY = '2026-11-20';

export function ruleTable(rule: Rule, rows: Row[]): void {
  describe(rule.id, () => {
    it('covers every status it can give', () => {
      const statuses = new Set(rows.map((r) => r.status));
      expect(statuses.has('met') && statuses.has('unmet') && statuses.has('unknown')).toBe(true);
    });
    for (const row of rows) {
      it(`${row.name} → ${row.status}`, () => {
        const defaults = Object.fromEntries(Object.entries(rule.params ?? {}).map(([k, p]) => [k, p.default]));
        const verdict = evaluateRule(rule, buildRecord('mosaic', row.facts), { today: row.today ?? TODAY, params: { ...defaults, ...row.params } });
        expect(verdict.status, verdict.message).toBe(row.status);
        expect(verdict.message.length).toBeGreaterThan(0);
        if (verdict.status === 'met' || verdict.status === 'unmet') expect(verdict.evidence.length).toBeGreaterThan(0);
        if (verdict.status === 'unmet') expect(verdict.next).toBeTruthy();
        // Unknown says where to look, or which words the host profile did not know.
        if (verdict.status === 'unknown') expect((verdict.missing?.length ?? 0) + (verdict.unrecognised?.length ?? 0)).toBeGreaterThan(0);
        row.check?.(verdict);
      });
    }
  });
}

/** The kinds a host profile gives the note types tests use; any other type is 'other', `null` passed as kind is a type it does not know. */
const NOTE_KIND: Record<string, NoteKind> = {
  'case summary': 'case-summary',
  'management oversight': 'management-oversight',
  'cin meeting': 'cin-meeting',
  'core group': 'core-group',
  'professionals meeting': 'professionals-meeting',
  supervision: 'supervision',
};

/** Small builders for the facts rules read most. */
export const note = (type: string, date: string, status: 'final' | 'draft' | 'timed-out' = 'final', kind: NoteKind | null = NOTE_KIND[type.toLowerCase()] ?? 'other') => ({ date, type, kind, subject: type, author: 'A Worker', status });
export const rel = (role: string, name: string, agency: FactValue<'relationships'>[number]['agency'], end: string | null = null, start = '2026-01-01') =>
  ({ role, name, organisation: null, agency, staff: /^allocated/i.test(role) ? ('allocated-worker' as const) : /^team manager$/i.test(role) ? ('team-manager' as const) : null, start, end });
export const told = (name: string, informed: string | null, written: string | null = informed) => ({ name, role: null, informed, written, method: null });
export const inv = (kind: FactValue<'involvements'>[number]['kind'], role: 'primary' | 'co-team' = 'primary') => ({ kind, title: kind, team: 'Team A', role, start: '2026-01-01', end: null });
export const work = (kind: 'assessment' | 'plan' | 'review', status: 'open' | 'complete', extra: Partial<FactValue<'workItems'>[number]> = {}) =>
  ({ title: `${kind} item`, kind, status, started: '2026-03-01', completed: status === 'complete' ? '2026-03-10' : null, authorisedBy: status === 'complete' ? 'M Manager' : null, sharedWithFamily: null, ...extra });
