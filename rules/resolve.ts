/** The pack in force: the chosen (or default) pack, custom packs included, with parameter overrides applied within bounds. */
import type { HostSystem } from '../record/schema';
import { defaultPackOf, PACKS, validatePack, type Pack } from './packs';
import { RULES } from './registry';

/** Parameter overrides: pack id → rule id → parameter → value. */
export type Overrides = Record<string, Record<string, Record<string, number>>>;

/** A pack in force. `missing`: the id that was chosen when no pack has it, so the system's default stands in. */
export type PackInForce = Pack & { missing?: string };

export function allPacks(custom: unknown[]): Pack[] {
  const valid = custom.flatMap((p) => {
    const result = validatePack(p);
    return result.ok && !PACKS.some((b) => b.id === result.pack.id) ? [result.pack] : [];
  });
  return [...PACKS, ...valid];
}

const fits = (value: unknown, spec: { min: number; max: number }): value is number => Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max;

export function resolvePack(system: HostSystem, choice: string, custom: unknown[], overrides: Overrides): PackInForce {
  const packs = allPacks(custom);
  const chosen = packs.find((p) => p.id === choice);
  const pack = chosen ?? packs.find((p) => p.id === defaultPackOf(system))!;
  const mine = overrides[pack.id] ?? {};
  return {
    ...pack,
    rules: pack.rules.map((entry) => {
      const params = { ...entry.params };
      for (const [name, value] of Object.entries(mine[entry.rule] ?? {})) {
        const spec = RULES[entry.rule]?.params?.[name];
        // An override outside the rule's bounds is ignored: the pack's own value stands.
        if (spec && fits(value, spec)) params[name] = value;
      }
      return Object.keys(params).length ? { ...entry, params } : entry;
    }),
    ...(chosen || choice === 'auto' ? {} : { missing: choice }),
  };
}

/** One parameter override that cannot be used, and why: the pack's own value stands. */
export type UnusableParam = { pack: string; rule: string; param: string; value: unknown } & (
  | { why: 'no-such-pack' | 'rule-not-in-pack' | 'no-such-param' }
  | { why: 'out-of-bounds'; min: number; max: number; unit: string; used: number }
);

/** The overrides that resolvePack would pass over, each with its reason, for the organisation to be told. */
export function unusableParams(overrides: unknown, custom: unknown[]): UnusableParam[] {
  if (!overrides || typeof overrides !== 'object') return [];
  const packs = allPacks(custom);
  const out: UnusableParam[] = [];
  for (const [packId, rules] of Object.entries(overrides)) {
    const pack = packs.find((p) => p.id === packId);
    for (const [ruleId, params] of Object.entries(rules && typeof rules === 'object' ? rules : {})) {
      const entry = pack?.rules.find((r) => r.rule === ruleId);
      for (const [param, value] of Object.entries(params && typeof params === 'object' ? params : {})) {
        const at = { pack: packId, rule: ruleId, param, value };
        const spec = RULES[ruleId]?.params?.[param];
        if (!pack) out.push({ ...at, why: 'no-such-pack' });
        else if (!entry) out.push({ ...at, why: 'rule-not-in-pack' });
        else if (!spec) out.push({ ...at, why: 'no-such-param' });
        else if (!fits(value, spec)) out.push({ ...at, why: 'out-of-bounds', min: spec.min, max: spec.max, unit: spec.unit, used: entry.params?.[param] ?? spec.default });
      }
    }
  }
  return out;
}
