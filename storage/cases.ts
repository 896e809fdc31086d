/**
 * Merged case records, held in session-only extension storage: kept in memory by the
 * browser, cleared when it closes, never written to disk, and out of reach of content
 * scripts (storage.session defaults to trusted contexts only). A copy in the service
 * worker's memory saves a storage round trip per reading; storage.session is what
 * survives the worker being stopped and restarted.
 */
import { browser } from 'wxt/browser';
import { caseKey, emptyRecord, mergeReading, type FactPages } from '../record/merge';
import type { CaseRecord, PageReading } from '../record/schema';

const KEY_PREFIX = 'case:';
const memory = new Map<string, CaseRecord>();

let queue: Promise<unknown> = Promise.resolve();

/** Runs updates one after another, so two frames reporting at once cannot lose a fact. */
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export async function loadCase(key: string): Promise<CaseRecord | null> {
  const cached = memory.get(key);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(KEY_PREFIX + key))[KEY_PREFIX + key] as CaseRecord | undefined;
  // A reading may have been merged while session storage answered (a worker woken by a page
  // change and a reconnecting overlay at once): the merged record is newer than the stored copy.
  const merged = memory.get(key);
  if (merged) return merged;
  if (stored) memory.set(key, stored);
  return stored ?? null;
}

const PERSIST_AFTER_MS = 100;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * Copies a case to session storage once readings pause: copying a large record on every
 * reading would sit between the page changing and the overlay showing it.
 */
function persistSoon(key: string): void {
  clearTimeout(pending.get(key));
  pending.set(
    key,
    setTimeout(() => {
      pending.delete(key);
      const record = memory.get(key);
      if (record) void browser.storage.session.set({ [KEY_PREFIX + key]: record }).catch((error: unknown) => console.warn('Closure Companion could not keep the case for this session:', error));
    }, PERSIST_AFTER_MS),
  );
}

/** Folds a validated reading into its case and returns the merged record; `factPages` say where to look for what is not seen yet. */
export function recordReading(reading: PageReading, factPages: FactPages): Promise<CaseRecord> {
  return serialised(async () => {
    const key = caseKey(reading.system, reading.personId);
    const current = (await loadCase(key)) ?? emptyRecord(reading.system, reading.personId, factPages);
    const merged = mergeReading(current, reading);
    memory.set(key, merged);
    persistSoon(key);
    return merged;
  });
}
