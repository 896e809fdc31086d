/**
 * Who must be told of the closure, and whether they were: closure-rules.md readings 1–3,
 * shared by professionals-informed, professionals-written-to and health-professionals-informed.
 */
import type { CaseRecord, FactValue } from '../../record/schema';
import { fact } from './support';

type Relationship = FactValue<'relationships'>[number];
type InformedRow = FactValue<'professionalsInformed'>[number];

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Current professionals: not the case's own staff, with no end date or one on or after
 * the decision date. Undefined while the relationships (or, for ended ones, the decision date) are unseen.
 */
export function currentProfessionals(record: CaseRecord): Relationship[] | undefined {
  const relationships = fact(record, 'relationships');
  if (!relationships) return undefined;
  const decision = fact(record, 'decisionDate');
  const result: Relationship[] = [];
  for (const r of relationships.value) {
    // The case's own allocated worker and team manager (as the adapter read the role): everyone else is told.
    if (r.staff !== null) continue;
    if (r.end === null) result.push(r);
    else if (!decision) return undefined;
    // With no decision date recorded, a professional whose involvement ended is still told: the safer reading.
    else if (decision.value === null || r.end >= decision.value) result.push(r);
  }
  return result;
}

/**
 * The case's own allocated worker and team manager, the most recently started of each (reading
 * 14), ended or not: the people who did the work and sign what is written about it. Null where
 * the relationships list none; undefined while they are unseen.
 */
export function caseStaff(record: CaseRecord): { worker: Relationship | null; manager: Relationship | null } | undefined {
  const relationships = fact(record, 'relationships');
  if (!relationships) return undefined;
  const latest = (staff: Relationship['staff']) => relationships.value.filter((r) => r.staff === staff).sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0] ?? null;
  return { worker: latest('allocated-worker'), manager: latest('team-manager') };
}

export interface Coverage {
  person: Relationship;
  /** The row for this professional in the closure record's professionals-informed list, if any. */
  row: InformedRow | undefined;
  /** Informed (or written to) through the key health professional's cascade. */
  byCascade: boolean;
  done: boolean;
}

/** For each current professional: informed (column 'informed') or written to ('written'), directly or by cascade. */
export function coverage(professionals: Relationship[], rows: InformedRow[], keyHealth: string | null, column: 'informed' | 'written'): Coverage[] {
  const byName = new Map(rows.map((r) => [norm(r.name), r]));
  const keyRow = keyHealth ? byName.get(norm(keyHealth)) : undefined;
  // Reading 3: the cascade counts only when the key health professional was informed
  // (and, for written confirmation, written to).
  const cascades = Boolean(keyRow?.informed) && (column === 'informed' || Boolean(keyRow?.written));
  return professionals.map((person) => {
    const row = byName.get(norm(person.name));
    const direct = Boolean(row?.[column]);
    const byCascade = !direct && cascades && person.agency === 'health' && norm(person.name) !== norm(keyHealth ?? '');
    return { person, row, byCascade, done: direct || byCascade };
  });
}
