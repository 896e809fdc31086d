/** The case's involvements (episodes): kind, team, primary or co-team, dates. */
import type { InvolvementKind } from '../../../record/schema';
import type { FactSpecs } from '../../profiles/schema';
import { whichOf } from '../../profiles/words';
import { findList, rowsOf } from '../find-list';
import { cellText } from '../lists';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';

export interface Involvement {
  kind: InvolvementKind;
  title: string;
  team: string | null;
  role: 'primary' | 'co-team';
  start: string | null;
  end: string | null;
}

/** Reads the involvements, in steps; returns them too (a work list on the same page tells a co-team's closure by its team). */
export function* readInvolvements(r: PageReader, spec: NonNullable<FactSpecs['involvements']>): Steps<Involvement[] | undefined> {
  const found = findList(r, 'involvements', 'involvements', spec, ['title', 'team', 'role', 'start', 'end']);
  const rows = found && rowsOf(r, 'involvements', 'involvements', found.list);
  if (!found || !rows) return undefined;
  const { cols } = found;
  const values: Involvement[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i % ROWS_PER_STEP === 0) yield;
    const title = cellText(row, cols.title);
    const kind = whichOf(title, r.vocabulary.involvementKinds ?? {});
    const role = whichOf(cellText(row, cols.role), r.vocabulary.teamRoles ?? {});
    const start = r.date(cellText(row, cols.start));
    const end = r.date(cellText(row, cols.end));
    if (!kind || !role || start === undefined || end === undefined) {
      r.miss('involvements', 'unreadable', `an involvement it cannot read ("${title}")`);
      return undefined;
    }
    values.push({ kind, title, team: r.emptyToNull(cellText(row, cols.team)), role, start, end });
  }
  r.set('involvements', values, found.label, found.list.element);
  return values;
}
