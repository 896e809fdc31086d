/** The family list, read the same way in every system: which siblings are still open to the service. */
import type { FactSpecs } from '../../profiles/schema';
import { matches } from '../../profiles/words';
import { findList, rowsOf, showsColumns } from '../find-list';
import { cellText, type ListRow } from '../lists';
import { isTickBox } from '../pairs';
import type { PageReader } from '../page-reader';
import { ageFrom } from './person';

/**
 * Sets `siblingsOpen` from the family list's rows. Whether a sibling is open is a tick box, or Yes /
 * No: any other answer (a missing box, a new word) leaves the whole list unknown, never read as No — a
 * sibling left out would make the safety-plan rules easier to pass.
 */
export function readSiblings(r: PageReader, spec: NonNullable<FactSpecs['siblingsOpen']>): void {
  const found = findList(r, 'siblingsOpen', 'family', spec, ['relationship', 'name', 'open']);
  const rows = found && rowsOf(r, 'siblingsOpen', 'family', found.list);
  // Each open sibling is recorded with their id and age: without those columns, unknown.
  if (!found || !rows || !showsColumns(r, 'siblingsOpen', 'family', found.cols, ['id', 'dob'])) return;
  const { cols } = found;
  const isOpen = (row: ListRow) => {
    const box = row.cells[cols.open]?.querySelector('input') ?? null;
    const word = cellText(row, cols.open);
    return isTickBox(box) ? box.checked : matches(word, r.vocabulary.yes) ? true : matches(word, r.vocabulary.no) ? false : undefined;
  };
  // Someone open to the service whose relationship the list leaves blank may be a sibling: unknown.
  if (rows.some((row) => r.emptyToNull(cellText(row, cols.relationship)) === null && isOpen(row) !== false)) {
    r.miss('siblingsOpen', 'unreadable', 'someone open to the service with no relationship given');
    return;
  }
  const siblingRows = rows.filter((row) => matches(cellText(row, cols.relationship), r.vocabulary.siblings));
  const open = siblingRows.map(isOpen);
  if (open.includes(undefined)) {
    r.miss('siblingsOpen', 'unreadable', 'a sibling\'s "Open to" answer it does not know');
    return;
  }
  const siblings = siblingRows
    .filter((_, i) => open[i])
    .map((row) => {
      const dob = r.date(cellText(row, cols.dob));
      return { id: r.emptyToNull(cellText(row, cols.id)), name: cellText(row, cols.name), ageYears: dob ? ageFrom('', dob, r.today) : null };
    });
  r.set('siblingsOpen', siblings, found.label, found.list.element);
}
