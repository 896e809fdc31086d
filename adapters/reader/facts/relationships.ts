/**
 * Relationships: everyone in a relationship with the case, from one list or several (a list of the
 * council's own staff and one of everyone else). Agency from an Agency column where there is one,
 * else from the words of the role and organisation; the case's own allocated worker and team manager
 * by the profile's role words.
 */
import type { Agency, FactValue } from '../../../record/schema';
import type { FactSpecs } from '../../profiles/schema';
import { containsWords, whichOf } from '../../profiles/words';
import { findList, rowsOf, showsColumns } from '../find-list';
import { cellText, rowSelector } from '../lists';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';

type Relationship = FactValue<'relationships'>[number];

function agencyOf(r: PageReader, column: string | null, ...texts: (string | null)[]): Agency {
  if (column) {
    const named = whichOf(column, r.vocabulary.agencies ?? {});
    if (named) return named;
  }
  for (const text of [column, ...texts]) {
    if (!text) continue;
    for (const [agency, words] of Object.entries(r.vocabulary.agencyWords ?? {}) as [Agency, string[]][]) if (containsWords(text, words)) return agency;
  }
  return 'other';
}

/** In steps: a long-open case may list professionals by the hundred. */
export function* readRelationships(r: PageReader, spec: NonNullable<FactSpecs['relationships']>): Steps<void> {
  const all: Relationship[] = [];
  let first: Element | undefined;
  for (const [i, listSpec] of spec.lists.entries()) {
    const name = listSpec.heading?.[0]?.replace(/\*/g, '').trim() || `relationships ${i + 1}`;
    const found = findList(r, 'relationships', name, listSpec, ['role', 'name', 'start', 'end']);
    const rows = found && rowsOf(r, 'relationships', name, found.list);
    // The Agency column is the system's own word for each person's service; where the profile names
    // one it must be there (a guess from the role instead can be wrong), and so must the Organisation.
    const needed = (['organisation', 'agency'] as const).filter((k) => listSpec.columns[k]);
    if (!found || !rows || !showsColumns(r, 'relationships', name, found.cols, needed)) return;
    first ??= found.list.element;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (i % ROWS_PER_STEP === 0) yield;
      const role = cellText(row, found.cols.role);
      const organisation = r.emptyToNull(cellText(row, found.cols.organisation ?? -1));
      const agencyColumn = r.emptyToNull(cellText(row, found.cols.agency ?? -1));
      const start = r.date(cellText(row, found.cols.start));
      const end = r.date(cellText(row, found.cols.end));
      if (start === undefined || end === undefined) {
        r.miss('relationships', 'unreadable', `a relationship date it cannot read ("${role}")`);
        return;
      }
      all.push({
        role,
        name: cellText(row, found.cols.name),
        organisation,
        agency: agencyOf(r, agencyColumn, role, organisation),
        staff: whichOf(role, r.vocabulary.staffRoles ?? {}) ?? null,
        start,
        end,
        selector: rowSelector(row),
      });
    }
  }
  r.set('relationships', all, spec.lists.length > 1 ? 'Relationships' : r.lists.find((l) => l.element === first)?.heading || 'Relationships', first);
}
