/**
 * Closing-summary drafts, on this device only: the extension's own IndexedDB (this module
 * runs in the service worker and extension pages, never in a content script, whose
 * IndexedDB would belong to the host site), sealed with the device key (device-key.ts).
 * Every fault comes back as a result with a plain message: the practitioner's text stays in
 * the editor whatever happens here.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { resetKeyStore, seal, unseal } from './device-key';

export const DRAFT_VERSION = 1;
export const DEFAULT_RETENTION_DAYS = 30;
const QUARANTINE = 'quarantine:';

export interface DraftContent {
  versions: { record: string; family: string; child: string };
}

/** The shape kept in IndexedDB: nothing readable but the case key and the times. */
interface StoredDraft {
  version: number;
  caseKey: string;
  revision: number;
  updatedAt: string;
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

export type DraftFault = { ok: false; kind: 'full' | 'corrupt' | 'newer' | 'unavailable'; message: string };
export type Saved = { ok: true; revision: number; updatedAt: string };
export type Conflict = { ok: false; kind: 'conflict'; message: string; newer: DraftContent; revision: number; updatedAt: string };
export type Loaded = { ok: true; draft: (DraftContent & { revision: number; updatedAt: string }) | null };

let drafts: UseStore | undefined;
// The extension's own origin: this module never runs in a content script.
const db = () => (drafts ??= createStore('closure-companion-drafts', 'drafts'));

/** Only for tests: forget the store handles (fake-indexeddb is reset between tests). */
export function resetStoreHandles(): void {
  drafts = undefined;
  resetKeyStore();
}

async function decrypt(stored: StoredDraft, caseKey: string): Promise<DraftContent> {
  const parsed = (await unseal(stored, caseKey)) as DraftContent;
  if (!parsed?.versions || typeof parsed.versions.record !== 'string') throw new Error('unexpected draft shape');
  return parsed;
}

/** Stored shapes of older versions, brought up to date (none yet: version 1 is the first). */
const MIGRATIONS: Record<number, (old: StoredDraft) => StoredDraft> = {};

function migrate(stored: StoredDraft): StoredDraft {
  let current = stored;
  while (current.version < DRAFT_VERSION) {
    const step = MIGRATIONS[current.version];
    if (!step) throw new Error(`no migration from version ${current.version}`);
    current = step(current);
  }
  return current;
}

function isQuota(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}

function fault(kind: DraftFault['kind'], message: string): DraftFault {
  return { ok: false, kind, message };
}

/** Moves an entry that cannot be read out of the way, so it neither blocks nor is lost. */
async function setAside(caseKey: string, stored: unknown, now: string): Promise<void> {
  await set(`${QUARANTINE}${caseKey}:${now}`, stored, db());
  await del(caseKey, db());
}

export async function loadDraft(caseKey: string, now = new Date().toISOString()): Promise<Loaded | DraftFault> {
  let stored: StoredDraft | undefined;
  try {
    stored = await get<StoredDraft>(caseKey, db());
  } catch {
    return fault('unavailable', 'Saved drafts cannot be opened on this device just now. Your text is still here: copy it before closing this page.');
  }
  if (!stored) return { ok: true, draft: null };
  if (typeof stored.version !== 'number' || stored.version > DRAFT_VERSION) {
    return fault('newer', 'This draft was saved by a newer version of Closure Companion. It has been left as it is; update the extension to open it.');
  }
  try {
    const current = migrate(stored);
    const content = await decrypt(current, caseKey);
    return { ok: true, draft: { ...content, revision: current.revision, updatedAt: current.updatedAt } };
  } catch {
    await setAside(caseKey, stored, now).catch(() => undefined);
    return fault('corrupt', 'The saved draft for this case could not be read (it may be damaged, or its key was cleared), so it has been set aside. You can start a new draft.');
  }
}

/**
 * Saves a draft. With `expectedRevision`, a newer revision saved meanwhile (another tab) is
 * not overwritten: the result hands back the newer text so the editor can offer both.
 */
export async function saveDraft(caseKey: string, content: DraftContent, options: { expectedRevision?: number; now?: string } = {}): Promise<Saved | Conflict | DraftFault> {
  const now = options.now ?? new Date().toISOString();
  try {
    const existing = await get<StoredDraft>(caseKey, db());
    if (existing && existing.version > DRAFT_VERSION) return fault('newer', 'A newer version of Closure Companion saved this draft; update the extension before saving over it.');
    if (existing && options.expectedRevision !== undefined && existing.revision > options.expectedRevision) {
      const newer = await decrypt(migrate(existing), caseKey).catch(() => null);
      if (newer) {
        return { ok: false, kind: 'conflict', message: 'This draft was changed in another tab or window. The newer text is shown; your text here is kept so you can copy what you need.', newer, revision: existing.revision, updatedAt: existing.updatedAt };
      }
    }
    const { iv, ciphertext } = await seal(content, caseKey);
    const revision = (existing?.revision ?? 0) + 1;
    const record: StoredDraft = { version: DRAFT_VERSION, caseKey, revision, updatedAt: now, iv, ciphertext };
    await set(caseKey, record, db());
    return { ok: true, revision, updatedAt: now };
  } catch (error) {
    if (isQuota(error)) return fault('full', 'This device’s storage is full, so the draft was not saved. Your text is still here: copy it into the case note, or free some space and try again.');
    return fault('unavailable', 'The draft could not be saved just now. Your text is still here: copy it before closing this page.');
  }
}

export async function deleteDraft(caseKey: string): Promise<void> {
  await del(caseKey, db());
}

/** Every draft and set-aside entry. */
export async function deleteAllDrafts(): Promise<void> {
  for (const [key] of await entries(db())) await del(key, db());
}

/** The drafts kept, newest first, without decrypting anything. */
export async function listDrafts(): Promise<{ caseKey: string; updatedAt: string }[]> {
  const all = await entries<string, StoredDraft>(db());
  return all
    .filter(([key]) => !String(key).startsWith(QUARANTINE))
    .map(([, d]) => ({ caseKey: d.caseKey, updatedAt: d.updatedAt }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Deletes drafts (and set-aside entries) not saved for `days` days. Returns how many went. */
export async function purgeExpired(now: string, days = DEFAULT_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(Date.parse(now) - days * 86_400_000).toISOString();
  let purged = 0;
  for (const [key, value] of await entries<string, StoredDraft>(db())) {
    const updatedAt = String(key).startsWith(QUARANTINE) ? String(key).split(':').slice(-3).join(':') : value?.updatedAt;
    if (!updatedAt || updatedAt < cutoff) {
      await del(key, db());
      purged++;
    }
  }
  return purged;
}
