/**
 * Compares a record read from pages with the scenario oracle, fact by fact, on what both
 * can know (the oracle has no selectors, page titles or host-only words).
 */
import { FACT_KEYS, type CaseRecord, type FactKey } from '../../record/schema';

const DROP = new Set(['selector', 'outcome', 'category', 'title', 'organisation', 'role', 'method', 'id']);

function project(key: FactKey, value: unknown): unknown {
  const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !DROP.has(k)).map(([k, x]) => [k, strip(x)])) : v;
  let out = strip(value);
  // Keep the identifying words the rules use.
  // Agency: Mosaic shows no agency column, so only "health or not" (what the rules use) is compared.
  if (key === 'relationships' && Array.isArray(value)) out = (value as { role: string; agency: string }[]).map((r, i) => ({ ...(out as object[])[i], role: r.role, agency: r.agency === 'health' }));
  // Each system words note types its own way ("Core Group", "Core group meeting"): what the rules use is the kind.
  if (key === 'caseNotes' && Array.isArray(value)) out = (out as { type: string }[]).map(({ type: _, ...n }) => n);
  if (key === 'workItems' && Array.isArray(value)) out = (value as { title: string }[]).map((r, i) => ({ ...(out as object[])[i], title: r.title }));
  if (Array.isArray(out) && ['caseNotes', 'chronologyEntries', 'documents', 'relationships', 'workItems', 'professionalsInformed', 'involvements'].includes(key)) {
    out = [...out].map((x) => JSON.stringify(x)).sort();
  }
  return out;
}

/** The facts that differ (or are unknown in `read`), as readable lines. */
export function differences(read: CaseRecord, oracle: CaseRecord, skip: FactKey[] = []): string[] {
  const out: string[] = [];
  for (const key of FACT_KEYS) {
    if (skip.includes(key)) continue;
    const a = read.facts[key];
    const b = oracle.facts[key];
    if (!b.known) continue;
    if (!a.known) {
      out.push(`${key}: unknown after reading every page`);
      continue;
    }
    const pa = JSON.stringify(project(key, a.value));
    const pb = JSON.stringify(project(key, b.value));
    if (pa !== pb) out.push(`${key}:\n    read   ${pa}\n    oracle ${pb}`);
  }
  return out;
}
