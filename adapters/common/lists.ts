/** Finding a list table by its headers, and telling "empty" from "not loaded yet". */
import { clean, columns, followedByContent, type PageReader, type Table } from './page';

/** The one table with these columns (under a heading matching `title`, if given); unknown with a warning otherwise. */
export function find<K extends string>(reader: PageReader, all: Table[], name: string, title: RegExp | null, cols: Record<K, RegExp>, optional: NoInfer<K>[] = []) {
  const hits = all.flatMap((t) => {
    if (title && !title.test(t.title)) return [];
    const c = columns(t, cols, optional);
    return c ? [{ table: t, cols: c }] : [];
  });
  if (hits.length !== 1) {
    reader.warn(hits.length ? `${hits.length} tables look like ${name}` : `no ${name} table`);
    return undefined;
  }
  return hits[0];
}

/**
 * Whether a table found without some of its columns still shows those a fact is read from. A
 * newer release may drop a column (an Organisation, a Source): every row would then read blank
 * there, "not recorded" where the page no longer says. The fact is unknown instead, with a warning.
 */
export function showsColumns<K extends string>(reader: PageReader, name: string, cols: Record<K, number>, needed: Partial<Record<K, string>>): boolean {
  const missing = (Object.entries(needed) as [K, string][]).filter(([key]) => cols[key] < 0).map(([, header]) => `"${header}"`);
  if (missing.length) reader.warn(`no ${missing.join(' or ')} column in the ${name} table`);
  return missing.length === 0;
}

/**
 * A list's rows. An empty list counts only when the page says so ("No case notes recorded");
 * a table with no rows and no such words may still be loading or cut short: unknown.
 */
export function listRows(reader: PageReader, emptyWords: RegExp, table: Table, name: string): HTMLTableRowElement[] | undefined {
  if (!followedByContent(table.element)) {
    reader.warn(`the page ends inside the ${name} list (cut short?)`);
    return undefined;
  }
  if (table.rows.length > 0) return table.rows;
  if (table.notes.some((n) => emptyWords.test(n))) return [];
  reader.warn(`the ${name} list shows no rows and does not say it is empty`);
  return undefined;
}

/** Safety plans by who they are for, letters, and everything else. */
export function documentFrom(title: string, category: string, date: string | null) {
  const child = /child\s*(?:[-–(]\s*)([^)]+?)\)?\s*$/i.exec(category);
  if (/safety plan/i.test(category) || /safety plan/i.test(title)) {
    const audience = /professional/i.test(category) ? 'professionals' : /parent|carer/i.test(category) ? 'parents' : /child|young person/i.test(category) ? 'child' : undefined;
    if (audience) return { title, category, date, kind: 'safety-plan' as const, audience, ...(audience === 'child' ? { childName: child ? clean(child[1]) : null } : {}) };
  }
  if (/letter/i.test(category)) return { title, category, date, kind: 'letter' as const };
  return { title, category, date, kind: 'other' as const };
}


/**
 * Rows already read, by element, with the text they had: a page re-read after a change (a row
 * added, a status edited) parses only the rows whose text changed. Only for rows without form
 * controls, whose text is all they say.
 */
const readRows = new WeakMap<HTMLTableRowElement, { text: string; value: unknown }>();

export function rememberedRow<T>(row: HTMLTableRowElement): T | undefined {
  const seen = readRows.get(row);
  return seen && seen.text === row.textContent ? (seen.value as T) : undefined;
}

export function rememberRow<T>(row: HTMLTableRowElement, value: T): T {
  readRows.set(row, { text: row.textContent ?? '', value });
  return value;
}
