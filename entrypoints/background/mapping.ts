/**
 * The service worker's side of mapping a field by pointing at it: what the checklist would say with
 * a proposed mapping (never stored), saving a confirmed mapping into this device's council profile for
 * the system, and undoing it. Only in administrator mode: a message from a page cannot switch it on.
 */
import { withMapping } from '../../adapters/mapping';
import type { Profile } from '../../adapters/profiles';
import type { MappingReply, PreviewReply, PreviewReadingMessage, SaveMappingMessage, UndoMappingMessage } from '../../messaging/protocol';
import { mergeReading } from '../../record/merge';
import { parsePageReading, type CaseRecord } from '../../record/schema';
import { evaluate } from '../../rules/engine';
import type { Pack } from '../../rules/packs';
import { importProfile, loadProfiles, removeProfile } from '../../storage/profiles';

const NOT_IN_ADMIN_MODE: MappingReply = { ok: false, message: 'Administrator mode is off: switch it on on the options page to map fields.' };

/** The verdicts the case would have with this reading (a page read with a proposed mapping). */
export function previewReading(message: PreviewReadingMessage, record: CaseRecord | null, pack: Pack, today: string): PreviewReply {
  const reading = parsePageReading(message.reading);
  if ('error' in reading || !record || reading.system !== record.system || reading.personId !== record.personId) return { ok: false, message: 'This page cannot be previewed for this case.' };
  const verdicts = evaluate(pack, mergeReading(record, reading), today).verdicts;
  return { ok: true, verdicts: verdicts.map((v) => ({ rule: v.rule, status: v.status, message: v.message })) };
}

async function profileOf(system: string): Promise<Profile | undefined> {
  return (await loadProfiles()).profiles.find((p) => p.system === system);
}

/** Adds a confirmed mapping to this device's council profile for its system; says what it replaced, for undo. */
export async function saveMapping(message: SaveMappingMessage, adminMode: boolean): Promise<MappingReply> {
  if (!adminMode) return NOT_IN_ADMIN_MODE;
  const { council } = await loadProfiles();
  const mine = council.find((c) => c.file.system === message.change.system && c.from === 'local')?.file;
  const result = await importProfile(withMapping(mine, message.change));
  if (!result.ok) return { ok: false, message: `The mapping was not saved: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}` };
  const profile = await profileOf(message.change.system);
  return profile ? { ok: true, profile, previous: mine ?? null } : { ok: false, message: 'The mapping was saved, but the profile in force could not be read back.' };
}

/** Puts this device's council profile for the system back as it was before a mapping. */
export async function undoMapping(message: UndoMappingMessage, adminMode: boolean): Promise<MappingReply> {
  if (!adminMode) return NOT_IN_ADMIN_MODE;
  if (message.previous) {
    const result = await importProfile(message.previous);
    if (!result.ok) return { ok: false, message: 'The earlier profile could not be put back.' };
  } else await removeProfile(message.system);
  const profile = await profileOf(message.system);
  return profile ? { ok: true, profile, previous: null } : { ok: false, message: 'The profile in force could not be read back.' };
}
