/**
 * Mapping a field by pointing at it: an administrator clicks the label, column header or value that
 * holds a fact the panel could not read, and this works out the profile entry it means (these words →
 * this fact, on this page kind), checks it against the page, and gives the change to a council
 * profile. Words come from the page's own labels and headers, never from a value, and never from
 * where something sits: a mapping that would read something other than what was pointed at is refused.
 */
import type { FactKey, PageKind } from '../record/schema';
import { complete, extend, type Profile } from './profiles/merge';
import type { FactSpecs, ProfileFile } from './profiles/schema';
import { matches } from './profiles/words';
import { readWith } from './reader';
import { ALL_FACT_READERS } from './reader/facts/all';
import { listsOn } from './reader/lists';
import { labelledValues } from './reader/pairs';
import { clean } from './reader/text';

/** Where in a fact's spec a word list sits: a label (of the fact or of one of its parts) or a list's column. */
export interface Slot {
  fact: FactKey;
  /** Path inside the fact's spec: ["label"], ["date", "label"], ["columns", "author"]. */
  path: string[];
  kind: 'label' | 'column';
  /** What the slot is, in words, for the administrator choosing it. */
  name: string;
}

/** The word lists of a fact's spec that pointing can add to. */
export function slotsOf(fact: FactKey, spec: unknown): Slot[] {
  const slots: Slot[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'label' && Array.isArray(value)) slots.push({ fact, path: [...path, key], kind: 'label', name: path.length ? `${fact} · ${path.join(' · ')}` : fact });
      else if (key === 'columns' && value && typeof value === 'object') for (const column of Object.keys(value)) slots.push({ fact, path: [...path, key, column], kind: 'column', name: `${fact} · ${column} column` });
      else if (key !== 'not' && key !== 'heading') walk(value, [...path, key]);
    }
  };
  walk(spec, []);
  // Composite facts whose parts are labels of their own (age and date of birth, forename and surname).
  if (spec && typeof spec === 'object') {
    for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
      if (['age', 'dob', 'forename', 'surname'].includes(key) && Array.isArray(value)) slots.push({ fact, path: [key], kind: 'label', name: `${fact} · ${key}` });
    }
  }
  return slots;
}

export type Proposal =
  | { ok: true; words: string; slot: Slot; page: PageKind; change: ProfileFile; profile: Profile; value: unknown }
  | { ok: false; reason: string };

/** A council profile holding just this change: the words added under the slot of the fact on the page kind. */
function changeFor(profile: Profile, page: PageKind, slot: Slot, words: string): ProfileFile {
  let leaf: unknown = [words];
  for (const key of [...slot.path].reverse()) leaf = { [key]: leaf };
  return { format: 1, system: profile.system, extends: profile.system, name: `${profile.name}: mapped on this device`, pages: { [page]: { facts: { [slot.fact]: leaf } as FactSpecs } } };
}

/** Text that looks like a case value rather than a label: a date, an id, the child's name. */
function looksLikeValue(words: string, known: string[]): boolean {
  return /\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{1,2} [A-Za-z]{3,9} \d{4}|\d{5,}/.test(words) || known.some((k) => k && clean(k).toLowerCase() === words.toLowerCase());
}

/**
 * The profile entry meant by pointing at `target` for `slot` on this page, checked: read with the
 * entry, the page must give the fact from exactly the element pointed at.
 */
export function propose(profile: Profile, doc: Document, url: URL, page: PageKind, slot: Slot, target: Element, seenAt: string): Proposal {
  const labelClasses = new Set((profile.labelClasses ?? []).map((c) => c.toLowerCase()));
  let words: string;
  let pointedAt: Element;
  if (slot.kind === 'label') {
    const pair = labelledValues(doc, labelClasses).find((p) => p.labelElement.contains(target) || p.element.contains(target) || target.contains(p.labelElement) || target.contains(p.element));
    if (!pair) return { ok: false, reason: 'Nothing on the page labels what you pointed at. The extension reads a field by its label, never by where it sits: point at the label, or at a value that has one.' };
    words = pair.label;
    pointedAt = pair.element;
  } else {
    const headingClasses = new Set((profile.headingClasses ?? []).map((c) => c.toLowerCase()));
    const list = listsOn(doc, headingClasses).find((l) => l.element.contains(target));
    const cell = list && (list.headerCells.find((h) => h.contains(target)) ?? list.rows.flatMap((r) => Array.from(r.cells)).find((c) => c.contains(target)));
    const index = cell && list ? (list.headerCells.includes(cell) ? list.headerCells.indexOf(cell) : Array.from(list.rows.find((r) => Array.from(r.cells).includes(cell))!.cells).indexOf(cell)) : -1;
    if (!list || index < 0) return { ok: false, reason: 'What you pointed at is not in a list with column headers. Point at the column’s header, or at a cell under it.' };
    words = list.headers[index]!;
    pointedAt = list.headerCells[index]!;
  }
  words = clean(words).replace(/[\s:*]+$/, '');
  if (!words) return { ok: false, reason: 'The label or header you pointed at has no words to go by.' };
  if (words.includes('*')) return { ok: false, reason: `“${words}” holds a “*”, which a profile reads as “any text”: add it to a council profile by hand (see docs/profiles.md).` };
  const childName = labelledValues(doc, labelClasses).filter((p) => matches(p.label, profile.pages[page]?.facts?.childName?.label)).map((p) => clean(p.element.textContent));
  if (looksLikeValue(words, childName)) return { ok: false, reason: `“${words}” looks like a case detail (a date, an id, a name), not a label: a profile never holds case details. Point at the label.` };

  const change = changeFor(profile, page, slot, words);
  const extended = complete(extend(profile as unknown as ProfileFile, change));
  const { reading, report } = readWith(extended, doc, url, seenAt, ALL_FACT_READERS);
  const fact = reading.facts[slot.fact];
  const line = report.find((l) => l.fact === slot.fact && l.outcome !== 'read');
  if (!fact) return { ok: false, reason: `Read with “${words}”, the page still does not give ${slot.fact}${line?.detail ? `: ${line.detail}` : ''}.` };
  // The fact must come from what was pointed at, not from another element the words also fit.
  const source = fact.source.selector ? safeQuery(doc, fact.source.selector) : null;
  const fromPointed = source !== null && (source === pointedAt || source.contains(pointedAt) || pointedAt.contains(source));
  if (slot.kind === 'label' && !fromPointed) return { ok: false, reason: `Read with “${words}”, the page gives ${slot.fact} from “${fact.source.label}”, not from what you pointed at: the words would read a different value, so they were not used.` };
  return { ok: true, words, slot, page, change, profile: extended, value: fact.value };
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Adds one mapping's change to the council's profile for the system (or starts one). */
export function withMapping(current: ProfileFile | undefined, change: ProfileFile): ProfileFile {
  if (!current) return change;
  const merged = extend({ ...current, extends: undefined } as ProfileFile, change);
  return { ...merged, system: current.system, extends: current.extends, name: current.name };
}

