/**
 * Drafts of the closure documents, on this device only: the extension's own IndexedDB (this
 * module runs in the service worker and extension pages, never in a content script, whose
 * IndexedDB would belong to the host site), sealed with the device key (device-key.ts). One
 * draft per case and document part (a version, or the person it is written to), stored under
 * a tag that names neither: in plain text there is only the case key and the save time.
 * Every fault comes back as a result with a plain message: the practitioner's text stays on
 * screen whatever happens here.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { deviceTag, resetKeyStore, seal, unseal, type Sealed } from './device-key';

export const DRAFT_VERSION = 2;
export const DEFAULT_RETENTION_DAYS = 30;
const QUARANTINE = 'quarantine:';

/** Which draft: a document, and the part of it (a version, or the person it is for). */
export interface DraftRef {
  document: string;
  part: string;
}

export interface DraftSectionText {
  id: string;
  title: string;
  text: string;
  /** What the record last filled it with (see drafting/refresh.ts). */
  base: string;
}

/** What is sealed: nothing of it is readable at rest. */
export interface DraftContent {
  ref: DraftRef;
  /** The child's name as the host page showed it, so the drafts list can say whose draft it is. */
  caseName: string | null;
  /** The document and part in words ("Closing summary – Letter to the family"). */
  label: string;
  /** How the sections join into one text (drafting/assemble.ts), so a draft reads the same wherever it is opened. */
  layout: 'headed' | 'letter';
  sections: DraftSectionText[];
}

/** The shape kept in IndexedDB: nothing readable but the case key and the times. */
interface StoredDraft extends Sealed {
  version: number;
  caseKey: string;
  revision: number;
  updatedAt: string;
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

/** Where a draft is kept: the case key and a tag of the part, bound into the ciphertext too. */
async function entryId(caseKey: string, ref: DraftRef): Promise<string> {
  return `${caseKey}#${await deviceTag(`${caseKey}\n${ref.document}\n${ref.part}`)}`;
}

function isContent(value: unknown): value is DraftContent {
  const c = value as DraftContent;
  return !!c && typeof c.ref?.document === 'string' && typeof c.ref.part === 'string' && typeof c.label === 'string' && (c.layout === 'headed' || c.layout === 'letter') && Array.isArray(c.sections) && c.sections.every((s) => typeof s?.id === 'string' && typeof s.text === 'string' && typeof s.base === 'string');
}

async function open(stored: StoredDraft, id: string): Promise<DraftContent> {
  const content = await unseal(stored, id);
  if (!isContent(content)) throw new Error('unexpected draft shape');
  return content;
}

/**
 * Version 1 kept one entry per case, under the case key, holding the closing summary's three
 * versions as whole texts. Each version becomes its own draft, its text kept whole as the
 * "earlier draft" (nothing is split by guesswork).
 */
const V1_PARTS = [
  { version: 'record', part: () => 'record', label: 'Closing summary – Case record' },
  { version: 'family', part: () => 'family', label: 'Closing summary – Letter to the family' },
  { version: 'child', part: (caseKey: string) => `child:${caseKey.slice(caseKey.indexOf(':') + 1)}`, label: 'Closing summary – For the child' },
] as const;

const MIGRATIONS: Record<number, (old: StoredDraft) => Promise<{ id: string; stored: StoredDraft }[]>> = {
  1: async (old) => {
    const content = (await unseal(old, old.caseKey)) as { versions?: Record<string, unknown> };
    if (!content?.versions || typeof content.versions.record !== 'string') throw new Error('unexpected draft shape');
    const out: { id: string; stored: StoredDraft }[] = [];
    for (const v of V1_PARTS) {
      const text = content.versions[v.version];
      if (typeof text !== 'string' || !text.trim()) continue;
      const ref = { document: 'closing-summary', part: v.part(old.caseKey) };
      const id = await entryId(old.caseKey, ref);
      const next: DraftContent = { ref, caseName: null, label: v.label, layout: v.version === 'record' ? 'headed' : 'letter', sections: [{ id: 'earlier-draft', title: 'Your earlier draft', text, base: '' }] };
      out.push({ id, stored: { version: DRAFT_VERSION, caseKey: old.caseKey, revision: old.revision, updatedAt: old.updatedAt, ...(await seal(next, id)) } });
    }
    return out;
  },
};

/** Brings an entry kept by an earlier version up to date, in place; a damaged one is set aside. */
async function upgrade(id: string, stored: StoredDraft, now: string): Promise<void> {
  if (typeof stored?.version !== 'number' || stored.version >= DRAFT_VERSION) return;
  const step = MIGRATIONS[stored.version];
  try {
    if (!step) throw new Error(`no migration from version ${stored.version}`);
    for (const next of await step(stored)) {
      // A draft already saved in the new shape for that part (another tab was quicker) wins.
      if (!(await get(next.id, db()))) await set(next.id, next.stored, db());
    }
    await del(id, db());
  } catch {
    await setAside(id, stored, now).catch(() => undefined);
  }
}

/** Version-1 entries of a case (kept under the bare case key), or of every case. */
async function upgradeEarlier(now: string, caseKey?: string): Promise<void> {
  const all = caseKey ? [[caseKey, await get<StoredDraft>(caseKey, db())] as const] : await entries<string, StoredDraft>(db());
  for (const [key, stored] of all) if (stored && !String(key).startsWith(QUARANTINE)) await upgrade(String(key), stored, now);
}

function isQuota(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}

function fault(kind: DraftFault['kind'], message: string): DraftFault {
  return { ok: false, kind, message };
}

/** Moves an entry that cannot be read out of the way, so it neither blocks nor is lost. */
async function setAside(id: string, stored: unknown, now: string): Promise<void> {
  await set(`${QUARANTINE}${id}:${now}`, stored, db());
  await del(id, db());
}

export async function loadDraft(caseKey: string, ref: DraftRef, now = new Date().toISOString()): Promise<Loaded | DraftFault> {
  let stored: StoredDraft | undefined;
  let id: string;
  try {
    await upgradeEarlier(now, caseKey);
    id = await entryId(caseKey, ref);
    stored = await get<StoredDraft>(id, db());
  } catch {
    return fault('unavailable', 'Saved drafts cannot be opened on this device just now. Your text is still here: copy it before closing this page.');
  }
  if (!stored) return { ok: true, draft: null };
  if (typeof stored.version !== 'number' || stored.version > DRAFT_VERSION) {
    return fault('newer', 'This draft was saved by a newer version of Closure Companion. It has been left as it is; update the extension to open it.');
  }
  try {
    const content = await open(stored, id);
    return { ok: true, draft: { ...content, revision: stored.revision, updatedAt: stored.updatedAt } };
  } catch {
    await setAside(id, stored, now).catch(() => undefined);
    return fault('corrupt', 'The saved draft could not be read (it may be damaged, or its key was cleared), so it has been set aside. You can start a new draft.');
  }
}

/**
 * Saves a draft. With `expectedRevision`, a newer revision saved meanwhile (another tab) is
 * not overwritten: the result hands back the newer text so the editor can offer both.
 */
export async function saveDraft(caseKey: string, content: DraftContent, options: { expectedRevision?: number; now?: string } = {}): Promise<Saved | Conflict | DraftFault> {
  const now = options.now ?? new Date().toISOString();
  try {
    const id = await entryId(caseKey, content.ref);
    const existing = await get<StoredDraft>(id, db());
    if (existing && existing.version > DRAFT_VERSION) return fault('newer', 'A newer version of Closure Companion saved this draft; update the extension before saving over it.');
    if (existing && options.expectedRevision !== undefined && existing.revision > options.expectedRevision) {
      const newer = await open(existing, id).catch(() => null);
      if (newer) {
        return { ok: false, kind: 'conflict', message: 'This draft was changed in another tab or window. The newer text is shown; your text here is kept so you can copy what you need.', newer, revision: existing.revision, updatedAt: existing.updatedAt };
      }
    }
    const revision = (existing?.revision ?? 0) + 1;
    const record: StoredDraft = { version: DRAFT_VERSION, caseKey, revision, updatedAt: now, ...(await seal(content, id)) };
    await set(id, record, db());
    return { ok: true, revision, updatedAt: now };
  } catch (error) {
    if (isQuota(error)) return fault('full', 'This device’s storage is full, so the draft was not saved. Your text is still here: copy it into the case note, or free some space and try again.');
    return fault('unavailable', 'The draft could not be saved just now. Your text is still here: copy it before closing this page.');
  }
}

/** Deletes one draft, by the id the drafts list gives. */
export async function deleteDraft(id: string): Promise<void> {
  await del(id, db());
}

/** Deletes the draft of one document part of a case. */
export async function deleteDraftOf(caseKey: string, ref: DraftRef): Promise<void> {
  await del(await entryId(caseKey, ref), db());
}

/** Every draft and set-aside entry. */
export async function deleteAllDrafts(): Promise<void> {
  for (const [key] of await entries(db())) await del(key, db());
}

export interface ListedDraft {
  id: string;
  caseKey: string;
  updatedAt: string;
}

/** The drafts kept, newest first, without decrypting anything. */
export async function listDrafts(now = new Date().toISOString()): Promise<ListedDraft[]> {
  await upgradeEarlier(now);
  const all = await entries<string, StoredDraft>(db());
  return all
    .filter(([key]) => !String(key).startsWith(QUARANTINE))
    .map(([key, d]) => ({ id: String(key), caseKey: d.caseKey, updatedAt: d.updatedAt }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export type OpenedDraft = ListedDraft & ({ readable: true; ref: DraftRef; caseName: string | null; label: string } | { readable: false });

/**
 * The drafts kept with what they are (opened here, on this device, for the drafts list and the
 * panel's insert choice), newest first; of one case when `caseKey` is given. One that cannot be
 * opened is listed as such, never dropped.
 */
export async function openDrafts(caseKey?: string, now = new Date().toISOString()): Promise<OpenedDraft[]> {
  const listed = (await listDrafts(now)).filter((d) => !caseKey || d.caseKey === caseKey);
  return Promise.all(
    listed.map(async (d): Promise<OpenedDraft> => {
      const stored = await get<StoredDraft>(d.id, db());
      const content = stored && stored.version === DRAFT_VERSION ? await open(stored, d.id).catch(() => null) : null;
      return content ? { ...d, readable: true, ref: content.ref, caseName: content.caseName, label: content.label } : { ...d, readable: false };
    }),
  );
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
