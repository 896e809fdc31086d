/** The case notes list: date, type (and what it means), subject, author, draft or final. */
import type { FactValue } from '../../../record/schema';
import type { FactSpecs } from '../../profiles/schema';
import { matches, whichOf } from '../../profiles/words';
import { findList, rowsOf } from '../find-list';
import { cellFirstLine, cellText, rememberedRow, rememberRow, rowSelector } from '../lists';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';

type Note = FactValue<'caseNotes'>[number];

export function* readCaseNotes(r: PageReader, spec: NonNullable<FactSpecs['caseNotes']>): Steps<void> {
  const found = findList(r, 'caseNotes', 'case notes', spec, ['date', 'type', 'subject', 'author', 'status']);
  if (!found) return;
  const { list, cols } = found;
  // Still being drawn ("Loading…"): read again when the rows arrive.
  if (list.rows.length === 0 && list.notes.some((n) => matches(n, r.vocabulary.loading))) {
    r.miss('caseNotes', 'unreadable', 'the case notes list is still loading');
    return;
  }
  const rows = rowsOf(r, 'caseNotes', 'case notes', list);
  if (!rows) return;
  const notes: Note[] = [];
  const how = { profile: r.profile, columns: JSON.stringify(cols) };
  // An index, not entries(): a pair made for every row of thousands is garbage the page's collector pays for.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i % ROWS_PER_STEP === 0) yield;
    const cached = rememberedRow<Note>(row, how);
    if (cached) {
      // Where the row sits is asked each time: rows above it may have come or gone. The same note
      // as before, the very same object, when it has not moved (record/same-facts.ts).
      const selector = rowSelector(row);
      notes.push(cached.selector === selector ? cached : rememberRow(row, how, { ...cached, selector }));
      continue;
    }
    const word = cellText(row, cols.status);
    const status = whichOf(word, r.vocabulary.noteStatuses ?? {});
    const date = r.date(cellText(row, cols.date));
    if (!status || date === undefined) {
      r.miss('caseNotes', 'unreadable', `a case note with status "${word}" or a date it cannot read`);
      return;
    }
    const type = cellText(row, cols.type);
    notes.push(
      rememberRow(row, how, {
        date,
        type,
        // A type the profile does not know stays null: a rule then says it cannot tell, never "none".
        kind: whichOf(type, r.vocabulary.noteTypes ?? {}) ?? null,
        subject: r.emptyToNull(cellFirstLine(row, cols.subject)),
        author: r.emptyToNull(cellText(row, cols.author)),
        status,
        selector: rowSelector(row),
      }),
    );
  }
  r.set('caseNotes', notes, found.label, list.element);
}
