/** Documents: safety plans by who they are for (a child's by name), letters, and everything else. */
import type { FactValue } from '../../../record/schema';
import type { FactSpecs } from '../../profiles/schema';
import { whichOf } from '../../profiles/words';
import { findList, rowsOf } from '../find-list';
import { cellText, rowSelector } from '../lists';
import type { PageReader } from '../page-reader';
import { clean } from '../text';

type Document = FactValue<'documents'>[number];

const AUDIENCE = { 'safety-plan-professionals': 'professionals', 'safety-plan-parents': 'parents', 'safety-plan-child': 'child' } as const;

/**
 * The child a child's safety plan names: what the profile's last "*" stands for ("Safety Plan (Child -
 * *)" → the name), else the words after "child" and a dash or bracket.
 */
function childNamed(category: string, phrases: readonly string[]): string | null {
  const text = clean(category);
  for (const phrase of phrases) {
    const parts = clean(phrase).split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (parts.length < 2) continue;
    const named = new RegExp(`^${parts.join('(.*?)')}$`, 'i').exec(text)?.at(-1)?.replace(/^[\s\-–(]+|[\s)]+$/g, '');
    if (named) return named;
  }
  return /child\s*(?:[-–(]\s*)([^)]+?)\)?\s*$/i.exec(text)?.[1]?.trim() ?? null;
}

export function readDocuments(r: PageReader, spec: NonNullable<FactSpecs['documents']>): void {
  const found = findList(r, 'documents', 'documents', spec, ['title', 'category', 'date']);
  const rows = found && rowsOf(r, 'documents', 'documents', found.list);
  if (!found || !rows) return;
  const categories = r.vocabulary.documentCategories ?? {};
  const docs = rows.map((row): Document => {
    const title = cellText(row, found.cols.title);
    const category = cellText(row, found.cols.category);
    const date = r.date(cellText(row, found.cols.date)) ?? null;
    const selector = rowSelector(row);
    const kind = whichOf(category, categories);
    if (kind === 'letter') return { title, category, date, kind: 'letter', selector };
    if (!kind) return { title, category, date, kind: 'other', selector };
    const audience = AUDIENCE[kind];
    return { title, category, date, kind: 'safety-plan', audience, ...(audience === 'child' ? { childName: childNamed(category, categories['safety-plan-child'] ?? []) } : {}), selector };
  });
  r.set('documents', docs, found.label, found.list.element);
}
