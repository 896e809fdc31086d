/**
 * The people a document is about or written to, read through the writing context so each is
 * traced to where it was seen: the children of the case, the case's own worker and manager,
 * the current professionals (the rules' own reading of who they are), and the team.
 */
import { caseStaff, currentProfessionals } from '../rules/common/professionals';
import type { AgeBand, Child, Relationship } from './types';
import type { Writing } from './writing';

export function ageBand(age: number | null | undefined): AgeBand {
  if (age == null) return '8-12';
  return age < 8 ? 'under-8' : age <= 12 ? '8-12' : '13+';
}

export const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** What a child is called in a letter to them or about them: the first name the page gives. */
export const firstName = (name: string | null | undefined) => name?.trim().split(/\s+/)[0] ?? null;

/** The case's child and every open sibling; undefined while the child's name is unseen. */
export function children(w: Writing): Child[] | undefined {
  const name = w.get('childName');
  if (name === undefined) return undefined;
  const age = w.get('childAge');
  const siblings = w.get('siblingsOpen') ?? [];
  return [{ id: w.record.personId, name, age: age ?? null }, ...siblings.map((s) => ({ id: s.id, name: s.name, age: s.ageYears }))];
}

/** The case's allocated worker and team manager; undefined while the relationships are unseen. */
export function staff(w: Writing): { worker: Relationship | null; manager: Relationship | null } | undefined {
  if (w.get('relationships') === undefined) return undefined;
  return caseStaff(w.record);
}

/** The professionals to tell and to write to, read as the rules read them; undefined while unseen. */
export function professionals(w: Writing): Relationship[] | undefined {
  const relationships = w.get('relationships');
  if (relationships === undefined) return undefined;
  // An ended relationship counts only against the decision date: that fact is used (or missing) too.
  if (relationships.some((r) => r.end)) w.get('decisionDate');
  return currentProfessionals(w.record);
}

/** The team that did the work: the worker's own organisation, else the primary involvement's team. */
export function team(w: Writing, worker: Relationship | null): string | null {
  if (worker?.organisation) return worker.organisation;
  const involvements = w.get('involvements');
  const primary = involvements?.filter((i) => i.role === 'primary' && i.team).sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  return primary?.team ?? null;
}

/** "Sanjay Mehta, Designated safeguarding lead, St Anne's C of E Primary School". */
export function described(p: Relationship): string {
  return [p.name, p.role, p.organisation].filter(Boolean).join(', ');
}

/** "Sanjay Mehta at St Anne's C of E Primary School": who someone is, for a family or a child. */
export function plainly(p: Relationship): string {
  return p.organisation ? `${p.name} at ${p.organisation}` : p.name;
}

/** A list in words: "a, b and c". */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the record shows of how to reach the team, and a placeholder for what it does not. */
export const TEAM_CONTACT = '[the team’s phone number or e-mail]';

/** Every child of the case as the pages show them so far: the case's own child always, siblings once seen. */
export function childrenSeen(record: Writing['record']): Child[] {
  const f = record.facts;
  const main: Child = { id: record.personId, name: f.childName.known ? f.childName.value : null, age: f.childAge.known ? f.childAge.value : null };
  const siblings = f.siblingsOpen.known ? f.siblingsOpen.value.map((s) => ({ id: s.id, name: s.name, age: s.ageYears })) : [];
  return [main, ...siblings];
}

/** A child's part key: the person id where the page gives one, else the name. */
export const childKey = (c: Child) => `child:${c.id ?? norm(c.name ?? '')}`;
