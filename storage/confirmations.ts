/**
 * Items a practitioner confirmed by hand, with their reason: kept in the extension's own
 * IndexedDB (never the host page's), sealed with the device key like drafts — a reason can
 * say as much about a child as a draft does — and kept as long as drafts are. Shown apart
 * from `met`, never counted as evidence.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { seal, unseal, type Sealed } from './device-key';

export interface Confirmation {
  reason: string;
  /** ISO date-time of the confirmation. */
  at: string;
  /** Who confirmed, as the case system names its logged-in user; absent when no page showed one ("you"). */
  by?: string;
}

/** Confirmations of one case, by rule id. */
export type CaseConfirmations = Record<string, Confirmation>;

/** The longest reason kept: a short note, not a case record. */
export const MAX_REASON_LENGTH = 500;

const VERSION = 1;
interface Stored extends Sealed {
  version: number;
  updatedAt: string;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('closure-companion-confirmations', 'confirmations'));

/** Read once per case and kept in step: the overlay is re-evaluated on every page change. */
const cache = new Map<string, Promise<CaseConfirmations>>();

/** Only for tests: forget handles and the cache (fake-indexeddb is reset between tests). */
export function resetConfirmations(): void {
  store = undefined;
  cache.clear();
}

function isConfirmations(value: unknown): value is CaseConfirmations {
  return (
    !!value &&
    typeof value === 'object' &&
    Object.values(value).every((c) => typeof (c as Confirmation)?.reason === 'string' && typeof (c as Confirmation)?.at === 'string' && ['string', 'undefined'].includes(typeof (c as Confirmation).by))
  );
}

/**
 * A case's confirmations. One that cannot be read (damaged, its key cleared, or saved by a newer
 * version) counts as none — the items go back to needing evidence, which is the safe side —
 * and is left in place rather than deleted.
 */
export function loadConfirmations(caseKey: string): Promise<CaseConfirmations> {
  let loaded = cache.get(caseKey);
  if (!loaded) {
    loaded = get<Stored>(caseKey, db())
      .then(async (stored) => {
        if (!stored || stored.version !== VERSION) return {};
        const value = await unseal(stored, caseKey);
        return isConfirmations(value) ? value : {};
      })
      .catch(() => ({}));
    cache.set(caseKey, loaded);
  }
  return loaded.then((c) => structuredClone(c));
}

/** Records (or, with an empty reason, removes) a confirmation by hand, with who made it when known. Rejects when it cannot be kept. */
export async function setConfirmation(caseKey: string, rule: string, reason: string, at: string, by?: string): Promise<CaseConfirmations> {
  const forCase = await loadConfirmations(caseKey);
  const trimmed = reason.trim().slice(0, MAX_REASON_LENGTH);
  if (trimmed) forCase[rule] = { reason: trimmed, at, ...(by ? { by } : {}) };
  else delete forCase[rule];
  if (Object.keys(forCase).length) await set(caseKey, { version: VERSION, updatedAt: at, ...(await seal(forCase, caseKey)) } satisfies Stored, db());
  else await del(caseKey, db());
  cache.set(caseKey, Promise.resolve(forCase));
  return structuredClone(forCase);
}

/** Deletes the confirmations of cases not touched for `days` days, as drafts are. */
export async function purgeExpiredConfirmations(now: string, days: number): Promise<number> {
  const cutoff = new Date(Date.parse(now) - days * 86_400_000).toISOString();
  let purged = 0;
  for (const [key, value] of await entries<string, Stored>(db())) {
    if (!value?.updatedAt || value.updatedAt < cutoff) {
      await del(key, db());
      cache.delete(String(key));
      purged++;
    }
  }
  return purged;
}

/** Where the first version kept confirmations, in plain text (extension storage.local). */
const UNSEALED_KEY = 'confirmations';

/**
 * Seals confirmations an earlier version kept in plain text, then removes the plain copy: run
 * when the extension is installed or updated, so no reason stays readable on disk.
 */
export async function sealEarlierConfirmations(): Promise<number> {
  const earlier = (await browser.storage.local.get(UNSEALED_KEY))[UNSEALED_KEY] as { cases?: Record<string, CaseConfirmations> } | undefined;
  if (!earlier) return 0;
  let sealed = 0;
  for (const [caseKey, rules] of Object.entries(earlier.cases ?? {})) {
    for (const [rule, c] of Object.entries(rules ?? {})) {
      if (typeof c?.reason !== 'string' || typeof c.at !== 'string') continue;
      await setConfirmation(caseKey, rule, c.reason, c.at, typeof c.by === 'string' ? c.by : undefined);
      sealed++;
    }
  }
  await browser.storage.local.remove(UNSEALED_KEY);
  return sealed;
}
