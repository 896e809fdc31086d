/** The chronology: open or closed (or none at all), when it was last updated, and its entries. */
import type { FactValue } from '../../../record/schema';
import type { FactSpecs } from '../../profiles/schema';
import { whichOf } from '../../profiles/words';
import { findList, rowsOf, showsColumns } from '../find-list';
import { cellText } from '../lists';
import { valueOf } from '../pairs';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';
import { clean } from '../text';

type Specs = Pick<FactSpecs, 'chronologyStatus' | 'chronologyLastUpdated' | 'chronologyEntries'>;

export function* readChronology(r: PageReader, spec: Specs): Steps<void> {
  const entries = spec.chronologyEntries;
  // A page that shows no list of entries, and says there is no chronology: there is none. (The
  // list is looked for first: what the page says is searched for in all its words, on a page of
  // thousands of entries 5–7 ms in one go.)
  if (!(entries && r.lists.some((l) => l.headers.some((h) => whichOf(h, { event: entries.columns.event ?? [] })))) && r.says(spec.chronologyStatus?.none)) {
    r.set('chronologyStatus', 'none', 'Chronology');
    r.set('chronologyLastUpdated', null, 'Chronology');
    r.set('chronologyEntries', [], 'Chronology');
    return;
  }
  if (spec.chronologyStatus) {
    const status = r.field('chronologyStatus', spec.chronologyStatus, 'chronology status');
    if (status) {
      const word = clean(String(valueOf(status)));
      const value = whichOf(word, r.vocabulary.chronologyStatuses ?? {});
      if (value) r.set('chronologyStatus', value, status.label, status.element);
      else r.miss('chronologyStatus', 'unreadable', `chronology status "${word}" it does not know`);
    }
  }
  if (spec.chronologyLastUpdated) {
    const updated = r.field('chronologyLastUpdated', spec.chronologyLastUpdated, 'last updated');
    if (updated) {
      const date = r.date(String(valueOf(updated)));
      if (date !== undefined) r.set('chronologyLastUpdated', date, updated.label, updated.element);
      else r.miss('chronologyLastUpdated', 'unreadable', `"${updated.label}" holds no date it can read`);
    }
  }
  if (entries) {
    const found = findList(r, 'chronologyEntries', 'chronology', entries, ['date', 'event']);
    const rows = found && rowsOf(r, 'chronologyEntries', 'chronology', found.list);
    if (found && rows && showsColumns(r, 'chronologyEntries', 'chronology', found.cols, ['source'])) {
      const read: FactValue<'chronologyEntries'> = [];
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        if (i % ROWS_PER_STEP === 0) yield;
        read.push({ date: r.date(cellText(row, found.cols.date)) ?? null, event: cellText(row, found.cols.event), source: r.emptyToNull(cellText(row, found.cols.source)) });
      }
      r.set('chronologyEntries', read, found.label, found.list.element);
    }
  }
}
