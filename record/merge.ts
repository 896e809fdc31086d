/**
 * One record per case, merged from the readings of every page visited.
 * Pure functions: the service worker holds the result in session-only storage.
 */
import {
  FACT_KEYS,
  RECORD_VERSION,
  type CaseRecord,
  type FactKey,
  type Facts,
  type HostSystem,
  type PageKind,
  type PageReading,
} from './schema';

/** Which page kind shows each fact, per host system (each adapter supplies its own). */
export type FactPages = Record<FactKey, PageKind>;

export { caseKey } from './kinds';
import { caseKey } from './kinds';

/** A record in which nothing has been seen yet. */
export function emptyRecord(system: HostSystem, personId: string, lookOn: FactPages): CaseRecord {
  const facts = Object.fromEntries(FACT_KEYS.map((k) => [k, { known: false, lookOn: lookOn[k] }])) as Facts;
  return { version: RECORD_VERSION, system, personId, pagesSeen: {}, facts };
}

/**
 * Folds one page reading into the record. The newest observation of a fact wins;
 * adapters hand over a list only when they saw the whole of it, so a list is only
 * ever replaced by a complete view. A reading for another case is refused.
 */
export function mergeReading(record: CaseRecord, reading: PageReading): CaseRecord {
  if (reading.system !== record.system || reading.personId !== record.personId) {
    throw new Error(`reading for ${caseKey(reading.system, reading.personId)} offered to ${caseKey(record.system, record.personId)}`);
  }
  const facts = { ...record.facts } as Record<FactKey, Facts[FactKey]>;
  for (const key of FACT_KEYS) {
    const incoming = reading.facts[key];
    if (!incoming) continue;
    const current = facts[key];
    if (!current.known || current.source.seenAt <= incoming.source.seenAt) facts[key] = incoming;
  }
  const previous = record.pagesSeen[reading.page];
  return {
    ...record,
    pagesSeen: { ...record.pagesSeen, [reading.page]: previous && previous > reading.seenAt ? previous : reading.seenAt },
    facts: facts as Facts,
  };
}
