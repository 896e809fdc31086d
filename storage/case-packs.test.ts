import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCasePack, purgeExpiredCasePacks, resetCasePacks, setCasePack } from './case-packs';

beforeEach(() => {
  fakeBrowser.reset();
  resetCasePacks();
});

describe('the pack chosen for one case', () => {
  it('is remembered for that case only, across a restart of the worker', async () => {
    await setCasePack('mosaic:2071534', 'nct-good-practice', '2026-11-20T10:00:00.000Z');
    resetCasePacks();
    expect(await loadCasePack('mosaic:2071534')).toBe('nct-good-practice');
    expect(await loadCasePack('mosaic:2071535')).toBeUndefined();
  });

  it('goes back to the default for cases when "auto" is chosen', async () => {
    await setCasePack('mosaic:1', 'nct-good-practice', '2026-11-20T10:00:00.000Z');
    await setCasePack('mosaic:1', 'auto', '2026-11-20T11:00:00.000Z');
    expect(await loadCasePack('mosaic:1')).toBeUndefined();
  });

  it('is purged with the drafts’ retention', async () => {
    await setCasePack('mosaic:old', 'nct-good-practice', '2026-10-01T10:00:00.000Z');
    await setCasePack('mosaic:new', 'nct-good-practice', '2026-11-15T10:00:00.000Z');
    expect(await purgeExpiredCasePacks('2026-11-20T10:00:00.000Z', 30)).toBe(1);
    resetCasePacks();
    expect(await loadCasePack('mosaic:old')).toBeUndefined();
    expect(await loadCasePack('mosaic:new')).toBe('nct-good-practice');
  });

  it('reads a damaged or newer entry as no choice', async () => {
    await fakeBrowser.storage.local.set({ casePacks: { version: 99, cases: { 'mosaic:1': { pack: 'x', at: '2026-11-20' } } } });
    expect(await loadCasePack('mosaic:1')).toBeUndefined();
    resetCasePacks();
    await fakeBrowser.storage.local.set({ casePacks: 'garbage' });
    expect(await loadCasePack('mosaic:1')).toBeUndefined();
  });
});
