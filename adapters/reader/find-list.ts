/** Finding the one list that holds a fact, and telling "empty" from "not drawn yet" or "cut short". */
import type { FactKey } from '../../record/schema';
import type { Words } from '../profiles/schema';
import { matches } from '../profiles/words';
import { columnsOf, type List, type ListRow } from './lists';
import { quoted, type PageReader } from './page-reader';
import { followedByContent } from './text';

export interface Found<K extends string> {
  list: List;
  cols: Record<K, number>;
  /** The list's name for "where it was seen": its heading when the profile found it by one, else the fact's own name. */
  label: string;
}

/**
 * The one list with these columns (under a heading matching `heading`, if given); unknown, reported,
 * otherwise. `required` columns must be there; the others are read when present.
 */
export function findList<K extends string>(r: PageReader, fact: FactKey, name: string, spec: { heading?: Words; columns: Partial<Record<K, Words>> }, required: readonly NoInfer<K>[]): Found<K> | undefined {
  const hits = r.lists.flatMap((list) => {
    if (spec.heading && !matches(list.heading, spec.heading)) return [];
    const cols = columnsOf(list, spec.columns, required);
    return cols ? [{ list, cols, label: (spec.heading && list.heading) || name[0]!.toUpperCase() + name.slice(1) }] : [];
  });
  if (hits.length === 1) return hits[0];
  if (hits.length > 1) r.miss(fact, 'ambiguous', `${hits.length} lists look like the ${name} list: ${hits.map((h) => `"${h.list.heading}"`).join(', ')}`);
  else {
    const headers = required.map((k) => `${k} (${quoted(spec.columns[k] ?? [])})`).join(', ');
    r.miss(fact, 'missing', `no ${name} list${spec.heading ? ` under a heading like ${quoted(spec.heading)}` : ''} with the columns ${headers}`);
  }
  return undefined;
}

/**
 * Whether a list found without some of its columns still shows those a fact is read from. A newer
 * release may drop a column (an Organisation, a Source): every row would then read blank there, "not
 * recorded" where the page no longer says. The fact is unknown instead, reported.
 */
export function showsColumns<K extends string>(r: PageReader, fact: FactKey, name: string, cols: Record<K, number>, needed: readonly NoInfer<K>[]): boolean {
  const missing = needed.filter((key) => cols[key] === undefined || cols[key] < 0);
  if (missing.length) r.miss(fact, 'missing', `no ${missing.map((m) => `"${m}"`).join(' or ')} column in the ${name} list`);
  return missing.length === 0;
}

/**
 * A list's rows. An empty list counts only when the page says so ("No case notes recorded"); a list
 * with no rows and no such words may still be drawing, or cut short: unknown.
 */
export function rowsOf(r: PageReader, fact: FactKey, name: string, list: List): ListRow[] | undefined {
  if (!followedByContent(list.element) || list.endsMidRow) {
    r.miss(fact, 'unreadable', `the page ends inside the ${name} list (cut short?)`);
    return undefined;
  }
  if (list.rows.length > 0) return list.rows;
  if (list.notes.some((n) => !matches(n, r.vocabulary.loading) && matches(n, r.vocabulary.emptyList))) return [];
  r.miss(fact, 'unreadable', `the ${name} list shows no rows and does not say it is empty`);
  return undefined;
}
