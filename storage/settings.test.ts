// The settings in force as IT sets them by policy: what is fixed is read-only and never saved
// over, a locked pack is a plain flag, and a locked import sets custom packs aside.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from './settings';

const ourPack = { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' as const }] };

beforeEach(() => fakeBrowser.reset());

describe('the pack choice', () => {
  it('is free with no policy', async () => {
    expect(await loadSettings()).toMatchObject({ pack: 'auto', packLocked: false, managed: [] });
    await saveSettings({ pack: 'nct-good-practice' });
    expect(await loadSettings()).toMatchObject({ pack: 'nct-good-practice', packLocked: false });
  });

  it('is locked to the pack the policy sets, and a choice made here is not saved over it', async () => {
    await fakeBrowser.storage.managed.set({ pack: 'nct-good-practice' });
    await saveSettings({ pack: 'scottish-practice-guide', collapsed: true });
    expect(await loadSettings()).toMatchObject({ pack: 'nct-good-practice', packLocked: true, policyPack: 'nct-good-practice', collapsed: true });
    expect((await loadSettings()).managed).toContain('pack');
  });

  it('is locked to each system’s default by lockPack alone', async () => {
    await saveSettings({ pack: 'nct-good-practice' });
    await fakeBrowser.storage.managed.set({ lockPack: true });
    const s = await loadSettings();
    expect(s).toMatchObject({ pack: 'auto', packLocked: true });
    expect(s.policyPack).toBeUndefined();
  });

  it('starts at the policy’s pack with lockPack false, and the practitioner may change it', async () => {
    await fakeBrowser.storage.managed.set({ pack: 'nct-good-practice', lockPack: false });
    await saveSettings({ collapsed: true });
    expect(await loadSettings()).toMatchObject({ pack: 'nct-good-practice', packLocked: false, policyPack: 'nct-good-practice' });
    await saveSettings({ pack: 'scottish-practice-guide' });
    const s = await loadSettings();
    expect(s).toMatchObject({ pack: 'scottish-practice-guide', packLocked: false });
    expect(s.policyPack).toBeUndefined();
  });
});

describe('custom packs', () => {
  it('are set aside while import is locked, kept for when it is lifted', async () => {
    await saveSettings({ customPacks: [ourPack] });
    await fakeBrowser.storage.managed.set({ lockCustomPacks: true });
    expect(await loadSettings()).toMatchObject({ customPacks: [] });
    expect((await loadSettings()).managed).toContain('customPacks');
    await saveSettings({ customPacks: [ourPack, { ...ourPack, id: 'another' }] });
    await fakeBrowser.storage.managed.clear();
    expect((await loadSettings()).customPacks).toEqual([ourPack]);
  });
});
