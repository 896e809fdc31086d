/** The record as text, each fact with where it was seen or where to look: for debugging and test failures. */
import { FACT_KEYS, type CaseRecord } from './schema';

const MAX_VALUE = 160;

export function describeRecord(record: CaseRecord): string {
  const lines = [`${record.system}:${record.personId} (pages seen: ${Object.keys(record.pagesSeen).join(', ') || 'none'})`];
  for (const key of FACT_KEYS) {
    const fact = record.facts[key];
    if (!fact.known) {
      lines.push(`  ${key}: unknown — look on ${fact.lookOn}`);
      continue;
    }
    let value = JSON.stringify(fact.value, (k, v) => (k === 'selector' ? undefined : v));
    if (value.length > MAX_VALUE) value = `${value.slice(0, MAX_VALUE)}…`;
    const { page, label, url } = fact.source;
    lines.push(`  ${key}: ${value}  [${page} · ${label} · ${url}]`);
  }
  return lines.join('\n');
}
