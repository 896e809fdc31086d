/** Documents: safety plans by who they are for (a child's by name), letters, and everything else. */
import type { FactValue } from '../../../record/schema';
import type { FactSpecs } from '../../profiles/schema';
import { whichOf } from '../../profiles/words';
import { findList, rowsOf } from '../find-list';
import { cellText, rowSelector, type ListRow } from '../lists';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';
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

function documentIn(r: PageReader, row: ListRow, cols: Record<'title' | 'category' | 'date', number>): Document {
  const categories = r.vocabulary.documentCategories ?? {};
  const title = cellText(row, cols.title);
  const category = cellText(row, cols.category);
  const date = r.date(cellText(row, cols.date)) ?? null;
  const selector = rowSelector(row);
  const kind = whichOf(category, categories);
  if (kind === 'letter') return { title, category, date, kind: 'letter', selector };
  if (!kind) return { title, category, date, kind: 'other', selector };
  const audience = AUDIENCE[kind];
  return { title, category, date, kind: 'safety-plan', audience, ...(audience === 'child' ? { childName: childNamed(category, categories['safety-plan-child'] ?? []) } : {}), selector };
}

/** In steps: a long-open case may list documents by the thousand. */
export function* readDocuments(r: PageReader, spec: NonNullable<FactSpecs['documents']>): Steps<void> {
  const found = findList(r, 'documents', 'documents', spec, ['title', 'category', 'date']);
  const rows = found && rowsOf(r, 'documents', 'documents', found.list);
  if (!found || !rows) return;
  const docs: Document[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i % ROWS_PER_STEP === 0) yield;
    docs.push(documentIn(r, rows[i]!, found.cols));
  }
  r.set('documents', docs, found.label, found.list.element);
}
