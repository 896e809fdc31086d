/**
 * The five policy packs of closure-rules.md, as data: which rules, in what order, at
 * what level, with which parameters. A pack can only select and parameterise existing
 * rules; `validatePack` checks that whenever a pack is loaded.
 */
import * as z from 'zod/mini';
import type { HostSystem } from '../record/schema';
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

/** The pack each host system uses unless the practitioner or their organisation chooses another. */
export const DEFAULT_PACK_BY_SYSTEM: Record<HostSystem, string> = {
  mosaic: 'derbyshire-practice-matters',
  'care-assess': 'care-assess-closure-records',
};

const packSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')),
  title: z.string().check(z.minLength(1)),
  source: z.string(),
  rules: z.array(
    z.object({
      rule: z.string(),
      level: z.enum(['must', 'should']),
      params: z.optional(z.record(z.string(), z.number())),
    }),
  ).check(z.minLength(1)),
});

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: { path: string; message: string }[] };

/** Checks a pack from anywhere (a file, managed policy): only existing rules, parameters within their bounds. */
export function validatePack(input: unknown): PackResult {
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(pack)', message: i.message })) };
  }
  const pack = parsed.data as Pack;
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  pack.rules.forEach((entry, i) => {
    const rule = RULES[entry.rule];
    if (!rule) return errors.push({ path: `rules.${i}.rule`, message: `there is no rule “${entry.rule}”` });
    if (seen.has(entry.rule)) errors.push({ path: `rules.${i}.rule`, message: `“${entry.rule}” is listed twice` });
    seen.add(entry.rule);
    for (const [name, value] of Object.entries(entry.params ?? {})) {
      const spec = rule.params?.[name];
      if (!spec) errors.push({ path: `rules.${i}.params.${name}`, message: `${entry.rule} has no parameter “${name}”` });
      else if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
        errors.push({ path: `rules.${i}.params.${name}`, message: `must be a whole number from ${spec.min} to ${spec.max} ${spec.unit}` });
      }
    }
    return undefined;
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}
