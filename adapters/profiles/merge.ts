/**
 * Profiles laid over one another (a council's over a built-in one) and made complete for the reader.
 * No profile file is imported here, so the overlay script can use this without carrying any.
 */
import type { Address, PageSpec, ProfileFile, Vocabulary } from './schema';

/** A complete profile: every page has a title and an address; dates and vocabulary are there to read with. */
export interface Profile extends Omit<ProfileFile, 'pages' | 'vocabulary' | 'dates' | 'extends'> {
  dates: NonNullable<ProfileFile['dates']>;
  vocabulary: Vocabulary;
  pages: Record<string, PageSpec & { title: string; addresses: Address[] }>;
}

/**
 * Lays a council's profile over a built-in one: its words are added to the built-in words (both the
 * old and the new wording are read), its other values replace the built-in ones, its pages and facts
 * are added or merged, its closure reasons merged by label, its addresses and marks added.
 */
export function extend(base: ProfileFile, change: ProfileFile): ProfileFile {
  return { ...(merge(base, change, []) as ProfileFile), system: base.system, extends: undefined, name: change.name };
}

function merge(base: unknown, change: unknown, path: string[]): unknown {
  if (change === undefined) return base;
  if (base === undefined) return change;
  if (Array.isArray(base) && Array.isArray(change)) {
    // Closure reasons: one entry per option label, the council's answer winning.
    if (path.at(-1) === 'closureReasons') {
      const byLabel = new Map((base as { label: string }[]).map((r) => [r.label.toLowerCase(), r]));
      for (const r of change as { label: string }[]) byLabel.set(r.label.toLowerCase(), { ...byLabel.get(r.label.toLowerCase()), ...r });
      return [...byLabel.values()];
    }
    // Several lists of one fact (relationships' tables): merged one by one, in order.
    if (path.at(-1) === 'lists') return base.map((b, i) => merge(b, change[i], [...path, String(i)])).concat(change.slice(base.length));
    // Words, addresses and marks: the council's are added.
    const seen = new Set(base.map((x) => JSON.stringify(x)));
    return [...base, ...change.filter((x) => !seen.has(JSON.stringify(x)))];
  }
  if (base && change && typeof base === 'object' && typeof change === 'object' && !Array.isArray(base) && !Array.isArray(change)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(change)) out[key] = merge(out[key], value, [...path, key]);
    return out;
  }
  return change;
}

/** What a complete profile still lacks, with where: a page without a title or an address. */
export function incomplete(file: ProfileFile): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const pages = Object.entries(file.pages ?? {});
  if (pages.length === 0) problems.push({ path: 'pages', message: 'is missing: a system needs at least one page kind' });
  for (const [kind, page] of pages) {
    if (!page.title) problems.push({ path: `pages.${kind}.title`, message: 'is missing' });
    if (!page.addresses?.length) problems.push({ path: `pages.${kind}.addresses`, message: 'is missing: the page kind needs at least one address' });
    if (page.framedIn && !file.pages?.[page.framedIn]) problems.push({ path: `pages.${kind}.framedIn`, message: `names the page kind "${page.framedIn}", which the profile does not have` });
  }
  if (!file.marks?.length && pages.some(([, p]) => !p.marks?.length)) problems.push({ path: 'marks', message: 'is missing: say what marks a page as this system’s (a text, a title, a label or a field)' });
  return problems;
}

/** A complete file as the reader uses it. */
export function complete(file: ProfileFile): Profile {
  const rest: Omit<ProfileFile, 'extends'> = { ...file };
  delete (rest as ProfileFile).extends;
  return { ...rest, dates: file.dates ?? ['dd/mm/yyyy', 'yyyy-mm-dd'], vocabulary: file.vocabulary ?? {}, pages: file.pages as Profile['pages'] };
}
