/**
 * The practitioner's settings, in the extension's own local storage (versioned from day one),
 * with the organisation's managed policy laid over them: a managed value always wins and
 * is shown read-only.
 */
import { browser } from 'wxt/browser';
import type { HostSystem } from '../record/schema';
import type { Pack } from '../rules/packs';

/** A council's own address of a case system, added at run time. */
export interface CaseSystemAddress {
  /** Origin, e.g. https://mosaic.example-council.gov.uk */
  origin: string;
  system: HostSystem;
}

export interface Settings {
  version: 1;
  /** 'auto' (each host system's default pack) or a pack id. */
  pack: string;
  /** Whether the panel is collapsed to its tab. */
  collapsed: boolean;
  /** Parameter overrides: pack id → rule id → parameter → value. */
  params: Record<string, Record<string, Record<string, number>>>;
  /** Days a draft is kept after it was last saved. */
  retentionDays: number;
  /** Packs imported by a practice lead (validated on import and on use). */
  customPacks: Pack[];
  addresses: CaseSystemAddress[];
}

/** Settings the organisation may set by policy (see public/managed-schema.json). */
export const MANAGEABLE = ['pack', 'retentionDays', 'addresses', 'params'] as const;
export type Manageable = (typeof MANAGEABLE)[number];

export const DEFAULTS: Settings = { version: 1, pack: 'auto', collapsed: false, params: {}, retentionDays: 30, customPacks: [], addresses: [] };
const KEY = 'settings';

/** What the organisation has set, if anything (never fails: no policy means none). */
export async function loadManaged(): Promise<Partial<Pick<Settings, Manageable>>> {
  try {
    const managed = (await browser.storage.managed.get(null)) as Record<string, unknown>;
    const out: Partial<Pick<Settings, Manageable>> = {};
    if (typeof managed.pack === 'string') out.pack = managed.pack;
    if (typeof managed.retentionDays === 'number' && managed.retentionDays >= 1 && managed.retentionDays <= 365) out.retentionDays = Math.round(managed.retentionDays);
    if (Array.isArray(managed.addresses)) {
      out.addresses = managed.addresses.filter(
        (a): a is CaseSystemAddress => !!a && typeof a === 'object' && typeof (a as CaseSystemAddress).origin === 'string' && ((a as CaseSystemAddress).system === 'mosaic' || (a as CaseSystemAddress).system === 'care-assess'),
      );
    }
    if (managed.params && typeof managed.params === 'object') out.params = managed.params as Settings['params'];
    return out;
  } catch {
    return {};
  }
}

async function loadLocal(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULTS, ...(stored && typeof stored === 'object' ? stored : {}), version: 1 };
}

/** The settings in force: the practitioner's, with the organisation's policy laid over them. */
export async function loadSettings(): Promise<Settings & { managed: Manageable[] }> {
  const [local, managed] = await Promise.all([loadLocal(), loadManaged()]);
  return { ...local, ...managed, managed: Object.keys(managed) as Manageable[] };
}

/** Saves the practitioner's own choices; values the organisation manages are not overwritten. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const managed = await loadManaged();
  const allowed = Object.fromEntries(Object.entries(change).filter(([k]) => !(k in managed)));
  const next = { ...(await loadLocal()), ...allowed };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the settings in force whenever they change (from any page, or by policy). */
export function onSettingsChanged(listener: (settings: Settings & { managed: Manageable[] }) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && KEY in changes) || area === 'managed') void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
