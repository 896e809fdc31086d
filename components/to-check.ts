/**
 * The items not seen yet, grouped by what would settle them: the host page that shows their
 * facts (read from `missing`, never from message text), words the case system used that the
 * extension does not know, or nothing in particular. Each item sits in exactly one group.
 */
import type { PageKind } from '../record/kinds';
import type { EvaluatedRule } from '../rules/engine';

export interface ToCheckGroups {
  /** By the first page an item needs, in the order the pages first come up; `also` the further pages each item needs. */
  pages: { page: PageKind; items: { verdict: EvaluatedRule; also: PageKind[] }[] }[];
  /** Items the host's unfamiliar words left unknown, and those words (each once). */
  unrecognised: { words: string[]; items: EvaluatedRule[] };
  /** Unknown with no page that would settle it (a check that could not be made). */
  other: EvaluatedRule[];
}

export function groupToCheck(verdicts: readonly EvaluatedRule[]): ToCheckGroups {
  const groups: ToCheckGroups = { pages: [], unrecognised: { words: [], items: [] }, other: [] };
  for (const verdict of verdicts) {
    if (verdict.status !== 'unknown') continue;
    if (verdict.unrecognised?.length) {
      groups.unrecognised.items.push(verdict);
      for (const word of verdict.unrecognised.flatMap((u) => u.words)) if (!groups.unrecognised.words.includes(word)) groups.unrecognised.words.push(word);
      continue;
    }
    const pages = [...new Set((verdict.missing ?? []).map((m) => m.lookOn))];
    const [first, ...also] = pages;
    if (!first) {
      groups.other.push(verdict);
      continue;
    }
    let group = groups.pages.find((g) => g.page === first);
    if (!group) groups.pages.push((group = { page: first, items: [] }));
    group.items.push({ verdict, also });
  }
  return groups;
}
