/**
 * Checks a host profile from anywhere (a file a council imports, managed policy, storage) field by
 * field, with a path and a plain message for every problem; a profile with any problem is not used.
 */
import { complete, extend, incomplete, type Profile } from '.';
import { nearest } from '../../rules/common/nearest';
import { profileSchema, type ProfileFile } from './schema';

export interface Problem {
  /** Where, as a person reads it: "pages › closure-form › facts › decisonDate". */
  path: string;
  message: string;
}

export type ProfileCheck = { ok: true; file: ProfileFile; profile: Profile } | { ok: false; problems: Problem[] };

/** The biggest profile file accepted (a built-in one is about 20 KB). */
export const MAX_PROFILE_BYTES = 256 * 1024;

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  maximum?: number | bigint;
  minimum?: number | bigint;
  origin?: string;
}

/** "pages › summary › addresses › 2nd" — items counted from 1, as a person counts. */
function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the profile)';
  return path.map((p) => (typeof p === 'number' ? `item ${p + 1}` : String(p))).join(' › ');
}

type Def = { type: string; innerType?: Schema; shape?: Record<string, Schema>; valueType?: Schema; keyType?: Schema; element?: Schema; entries?: Record<string, string> };
type Schema = { _zod: { def: Def } };

/** The schema's definition under optional wrappers. */
function unwrap(schema: Schema | undefined): Def | undefined {
  let def = schema?._zod.def;
  while (def && (def.type === 'optional' || def.type === 'nullable')) def = def.innerType?._zod.def;
  return def;
}

/** The names the profile format takes at this path (an object's fields, a record's named keys), for "did you mean". */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let def = unwrap(profileSchema as unknown as Schema);
  for (const p of path) {
    const next = def?.type === 'object' ? def.shape?.[String(p)] : def?.type === 'record' ? def.valueType : def?.type === 'array' ? def.element : undefined;
    def = unwrap(next);
  }
  if (def?.type === 'object') return Object.keys(def.shape ?? {});
  if (def?.type === 'record') return Object.values(unwrap(def.keyType)?.entries ?? {});
  return [];
}

/** What the file holds at a path (zod's issues do not carry it). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined), input);
}

const KINDS: Record<string, string> = { string: 'a piece of text', array: 'a list (in [ ])', object: 'a group of fields (in { })', boolean: 'true or false', number: 'a number' };

/** A zod issue in plain words. */
function plain(issue: Issue, input: unknown): Problem[] {
  const path = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, message: valueAt(input, issue.path) === undefined ? 'is missing' : `must be ${KINDS[issue.expected ?? ''] ?? issue.expected}` }];
    case 'unrecognized_keys': {
      const known = knownKeys(issue.path);
      return (issue.keys ?? []).map((key) => {
        const guess = nearest(key, known);
        return { path: pathOf([...issue.path, key]), message: `is not a field this profile format knows${guess ? ` (did you mean “${guess}”?)` : ''}` };
      });
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => `“${String(v)}”`);
      const given = valueAt(input, issue.path);
      const guess = typeof given === 'string' ? nearest(given, (issue.values ?? []).map(String)) : undefined;
      return [{ path, message: values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}${guess ? ` (did you mean “${guess}”?)` : ''}` }];
    }
    case 'invalid_key': {
      const known = knownKeys(issue.path);
      return [{ path, message: `is not a name this profile format knows${known.length ? ` (one of ${known.map((k) => `“${k}”`).join(', ')})` : ''}` }];
    }
    case 'too_big':
      return [{ path, message: issue.origin === 'array' ? `has more than ${issue.maximum} entries` : `is longer than ${issue.maximum} characters` }];
    case 'too_small':
      return [{ path, message: issue.origin === 'array' ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}` : issue.minimum === 1 ? 'is empty' : `is shorter than ${issue.minimum} characters` }];
    default:
      return [{ path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid here' }];
  }
}

/**
 * Checks a parsed profile against the format and the built-in profiles: a profile that `extends` one
 * must name a built-in system; one that describes a new system must not take a built-in's id and must
 * be complete on its own.
 */
export function checkProfile(input: unknown, builtIns: readonly ProfileFile[]): ProfileCheck {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: (parsed.error.issues as unknown as Issue[]).flatMap((issue) => plain(issue, input)) };
  const file = parsed.data;
  const base = file.extends ? builtIns.find((b) => b.system === file.extends) : undefined;
  if (file.extends && !base) {
    const guess = nearest(file.extends, builtIns.map((b) => b.system));
    return { ok: false, problems: [{ path: 'extends', message: `names “${file.extends}”, which is not a built-in system (${builtIns.map((b) => `“${b.system}”`).join(', ')})${guess ? `: did you mean “${guess}”?` : ''}` }] };
  }
  if (base && file.system !== base.system) return { ok: false, problems: [{ path: 'system', message: `must be “${base.system}”, the system it extends` }] };
  if (!base && builtIns.some((b) => b.system === file.system)) return { ok: false, problems: [{ path: 'system', message: `“${file.system}” is a built-in system: to change it, add "extends": "${file.system}"; to describe another system, give it an id of its own` }] };
  const whole = base ? extend(base, file) : file;
  const problems = incomplete(whole).map((p) => ({ path: p.path.split('.').join(' › '), message: p.message }));
  return problems.length ? { ok: false, problems } : { ok: true, file, profile: complete(whole) };
}
