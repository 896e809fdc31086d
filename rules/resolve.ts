/** The pack in force: the chosen (or default) pack, custom packs included, with parameter overrides applied within bounds. */
import type { HostSystem } from '../record/schema';
import { DEFAULT_PACK_BY_SYSTEM, PACKS, validatePack, type Pack } from './packs';
import { RULES } from './registry';

export function allPacks(custom: unknown[]): Pack[] {
  const valid = custom.flatMap((p) => {
    const result = validatePack(p);
    return result.ok && !PACKS.some((b) => b.id === result.pack.id) ? [result.pack] : [];
  });
  return [...PACKS, ...valid];
}

export function resolvePack(system: HostSystem, choice: string, custom: unknown[], overrides: Record<string, Record<string, Record<string, number>>>): Pack {
  const packs = allPacks(custom);
  const pack = packs.find((p) => p.id === choice) ?? packs.find((p) => p.id === DEFAULT_PACK_BY_SYSTEM[system])!;
  const mine = overrides[pack.id] ?? {};
  return {
    ...pack,
    rules: pack.rules.map((entry) => {
      const params = { ...entry.params };
      for (const [name, value] of Object.entries(mine[entry.rule] ?? {})) {
        const spec = RULES[entry.rule]?.params?.[name];
        // An override outside the rule's bounds is ignored: the pack's own value stands.
        if (spec && Number.isInteger(value) && value >= spec.min && value <= spec.max) params[name] = value;
      }
      return Object.keys(params).length ? { ...entry, params } : entry;
    }),
  };
}
