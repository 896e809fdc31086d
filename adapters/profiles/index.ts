/**
 * The built-in host profiles (data files beside this one), as files and complete. A council's profile
 * is laid over one of them (adapters/profiles/merge.ts), checked field by field (check.ts) first.
 */
import careAssess from './care-assess.json';
import lcs from './lcs.json';
import { complete, type Profile } from './merge';
import mosaic from './mosaic.json';
import type { ProfileFile } from './schema';

export { complete, extend, incomplete, type Profile } from './merge';

/** The built-in profiles, as their files hold them. */
export const BUILT_IN_FILES: readonly ProfileFile[] = [mosaic as ProfileFile, careAssess as ProfileFile, lcs as ProfileFile];

/** The built-in profiles, complete, by system. */
export const BUILT_IN: Readonly<Record<string, Profile>> = Object.fromEntries(BUILT_IN_FILES.map((f) => [f.system, complete(f)]));
