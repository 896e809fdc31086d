/** The family table, read the same way in every system: which siblings are still open. */
import { showsColumns } from './lists';
import { cellText, emptyToNull, isTickBox, parseDate, type PageReader } from './page';
import { ageFrom } from './vocabulary';

interface FamilyColumns {
  relationship: number;
  open: number;
  id: number;
  name: number;
  dob: number;
}

interface FamilyWords {
  sibling: RegExp;
  yes: RegExp;
  no: RegExp;
}

/**
 * Sets `siblingsOpen` from the family table's rows. Whether a sibling is open is a tick box, or
 * Yes / No: any other answer (a missing box, a new word) leaves the whole list unknown, never
 * read as No — a sibling left out would make the safety-plan rules easier to pass.
 */
export function readOpenSiblings(r: PageReader, rows: HTMLTableRowElement[], cols: FamilyColumns, words: FamilyWords, label: string, element: Element): void {
  // Each open sibling is recorded with their id and age: without those columns, unknown.
  if (!showsColumns(r, label.toLowerCase(), cols, { id: 'ID', dob: 'Date of birth' })) return;
  const isOpen = (row: HTMLTableRowElement) => {
    const box = row.cells[cols.open]?.querySelector('input') ?? null;
    const word = cellText(row, cols.open);
    return isTickBox(box) ? box!.checked : words.yes.test(word) ? true : words.no.test(word) ? false : undefined;
  };
  const siblingRows = rows.filter((row) => words.sibling.test(cellText(row, cols.relationship)));
  const open = siblingRows.map(isOpen);
  if (open.includes(undefined)) {
    r.warn('a sibling\'s "Open to" answer it does not know');
    return;
  }
  const siblings = siblingRows
    .filter((_, i) => open[i])
    .map((row) => {
      const dob = parseDate(cellText(row, cols.dob));
      return { id: emptyToNull(cellText(row, cols.id)), name: cellText(row, cols.name), ageYears: dob ? ageFrom('', dob, r.seenAt.slice(0, 10)) : null };
    });
  r.set('siblingsOpen', siblings, label, element);
}
