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
import { seal } from './device-key';
import { deleteAllDrafts, deleteDraft, deleteDraftOf, listDrafts, loadDraft, openDrafts, purgeExpired, resetStoreHandles, saveDraft, type DraftContent, type DraftRef } from './drafts';

const FAMILY: DraftRef = { document: 'closing-summary', part: 'family' };
const LETTER: DraftRef = { document: 'professional-letter', part: 'professional:sanjay mehta' };

const content = (text: string, ref: DraftRef = FAMILY, caseName: string | null = 'Ruby Ashcroft'): DraftContent => ({
  ref,
  caseName,
  label: ref === LETTER ? 'Letter to a professional – Sanjay Mehta' : 'Closing summary – Letter to the family',
  layout: 'letter',
  sections: [
    { id: 'greeting', title: 'Greeting', text: 'Dear Kerry,', base: 'Dear [name of parent or carer],' },
    { id: 'why-involved', title: 'Why we became involved', text, base: text },
  ],
});

const store = () => idb.createStore('closure-companion-drafts', 'drafts');

/** Everything IndexedDB holds, keys included, as text, to look for plaintext. */
async function rawDump(): Promise<string> {
  const all = await idb.entries(store());
  return JSON.stringify(all, (_, v) => (v instanceof ArrayBuffer ? Array.from(new Uint8Array(v)) : v instanceof Uint8Array ? Array.from(v) : v)) +
    all.map(([, v]) => (v && typeof v === 'object' && 'ciphertext' in v ? new TextDecoder().decode((v as { ciphertext: ArrayBuffer }).ciphertext) : '')).join('');
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoreHandles();
  quota.full = false;
});

describe('drafts', () => {
  it('saves and loads a draft per case and document part, keeping no plaintext at rest: not the text, the names, or what it is for', async () => {
    const saved = await saveDraft('mosaic:1', content('Zebra-crossing-phrase-8472 in the letter'), { now: '2026-11-20T10:00:00.000Z' });
    expect(saved).toEqual({ ok: true, revision: 1, updatedAt: '2026-11-20T10:00:00.000Z' });
    await saveDraft('mosaic:1', content('For the school', LETTER));
    expect(await loadDraft('mosaic:1', FAMILY)).toMatchObject({ ok: true, draft: { sections: [{ text: 'Dear Kerry,' }, { text: 'Zebra-crossing-phrase-8472 in the letter' }], caseName: 'Ruby Ashcroft', revision: 1 } });
    expect(await loadDraft('mosaic:1', LETTER)).toMatchObject({ ok: true, draft: { ref: LETTER, sections: [{}, { text: 'For the school' }] } });
    expect(await loadDraft('mosaic:2', LETTER)).toEqual({ ok: true, draft: null });
    const raw = await rawDump();
    for (const secret of ['Zebra-crossing-phrase-8472', 'Dear Kerry', 'Ruby', 'sanjay', 'Sanjay', 'professional-letter', 'family']) expect(raw).not.toContain(secret);
    expect((await idb.keys(store())).map(String).every((k) => /^mosaic:1#[0-9a-f]{32}$/.test(k))).toBe(true);
  });

  it('keeps the keys out of reach: neither can be exported', async () => {
    await saveDraft('mosaic:1', content('x'));
    const keys = idb.createStore('closure-companion-keys', 'keys');
    for (const name of ['draft-key', 'tag-key']) {
      const key = await idb.get<CryptoKey>(name, keys);
      expect(key?.extractable, name).toBe(false);
      await expect(crypto.subtle.exportKey('raw', key!)).rejects.toThrow();
    }
  });

  it('will not open a ciphertext moved to another case or another part, and sets it aside with a message', async () => {
    await saveDraft('mosaic:1', content('first case'));
    const [id] = (await idb.keys(store())).map(String);
    const stolen = await idb.get<Record<string, unknown>>(id!, store());
    await saveDraft('mosaic:2', content('second case'));
    const [other] = (await idb.keys(store())).map(String).filter((k) => k !== id);
    await idb.set(other!, { ...stolen, caseKey: 'mosaic:2' }, store());
    const loaded = await loadDraft('mosaic:2', FAMILY, '2026-11-20T10:00:00.000Z');
    expect(loaded).toMatchObject({ ok: false, kind: 'corrupt' });
    expect((await idb.keys(store())).map(String)).toContain(`quarantine:${other}:2026-11-20T10:00:00.000Z`);
    expect(await loadDraft('mosaic:1', FAMILY)).toMatchObject({ ok: true, draft: { sections: [{}, { text: 'first case' }] } });
  });

  it('sets aside a corrupt ciphertext without crashing', async () => {
    await saveDraft('mosaic:1', content('text'));
    const [id] = (await idb.keys(store())).map(String);
    const stored = await idb.get<{ ciphertext: ArrayBuffer }>(id!, store());
    const bytes = new Uint8Array(stored!.ciphertext.slice(0));
    bytes[0] = bytes[0]! ^ 0xff;
    await idb.set(id!, { ...stored, ciphertext: bytes.buffer }, store());
    const loaded = await loadDraft('mosaic:1', FAMILY);
    expect(loaded).toMatchObject({ ok: false, kind: 'corrupt' });
    expect((loaded as { message: string }).message).toMatch(/set aside/);
    expect(await loadDraft('mosaic:1', FAMILY)).toEqual({ ok: true, draft: null });
  });

  it('a missing key (cleared) makes old drafts unreadable: set aside, and new drafts work', async () => {
    await saveDraft('mosaic:1', content('old'));
    await idb.del('draft-key', idb.createStore('closure-companion-keys', 'keys'));
    expect(await loadDraft('mosaic:1', FAMILY)).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(await saveDraft('mosaic:1', content('new'))).toMatchObject({ ok: true });
    expect(await loadDraft('mosaic:1', FAMILY)).toMatchObject({ ok: true, draft: { sections: [{}, { text: 'new' }] } });
  });

  it('leaves a draft from a newer version alone, with a message', async () => {
    await saveDraft('mosaic:1', content('mine'));
    const [id] = (await idb.keys(store())).map(String);
    await idb.set(id!, { version: 99, caseKey: 'mosaic:1', revision: 3, updatedAt: 'x' }, store());
    expect(await loadDraft('mosaic:1', FAMILY)).toMatchObject({ ok: false, kind: 'newer' });
    expect(await saveDraft('mosaic:1', content('mine'))).toMatchObject({ ok: false, kind: 'newer' });
    expect(await idb.get(id!, store())).toMatchObject({ version: 99 });
  });

  it('says the store is full and keeps nothing half-written when the quota is exceeded', async () => {
    await saveDraft('mosaic:1', content('before'));
    quota.full = true;
    const result = await saveDraft('mosaic:1', content('text'));
    quota.full = false;
    expect(await loadDraft('mosaic:1', FAMILY)).toMatchObject({ ok: true, draft: { sections: [{}, { text: 'before' }] } });
    expect(result).toMatchObject({ ok: false, kind: 'full' });
    expect((result as { message: string }).message).toMatch(/storage is full/);
  });

  it('does not lose a newer save from another tab: the second writer gets the newer text back', async () => {
    await saveDraft('mosaic:1', content('start'));
    const tabA = await saveDraft('mosaic:1', content('from tab A'), { expectedRevision: 1 });
    expect(tabA).toMatchObject({ ok: true, revision: 2 });
    const tabB = await saveDraft('mosaic:1', content('from tab B'), { expectedRevision: 1 });
    expect(tabB).toMatchObject({ ok: false, kind: 'conflict', revision: 2, newer: { sections: [{}, { text: 'from tab A' }] } });
    // Another part of the same case is another draft: no conflict between them.
    expect(await saveDraft('mosaic:1', content('letter', LETTER), { expectedRevision: 0 })).toMatchObject({ ok: true, revision: 1 });
  });

  it('purges drafts not saved for 30 days, keeps younger ones, lists without decrypting, and deletes one or all', async () => {
    await saveDraft('mosaic:old', content('a'), { now: '2026-10-20T09:00:00.000Z' });
    await saveDraft('mosaic:young', content('b'), { now: '2026-10-22T09:00:00.000Z' });
    await saveDraft('mosaic:young', content('c', LETTER), { now: '2026-10-23T09:00:00.000Z' });
    expect(await purgeExpired('2026-11-20T10:00:00.000Z')).toBe(1);
    const listed = await listDrafts();
    expect(listed.map((d) => [d.caseKey, d.updatedAt])).toEqual([['mosaic:young', '2026-10-23T09:00:00.000Z'], ['mosaic:young', '2026-10-22T09:00:00.000Z']]);
    await deleteDraft(listed[0]!.id);
    await deleteDraftOf('mosaic:young', FAMILY);
    expect(await listDrafts()).toEqual([]);
    await saveDraft('x:1', content('d'));
    await deleteAllDrafts();
    expect(await listDrafts()).toEqual([]);
  });

  it('opens the drafts for the drafts list with the sealed name and label, and lists one that cannot be opened as such', async () => {
    await saveDraft('mosaic:1', content('a'), { now: '2026-11-20T09:00:00.000Z' });
    await saveDraft('mosaic:1', content('b', LETTER), { now: '2026-11-20T10:00:00.000Z' });
    await saveDraft('mosaic:2', content('c', FAMILY, null), { now: '2026-11-20T11:00:00.000Z' });
    const ids = (await idb.keys(store())).map(String);
    const bad = ids.find((k) => k.startsWith('mosaic:2'))!;
    await idb.set(bad, { ...(await idb.get<object>(bad, store())), iv: new Uint8Array(12) }, store());
    expect((await openDrafts()).map((d) => (d.readable ? [d.caseKey, d.caseName, d.label, d.ref.part] : [d.caseKey, 'unreadable']))).toEqual([
      ['mosaic:2', 'unreadable'],
      ['mosaic:1', 'Ruby Ashcroft', 'Letter to a professional – Sanjay Mehta', 'professional:sanjay mehta'],
      ['mosaic:1', 'Ruby Ashcroft', 'Closing summary – Letter to the family', 'family'],
    ]);
    expect((await openDrafts('mosaic:1')).length).toBe(2);
  });
});

describe('drafts kept by version 1', () => {
  /** A draft as version 1 kept it: the three versions under the bare case key, sealed to it. */
  async function v1(caseKey: string, versions: Record<string, string>, updatedAt = '2026-11-19T08:00:00.000Z') {
    await idb.set(caseKey, { version: 1, caseKey, revision: 4, updatedAt, ...(await seal({ versions }, caseKey)) }, store());
  }

  it('become one draft per version, each text kept whole, and the old entry goes', async () => {
    await v1('mosaic:2071534', { record: 'Who and when\nRuby (9).', family: 'Dear Gemma, we are closing.', child: 'Hi Ruby.' });
    const loaded = await loadDraft('mosaic:2071534', { document: 'closing-summary', part: 'child:2071534' });
    expect(loaded).toMatchObject({ ok: true, draft: { revision: 4, updatedAt: '2026-11-19T08:00:00.000Z', sections: [{ id: 'earlier-draft', text: 'Hi Ruby.', base: '' }] } });
    expect(await loadDraft('mosaic:2071534', { document: 'closing-summary', part: 'record' })).toMatchObject({ ok: true, draft: { sections: [{ text: 'Who and when\nRuby (9).' }] } });
    expect(await loadDraft('mosaic:2071534', FAMILY)).toMatchObject({ ok: true, draft: { sections: [{ text: 'Dear Gemma, we are closing.' }] } });
    expect(await idb.get('mosaic:2071534', store())).toBeUndefined();
    expect(await rawDump()).not.toContain('Gemma');
  });

  it('are brought up to date when the drafts are listed, too, and a damaged one is set aside', async () => {
    await v1('care-assess:9', { record: 'R', family: '', child: '' });
    await idb.set('care-assess:10', { version: 1, caseKey: 'care-assess:10', revision: 1, updatedAt: 'x', iv: new Uint8Array(12), ciphertext: new ArrayBuffer(20) }, store());
    expect((await listDrafts('2026-11-20T10:00:00.000Z')).map((d) => d.caseKey)).toEqual(['care-assess:9']);
    expect((await idb.keys(store())).map(String)).toContain('quarantine:care-assess:10:2026-11-20T10:00:00.000Z');
  });
});
