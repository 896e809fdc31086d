import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as idb from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A store that runs out of room on demand.
const quota = vi.hoisted(() => ({ full: false }));
vi.mock('idb-keyval', async (importOriginal) => {
  const real = await importOriginal<typeof import('idb-keyval')>();
  return {
    ...real,
    set: (...args: Parameters<typeof real.set>) =>
      quota.full ? Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })) : real.set(...args),
  };
});
import { deleteAllDrafts, deleteDraft, listDrafts, loadDraft, purgeExpired, resetStoreHandles, saveDraft, type DraftContent } from './drafts';

const content = (record: string): DraftContent => ({ versions: { record, family: 'Dear Kerry', child: 'Hello Maisie' } });

/** Everything IndexedDB holds, as text, to look for plaintext. */
async function rawDump(): Promise<string> {
  const store = idb.createStore('closure-companion-drafts', 'drafts');
  const all = await idb.entries(store);
  return JSON.stringify(all, (_, v) => (v instanceof ArrayBuffer ? Array.from(new Uint8Array(v)) : v instanceof Uint8Array ? Array.from(v) : v)) +
    all.map(([, v]) => (v && typeof v === 'object' && 'ciphertext' in v ? new TextDecoder().decode((v as { ciphertext: ArrayBuffer }).ciphertext) : '')).join('');
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoreHandles();
  quota.full = false;
});

describe('drafts', () => {
  it('saves and loads a draft, keeping no plaintext at rest', async () => {
    const saved = await saveDraft('mosaic:1', content('Zebra-crossing-phrase-8472 in the summary'), { now: '2026-11-20T10:00:00.000Z' });
    expect(saved).toEqual({ ok: true, revision: 1, updatedAt: '2026-11-20T10:00:00.000Z' });
    const loaded = await loadDraft('mosaic:1');
    expect(loaded).toMatchObject({ ok: true, draft: { versions: { record: 'Zebra-crossing-phrase-8472 in the summary' }, revision: 1 } });
    const raw = await rawDump();
    expect(raw).not.toContain('Zebra-crossing-phrase-8472');
    expect(raw).not.toContain('Dear Kerry');
  });

  it('keeps the key out of reach: it cannot be exported', async () => {
    await saveDraft('mosaic:1', content('x'));
    const key = await idb.get<CryptoKey>('draft-key', idb.createStore('closure-companion-keys', 'keys'));
    expect(key?.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key!)).rejects.toThrow();
  });

  it('will not open a ciphertext moved to another case, and sets it aside with a message', async () => {
    await saveDraft('mosaic:1', content('first case'));
    const store = idb.createStore('closure-companion-drafts', 'drafts');
    const stolen = await idb.get<Record<string, unknown>>('mosaic:1', store);
    await idb.set('mosaic:2', { ...stolen }, store);
    const loaded = await loadDraft('mosaic:2', '2026-11-20T10:00:00.000Z');
    expect(loaded).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(await listDrafts()).toEqual([expect.objectContaining({ caseKey: 'mosaic:1' })]);
    expect((await idb.keys(store)).map(String)).toContain('quarantine:mosaic:2:2026-11-20T10:00:00.000Z');
  });

  it('sets aside a corrupt ciphertext without crashing', async () => {
    await saveDraft('mosaic:1', content('text'));
    const store = idb.createStore('closure-companion-drafts', 'drafts');
    const stored = await idb.get<{ ciphertext: ArrayBuffer }>('mosaic:1', store);
    const bytes = new Uint8Array(stored!.ciphertext.slice(0));
    bytes[0] = bytes[0]! ^ 0xff;
    await idb.set('mosaic:1', { ...stored, ciphertext: bytes.buffer }, store);
    const loaded = await loadDraft('mosaic:1');
    expect(loaded).toMatchObject({ ok: false, kind: 'corrupt' });
    expect((loaded as { message: string }).message).toMatch(/set aside/);
    expect(await loadDraft('mosaic:1')).toEqual({ ok: true, draft: null });
  });

  it('a missing key (cleared) makes old drafts unreadable: set aside, and new drafts work', async () => {
    await saveDraft('mosaic:1', content('old'));
    await idb.clear(idb.createStore('closure-companion-keys', 'keys'));
    expect(await loadDraft('mosaic:1')).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(await saveDraft('mosaic:1', content('new'))).toMatchObject({ ok: true });
    expect(await loadDraft('mosaic:1')).toMatchObject({ ok: true, draft: { versions: { record: 'new' } } });
  });

  it('leaves a draft from a newer version alone, with a message', async () => {
    const store = idb.createStore('closure-companion-drafts', 'drafts');
    await idb.set('mosaic:1', { version: 99, caseKey: 'mosaic:1', revision: 3, updatedAt: 'x' }, store);
    expect(await loadDraft('mosaic:1')).toMatchObject({ ok: false, kind: 'newer' });
    expect(await saveDraft('mosaic:1', content('mine'))).toMatchObject({ ok: false, kind: 'newer' });
    expect(await idb.get('mosaic:1', store)).toMatchObject({ version: 99 });
  });

  it('says the store is full and keeps nothing half-written when the quota is exceeded', async () => {
    await saveDraft('mosaic:1', content('before'));
    quota.full = true;
    const result = await saveDraft('mosaic:1', content('text'));
    quota.full = false;
    expect(await loadDraft('mosaic:1')).toMatchObject({ ok: true, draft: { versions: { record: 'before' } } });
    expect(result).toMatchObject({ ok: false, kind: 'full' });
    expect((result as { message: string }).message).toMatch(/storage is full/);
  });

  it('does not lose a newer save from another tab: the second writer gets the newer text back', async () => {
    await saveDraft('mosaic:1', content('start'));
    const tabA = await saveDraft('mosaic:1', content('from tab A'), { expectedRevision: 1 });
    expect(tabA).toMatchObject({ ok: true, revision: 2 });
    const tabB = await saveDraft('mosaic:1', content('from tab B'), { expectedRevision: 1 });
    expect(tabB).toMatchObject({ ok: false, kind: 'conflict', revision: 2, newer: { versions: { record: 'from tab A' } } });
    expect(await loadDraft('mosaic:1')).toMatchObject({ ok: true, draft: { versions: { record: 'from tab A' } } });
  });

  it('purges drafts not saved for 30 days, keeps younger ones, and lists without decrypting', async () => {
    await saveDraft('mosaic:old', content('a'), { now: '2026-10-20T09:00:00.000Z' });
    await saveDraft('mosaic:young', content('b'), { now: '2026-10-22T09:00:00.000Z' });
    expect(await purgeExpired('2026-11-20T10:00:00.000Z')).toBe(1);
    expect(await listDrafts()).toEqual([{ caseKey: 'mosaic:young', updatedAt: '2026-10-22T09:00:00.000Z' }]);
    await deleteDraft('mosaic:young');
    expect(await listDrafts()).toEqual([]);
    await saveDraft('x:1', content('c'));
    await deleteAllDrafts();
    expect(await listDrafts()).toEqual([]);
  });
});
