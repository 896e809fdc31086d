/** The practitioner's settings, in the extension's own local storage (versioned from day one). */
import { browser } from 'wxt/browser';

export interface Settings {
  version: 1;
  /** 'auto' (each host system's default pack) or a pack id. */
  pack: string;
  /** Whether the panel is collapsed to its tab. */
  collapsed: boolean;
}

const DEFAULTS: Settings = { version: 1, pack: 'auto', collapsed: false };
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULTS, ...(stored && typeof stored === 'object' ? stored : {}), version: 1 };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change (from any page). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
