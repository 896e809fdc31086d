/**
 * Items a practitioner confirmed by hand, with their reason: kept in the extension's
 * own storage (never the host page's). Shown apart from `met`, never counted as evidence.
 */
import { browser } from 'wxt/browser';

export interface Confirmation {
  reason: string;
  /** ISO date-time of the confirmation. */
  at: string;
}

/** Confirmations of one case, by rule id. */
export type CaseConfirmations = Record<string, Confirmation>;

const KEY = 'confirmations';
/** The longest reason kept: a short note, not a case record. */
export const MAX_REASON_LENGTH = 500;

type Stored = { version: 1; cases: Record<string, CaseConfirmations> };

/** Read once per worker and kept in step: the overlay is re-evaluated on every page change. */
let cache: Promise<Stored> | undefined;

async function loadAll(): Promise<Stored> {
  cache ??= browser.storage.local.get(KEY).then((got: Record<string, unknown>) => {
    const stored = got[KEY] as Stored | undefined;
    return stored?.version === 1 && stored.cases && typeof stored.cases === 'object' ? stored : { version: 1, cases: {} };
  });
  return structuredClone(await cache);
}

export async function loadConfirmations(caseKey: string): Promise<CaseConfirmations> {
  return (await loadAll()).cases[caseKey] ?? {};
}

/** Records (or, with an empty reason, removes) a confirmation by hand. */
export async function setConfirmation(caseKey: string, rule: string, reason: string, at: string): Promise<CaseConfirmations> {
  const all = await loadAll();
  const forCase = { ...(all.cases[caseKey] ?? {}) };
  const trimmed = reason.trim().slice(0, MAX_REASON_LENGTH);
  if (trimmed) forCase[rule] = { reason: trimmed, at };
  else delete forCase[rule];
  all.cases[caseKey] = forCase;
  cache = Promise.resolve(all);
  await browser.storage.local.set({ [KEY]: all });
  return forCase;
}
