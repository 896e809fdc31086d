/**
 * Merged case records, held in session-only extension storage: kept in memory by
 * the browser, cleared when it closes, never written to disk, and out of reach of
 * content scripts (storage.session defaults to trusted contexts only).
 */
import { browser } from 'wxt/browser';
import { ADAPTERS } from '../adapters';
import { caseKey, emptyRecord, mergeReading } from '../record/merge';
import type { CaseRecord, PageReading } from '../record/schema';

const KEY_PREFIX = 'case:';

let queue: Promise<unknown> = Promise.resolve();

/** Runs updates one after another, so two frames reporting at once cannot lose a fact. */
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export async function loadCase(key: string): Promise<CaseRecord | null> {
  const stored = await browser.storage.session.get(KEY_PREFIX + key);
  return (stored[KEY_PREFIX + key] as CaseRecord | undefined) ?? null;
}

/** Folds a validated reading into its case and returns the merged record. */
export function recordReading(reading: PageReading): Promise<CaseRecord> {
  return serialised(async () => {
    const key = caseKey(reading.system, reading.personId);
    const current =
      (await loadCase(key)) ?? emptyRecord(reading.system, reading.personId, ADAPTERS[reading.system].factPages);
    const merged = mergeReading(current, reading);
    await browser.storage.session.set({ [KEY_PREFIX + key]: merged });
    return merged;
  });
}
