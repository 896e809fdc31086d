/**
 * The practitioner's settings, in the extension's own local storage (versioned from day one),
 * with the organisation's managed policy laid over them: a managed value always wins and
 * is shown read-only.
 */
import { browser } from 'wxt/browser';
import { ID_PATTERN, type HostSystem } from '../record/kinds';
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
  /** Administrator mode: a practice lead or IT maps a field the panel could not read by pointing at it. Off by default. */
  adminMode: boolean;
}

/** Settings the organisation may fix by policy (see public/managed-schema.json); each is then read-only. */
export const MANAGEABLE = ['pack', 'retentionDays', 'addresses', 'params', 'customPacks', 'adminMode'] as const;
export type Manageable = (typeof MANAGEABLE)[number];

/** The settings in force, with what the organisation's policy decided about them. */
export type SettingsInForce = Settings & {
  /** The settings the organisation has fixed: shown read-only, never saved over. */
  managed: Manageable[];
  /** Whether the pack may not be changed here (the options page and the panel disable their pack choice). */
  packLocked: boolean;
  /** The pack the organisation's policy names, fixed or as a starting choice, if any: checked that it exists. */
  policyPack?: string;
};

export const DEFAULTS: Settings = { version: 1, pack: 'auto', collapsed: false, params: {}, retentionDays: 30, customPacks: [], addresses: [], adminMode: false };
const KEY = 'settings';

interface Policy {
  /** Values the organisation fixes. */
  fixed: Partial<Pick<Settings, Manageable>>;
  /** A pack the practitioner starts with and may change (`pack` with `lockPack: false`). */
  startingPack?: string;
}

/** What the organisation has set, if anything (never fails: no policy means none). */
async function loadPolicy(): Promise<Policy> {
  try {
    const managed = (await browser.storage.managed.get(null)) as Record<string, unknown>;
    const fixed: Policy['fixed'] = {};
    const pack = typeof managed.pack === 'string' ? managed.pack : undefined;
    // A pack set by policy is fixed unless lockPack is false; lockPack alone fixes each system's default.
    const lockPack = typeof managed.lockPack === 'boolean' ? managed.lockPack : pack !== undefined;
    if (lockPack) fixed.pack = pack ?? 'auto';
    if (typeof managed.retentionDays === 'number' && managed.retentionDays >= 1 && managed.retentionDays <= 365) fixed.retentionDays = Math.round(managed.retentionDays);
    if (Array.isArray(managed.addresses)) {
      fixed.addresses = managed.addresses.filter(
        (a): a is CaseSystemAddress => !!a && typeof a === 'object' && typeof (a as CaseSystemAddress).origin === 'string' && typeof (a as CaseSystemAddress).system === 'string' && ID_PATTERN.test((a as CaseSystemAddress).system),
      );
    }
    if (managed.params && typeof managed.params === 'object') fixed.params = managed.params as Settings['params'];
    // No import here, and packs imported earlier are set aside (kept, not used) while the policy stands.
    if (managed.lockCustomPacks === true) fixed.customPacks = [];
    // Policy fixes administrator mode either way: false keeps every mapping control away, true offers it.
    if (typeof managed.adminMode === 'boolean') fixed.adminMode = managed.adminMode;
    return !lockPack && pack !== undefined ? { fixed, startingPack: pack } : { fixed };
  } catch {
    return { fixed: {} };
  }
}

async function loadStored(): Promise<Partial<Settings>> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return stored && typeof stored === 'object' ? stored : {};
}

/** The settings in force: the practitioner's, with the organisation's policy laid over them. */
export async function loadSettings(): Promise<SettingsInForce> {
  const [stored, { fixed, startingPack }] = await Promise.all([loadStored(), loadPolicy()]);
  const pack = fixed.pack ?? stored.pack ?? startingPack ?? DEFAULTS.pack;
  const policyPack = fixed.pack ?? (stored.pack === undefined ? startingPack : undefined);
  return {
    ...DEFAULTS,
    ...stored,
    ...fixed,
    version: 1,
    pack,
    managed: Object.keys(fixed) as Manageable[],
    packLocked: fixed.pack !== undefined,
    ...(policyPack !== undefined && policyPack !== 'auto' ? { policyPack } : {}),
  };
}

/** Saves the practitioner's own choices; values the organisation manages are not overwritten. */
export async function saveSettings(change: Partial<Settings>): Promise<Partial<Settings>> {
  const { fixed } = await loadPolicy();
  const allowed = Object.fromEntries(Object.entries(change).filter(([k]) => !(k in fixed)));
  // Only what was chosen is stored (defaults fill in on loading): a pack never chosen stays unset, so a starting pack from policy still applies.
  const next = { ...(await loadStored()), ...allowed, version: 1 as const };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the settings in force whenever they change (from any page, or by policy). */
export function onSettingsChanged(listener: (settings: SettingsInForce) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && KEY in changes) || area === 'managed') void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
