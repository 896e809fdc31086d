/**
 * The council's own host profiles: imported on the options page (kept in the extension's local
 * storage, checked again on every load) or set by managed policy (which wins, and shows as set by the
 * organisation). With the built-in profiles they make the profiles in force, one per system.
 */
import { browser } from 'wxt/browser';
import { BUILT_IN_FILES, complete, type Profile } from '../adapters/profiles';
import { checkProfile, type Problem } from '../adapters/profiles/check';
import type { ProfileFile } from '../adapters/profiles/schema';

const KEY = 'profiles';

/** A council profile in force, and where it came from. */
export interface CouncilProfile {
  file: ProfileFile;
  /** 'policy': set by the organisation (read-only here); 'local': imported on this device. */
  from: 'policy' | 'local';
}

/** A profile that could not be used, and why: shown on the options page, never silently dropped. */
export interface RefusedProfile {
  from: 'policy' | 'local';
  name: string;
  problems: Problem[];
}

export interface ProfilesInForce {
  /** One complete profile per system: a built-in, as extended by a council profile, or a council's own system. */
  profiles: Profile[];
  council: CouncilProfile[];
  refused: RefusedProfile[];
}

async function stored(): Promise<unknown[]> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(value) ? value : [];
}

/**
 * The organisation's profiles: managed policy holds each as the text of its JSON file (a policy
 * schema cannot describe a whole profile, and a text survives every policy store unchanged).
 */
async function managed(): Promise<unknown[]> {
  let value: unknown;
  try {
    value = ((await browser.storage.managed.get('profiles')) as Record<string, unknown>).profiles;
  } catch {
    return []; // no policy at all
  }
  if (!Array.isArray(value)) return [];
  return value.map((text) => {
    try {
      return typeof text === 'string' ? JSON.parse(text) : text;
    } catch {
      return { name: 'a profile set by policy that is not JSON' };
    }
  });
}

const nameOf = (input: unknown) => (input && typeof input === 'object' && typeof (input as { name?: unknown }).name === 'string' ? (input as { name: string }).name : '(unnamed profile)');

/** Lays checked council files over the built-in ones: one per system, the organisation's winning. */
export function profilesInForce(local: readonly unknown[], policy: readonly unknown[]): ProfilesInForce {
  const refused: RefusedProfile[] = [];
  const bySystem = new Map<string, CouncilProfile & { profile: Profile }>();
  for (const [from, files] of [['local', local], ['policy', policy]] as const) {
    for (const input of files) {
      const result = checkProfile(input, BUILT_IN_FILES);
      if (!result.ok) refused.push({ from, name: nameOf(input), problems: result.problems });
      else bySystem.set(result.file.system, { file: result.file, from, profile: result.profile });
    }
  }
  const builtIn = BUILT_IN_FILES.filter((f) => !bySystem.has(f.system)).map(complete);
  return { profiles: [...builtIn, ...[...bySystem.values()].map((c) => c.profile)], council: [...bySystem.values()].map(({ file, from }) => ({ file, from })), refused };
}

export async function loadProfiles(): Promise<ProfilesInForce> {
  const [local, policy] = await Promise.all([stored(), managed()]);
  return profilesInForce(local, policy);
}

export type ImportResult = { ok: true; file: ProfileFile; replaced: boolean } | { ok: false; problems: Problem[] };

/** Imports a council profile, checked field by field; a bad file changes nothing. One per system: a new one replaces the old. */
export async function importProfile(input: unknown): Promise<ImportResult> {
  const result = checkProfile(input, BUILT_IN_FILES);
  if (!result.ok) return result;
  const current = await stored();
  const same = (p: unknown) => (p as ProfileFile | null)?.system === result.file.system;
  await browser.storage.local.set({ [KEY]: [...current.filter((p) => !same(p)), result.file] });
  return { ok: true, file: result.file, replaced: current.some(same) };
}

/** Removes this device's profile for a system: the built-in one (or the organisation's) applies again. */
export async function removeProfile(system: string): Promise<void> {
  const current = await stored();
  await browser.storage.local.set({ [KEY]: current.filter((p) => (p as ProfileFile | null)?.system !== system) });
}

/** Calls back whenever the council's profiles change (imported, removed, or by policy). */
export function onProfilesChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && KEY in changes) || (area === 'managed' && 'profiles' in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
