/**
 * The five policy packs of closure-rules.md, as data: which rules, in what order, at
 * what level, with which parameters. A pack can only select and parameterise existing
 * rules; `validatePack` checks that whenever a pack is loaded.
 */
import * as z from 'zod/mini';
import type { HostSystem } from '../record/schema';
import { nearest } from './common/nearest';
import { RULES } from './registry';
import type { Level } from './types';

export interface PackRule {
  rule: string;
  level: Level;
  params?: Record<string, number>;
}

export interface Pack {
  id: string;
  title: string;
  /** The practice document the pack comes from. */
  source: string;
  rules: PackRule[];
}

const must = (rule: string, params?: Record<string, number>): PackRule => ({ rule, level: 'must', ...(params ? { params } : {}) });
const should = (rule: string, params?: Record<string, number>): PackRule => ({ rule, level: 'should', ...(params ? { params } : {}) });

export const PACKS: Pack[] = [
  {
    id: 'scottish-practice-guide',
    title: 'Practice guide on case closure (A)',
    source: 'A: draft practice guide on case closure',
    rules: [must('family-informed'), must('child-informed'), must('safety-plan'), must('professionals-informed'), must('case-notes-finalised'), must('chronology-updated'), must('closing-summary'), should('copy-to-family')],
  },
  {
    id: 'derbyshire-practice-matters',
    title: 'Practice Matters: Case closure (B)',
    source: 'B: Practice Matters: Case closure (Early Help and Safeguarding; Mosaic)',
    rules: [
      must('closure-reason'),
      should('census-reason-consistent'),
      should('professionals-consulted'),
      must('manager-oversight'),
      must('closed-within-timescale', { days: 7 }),
      must('closure-checklist-complete'),
      must('final-plan-review'),
      must('closure-letter', { days: 10 }),
      must('case-summary-updated'),
      must('supporting-families-evidence'),
      should('worker-relationship-ended'),
      should('family-informed'),
      should('professionals-informed'),
    ],
  },
  {
    id: 'nct-good-practice',
    title: 'Good Practice guide – Case Closure (C)',
    source: 'C: Good Practice guide – Case Closure',
    rules: [
      should('professionals-consulted'),
      must('closing-summary'),
      must('safety-plan'),
      should('safety-plan-versions'),
      should('assessment-shared'),
      must('manager-oversight'),
      should('professionals-written-to'),
      must('actions-for-others'),
      must('health-professionals-informed'),
      must('professionals-informed'),
    ],
  },
  {
    id: 'care-assess-closure-records',
    title: 'Closing case records in Care Assess (D)',
    source: 'D: Practice guidance for closing case records (Care Assess)',
    rules: [must('closure-record'), must('co-team-closure-record'), must('copy-to-family'), must('closure-reason'), should('census-reason-consistent'), must('no-open-work'), must('chronology-left-open'), must('closing-summary')],
  },
  {
    id: 'managerial-practice-note',
    title: 'Case Closure Managerial Practice Note (E)',
    source: 'E: Case Closure Managerial Practice Note',
    rules: [
      must('closure-record', { nfaExempt: 1 }),
      must('closure-summary-content'),
      must('step-down-recorded'),
      must('views-recorded'),
      must('manager-oversight'),
      must('assessment-shared'),
      must('family-informed'),
      must('child-informed'),
      must('professionals-informed'),
      must('chronology-updated'),
      should('case-summary-updated'),
      must('case-notes-finalised'),
      must('demographics-checked'),
      must('oversight-actions-complete'),
      must('supervision-actions-complete'),
      must('closure-letter'),
      should('census-reason-consistent'),
    ],
  },
];

/** The pack each host system uses unless the practitioner or their organisation chooses another (closure-rules.md). */
export const DEFAULT_PACK_BY_SYSTEM: Record<HostSystem, string> = {
  mosaic: 'derbyshire-practice-matters',
  'care-assess': 'care-assess-closure-records',
  lcs: 'managerial-practice-note',
};

/**
 * The pack for a system a council describes itself, until its organisation chooses one: the
 * managerial practice note, which asks the most of a closure.
 */
export const DEFAULT_PACK_FOR_OTHER_SYSTEMS = 'managerial-practice-note';

export const defaultPackOf = (system: HostSystem): string => DEFAULT_PACK_BY_SYSTEM[system] ?? DEFAULT_PACK_FOR_OTHER_SYSTEMS;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const ruleEntrySchema = z.object({
  rule: z.string(),
  level: z.enum(['must', 'should']),
  params: z.optional(z.record(z.string(), z.number())),
});

const packSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  title: z.string().check(z.minLength(1)),
  source: z.string(),
  rules: z.array(ruleEntrySchema).check(z.minLength(1)),
});

/** One reason a pack was refused: `path` for code (zod-style, `rules.2.level`), `message` for a person. */
export interface PackError {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** What each field is, said where it is missing or wrong. */
const FIELDS: Record<string, string> = {
  id: 'lower-case letters, digits and hyphens, for example “our-closure-pack”',
  title: 'the name practitioners see',
  source: 'the practice document the pack comes from',
  rules: 'each with a rule id and a level',
  rule: 'the id of an existing rule, for example “closure-reason”',
  level: '“must” or “should”',
  params: 'parameter names to whole numbers, for example { "days": 7 }',
};

const A_TYPE: Record<string, string> = { string: 'text', number: 'a number', object: 'an object', array: 'a list', record: 'an object' };

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** Where in the pack, as a person counts: “rule 3”, not `rules.2`. */
function where(path: PropertyKey[], input: unknown): string {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return 'The pack';
  const entry = (input as { rules?: unknown[] }).rules?.[path[1]] as { rule?: unknown } | undefined;
  const name = typeof entry?.rule === 'string' && entry.rule ? ` (${entry.rule})` : '';
  return `Rule ${path[1] + 1}${name}`;
}

type Issue = z.core.$ZodIssue & { input?: unknown; values?: unknown[] };

function say(issue: Issue, input: unknown): string {
  const path = issue.path;
  const at = where(path, input);
  const field = path.at(-1);
  if (path.length === 0) return 'The file is not a pack: a pack is an object with an id, a title, a source and a list of rules.';
  if (typeof field === 'number') return `${at} should be an object like { "rule": "closure-reason", "level": "must" }, not ${describeValue(issue.input)}.`;
  const name = String(field);
  if (path[path.length - 2] === 'params') return `${at}: parameter “${name}” should be a whole number, not ${describeValue(issue.input)}.`;
  const subject = path.length === 1 ? `The pack’s “${name}”` : `${at}: “${name}”`;
  const what = FIELDS[name] ? ` (${FIELDS[name]})` : '';
  // zod says a missing field is of the wrong type (or not one of an enum's values): it is missing.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return `${subject} is missing${what}.`;
  if (issue.code === 'invalid_type') return `${subject} should be ${A_TYPE[issue.expected] ?? issue.expected}${what}, not ${describeValue(issue.input)}.`;
  if (issue.code === 'invalid_value') return `${subject} should be ${FIELDS[name] ?? (issue.values ?? []).map(describeValue).join(' or ')}, not ${describeValue(issue.input)}.`;
  if (issue.code === 'invalid_format') return `${subject} is ${describeValue(issue.input)}: use only ${FIELDS[name]}.`;
  if (issue.code === 'too_small' && name === 'rules') return 'The pack’s “rules” list is empty: a pack needs at least one rule.';
  if (issue.code === 'too_small') return `${subject} is empty${what}.`;
  return `${subject} is not right${what}.`;
}

/** Checks a pack from anywhere (a file, managed policy): only existing rules, parameters within their bounds. */
export function validatePack(input: unknown): PackResult {
  const parsed = packSchema.safeParse(input, { reportInput: true });
  const shape = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(pack)', message: say(i as Issue, input) }));
  // Every well-formed rule is checked too, so one reading of the messages shows everything to fix.
  const entries = (input as { rules?: unknown } | null)?.rules;
  const checks = Array.isArray(entries) ? checkRules(entries) : [];
  const errors = [...shape, ...checks].sort((a, b) => ruleIndex(a.path) - ruleIndex(b.path));
  return errors.length || !parsed.success ? { ok: false, errors } : { ok: true, pack: parsed.data as Pack };
}

/** The rule an error is about (-1: the pack itself), to list errors in the pack's order. */
function ruleIndex(path: string): number {
  const match = /^rules\.(\d+)/.exec(path);
  return match ? Number(match[1]) : -1;
}

/** Each rule exists, is listed once, and its parameters are its own and within their bounds. */
function checkRules(entries: unknown[]): PackError[] {
  const errors: PackError[] = [];
  const seen = new Map<string, number>();
  entries.forEach((raw, i) => {
    const parsed = ruleEntrySchema.safeParse(raw);
    if (!parsed.success) return;
    const entry = parsed.data;
    const rule = RULES[entry.rule];
    const at = `Rule ${i + 1}`;
    if (!rule) {
      const guess = nearest(entry.rule, Object.keys(RULES));
      errors.push({ path: `rules.${i}.rule`, message: `${at}: there is no rule “${entry.rule}”.${guess ? ` Did you mean “${guess}”?` : ''}` });
      return;
    }
    const earlier = seen.get(entry.rule);
    if (earlier !== undefined) errors.push({ path: `rules.${i}.rule`, message: `${at}: “${entry.rule}” is listed twice (it is rule ${earlier + 1} too).` });
    else seen.set(entry.rule, i);
    for (const [name, value] of Object.entries(entry.params ?? {})) {
      const spec = rule.params?.[name];
      const path = `rules.${i}.params.${name}`;
      if (!spec) {
        const names = Object.keys(rule.params ?? {});
        const guess = nearest(name, names);
        const has = names.length ? ` Did you mean “${guess ?? names.join('” or “')}”?` : ' It has no parameters.';
        errors.push({ path, message: `${at} (${entry.rule}): there is no parameter “${name}”.${has}` });
      } else if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
        errors.push({ path, message: `${at} (${entry.rule}): “${name}” must be a whole number from ${spec.min} to ${spec.max} ${spec.unit}, not ${value}.` });
      }
    }
  });
  return errors;
}

export type ImportResult = { ok: true; pack: Pack; replaces?: Pack } | { ok: false; errors: PackError[] };

/**
 * Checks a pack being imported beside those already kept: it must be valid, have an id no
 * built-in pack has and a title no other pack has (practitioners choose packs by title).
 * A pack with the id of a custom pack already kept is its new version, and replaces it.
 */
export function checkImport(input: unknown, custom: Pack[]): ImportResult {
  const result = validatePack(input);
  if (!result.ok) return result;
  const { pack } = result;
  const builtIn = PACKS.find((p) => p.id === pack.id);
  if (builtIn) return { ok: false, errors: [{ path: 'id', message: `The pack’s id “${pack.id}” is the id of the built-in pack “${builtIn.title}”: give your pack an id of its own.` }] };
  const sameTitle = [...PACKS, ...custom].find((p) => p.id !== pack.id && p.title.trim().toLowerCase() === pack.title.trim().toLowerCase());
  if (sameTitle) {
    const kind = PACKS.includes(sameTitle) ? 'built-in' : 'custom';
    return { ok: false, errors: [{ path: 'title', message: `The title “${pack.title}” is already the title of the ${kind} pack “${sameTitle.id}”: give this pack a title of its own, so practitioners can tell them apart.` }] };
  }
  const replaces = custom.find((p) => p.id === pack.id);
  return replaces ? { ok: true, pack, replaces } : { ok: true, pack };
}
