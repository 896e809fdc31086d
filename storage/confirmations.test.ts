import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as idb from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetKeyStore } from './device-key';
import { loadConfirmations, purgeExpiredConfirmations, resetConfirmations, sealEarlierConfirmations, setConfirmation } from './confirmations';

const store = () => idb.createStore('closure-companion-confirmations', 'confirmations');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetKeyStore();
  resetConfirmations();
  fakeBrowser.reset();
});

describe('confirmations by hand', () => {
  it('keeps a reason sealed: nothing readable at rest', async () => {
    await setConfirmation('mosaic:1', 'family-informed', 'Told Kerry-Ann-Quokka-5521 by phone', '2026-11-20T10:00:00.000Z');
    resetConfirmations();
    expect(await loadConfirmations('mosaic:1')).toEqual({ 'family-informed': { reason: 'Told Kerry-Ann-Quokka-5521 by phone', at: '2026-11-20T10:00:00.000Z' } });
    const raw = await idb.get<{ ciphertext: ArrayBuffer }>('mosaic:1', store());
    expect(JSON.stringify(raw)).not.toContain('Quokka');
    expect(new TextDecoder().decode(raw!.ciphertext)).not.toContain('Quokka');
  });

  it('keeps who confirmed, as the case system named them, sealed with the reason', async () => {
    await setConfirmation('mosaic:1', 'family-informed', 'By phone', '2026-11-20T10:00:00.000Z', 'Daniel Quokka-Frost');
    resetConfirmations();
    expect(await loadConfirmations('mosaic:1')).toEqual({ 'family-informed': { reason: 'By phone', at: '2026-11-20T10:00:00.000Z', by: 'Daniel Quokka-Frost' } });
    expect(JSON.stringify(await idb.get('mosaic:1', store()))).not.toContain('Quokka');
  });

  it('an empty reason removes the confirmation, and the last one removes the entry', async () => {
    await setConfirmation('mosaic:1', 'family-informed', 'By phone', '2026-11-20T10:00:00.000Z');
    await setConfirmation('mosaic:1', 'family-informed', '   ', '2026-11-20T11:00:00.000Z');
    expect(await loadConfirmations('mosaic:1')).toEqual({});
    expect(await idb.keys(store())).toEqual([]);
  });

  it('reads a damaged, moved or newer entry as no confirmation (the safe side) and leaves it in place', async () => {
    await setConfirmation('mosaic:1', 'family-informed', 'By phone', '2026-11-20T10:00:00.000Z');
    const stored = await idb.get<Record<string, unknown>>('mosaic:1', store());
    await idb.set('mosaic:2', stored, store()); // moved to another case
    await idb.set('mosaic:3', { ...stored, ciphertext: new Uint8Array([1, 2, 3]).buffer }, store()); // damaged
    await idb.set('mosaic:4', { ...stored, version: 99 }, store()); // newer
    resetConfirmations();
    for (const key of ['mosaic:2', 'mosaic:3', 'mosaic:4']) expect(await loadConfirmations(key)).toEqual({});
    expect((await idb.keys(store())).length).toBe(4);
  });

  it('a cleared key makes old confirmations unreadable, never wrongly readable', async () => {
    await setConfirmation('mosaic:1', 'family-informed', 'By phone', '2026-11-20T10:00:00.000Z');
    await idb.clear(idb.createStore('closure-companion-keys', 'keys'));
    resetKeyStore();
    resetConfirmations();
    expect(await loadConfirmations('mosaic:1')).toEqual({});
  });

  it('a reason is kept short', async () => {
    const kept = await setConfirmation('mosaic:1', 'family-informed', 'x'.repeat(2000), '2026-11-20T10:00:00.000Z');
    expect(kept['family-informed']!.reason).toHaveLength(500);
  });

  it('is purged with drafts when not touched for the retention period', async () => {
    await setConfirmation('mosaic:1', 'family-informed', 'Old', '2026-10-01T10:00:00.000Z');
    await setConfirmation('mosaic:2', 'family-informed', 'Recent', '2026-11-19T10:00:00.000Z');
    expect(await purgeExpiredConfirmations('2026-11-20T10:00:00.000Z', 30)).toBe(1);
    expect(await loadConfirmations('mosaic:1')).toEqual({});
    expect(Object.keys(await loadConfirmations('mosaic:2'))).toEqual(['family-informed']);
  });

  it('seals what an earlier version kept in plain text, and removes the plain copy', async () => {
    await fakeBrowser.storage.local.set({ confirmations: { version: 1, cases: { 'mosaic:7': { 'family-informed': { reason: 'Told Quokka-mum by phone', at: '2026-11-18T09:00:00.000Z' } } } } });
    expect(await sealEarlierConfirmations()).toBe(1);
    expect(await fakeBrowser.storage.local.get('confirmations')).toEqual({});
    resetConfirmations();
    expect(await loadConfirmations('mosaic:7')).toEqual({ 'family-informed': { reason: 'Told Quokka-mum by phone', at: '2026-11-18T09:00:00.000Z' } });
    expect(JSON.stringify(await idb.get('mosaic:7', store()))).not.toContain('Quokka');
    expect(await sealEarlierConfirmations()).toBe(0);
  });
});
