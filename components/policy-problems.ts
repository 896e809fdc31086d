/**
 * What in the organisation's policy cannot be used as set, in words, so the options page, the
 * popup and the service worker's log can say so rather than quietly use something else.
 */
import { BUILT_IN } from '../adapters/profiles';
import type { HostSystem } from '../record/schema';
import { DEFAULT_PACK_BY_SYSTEM, PACKS } from '../rules/packs';
import { resolvePack, unusableParams, type UnusableParam } from '../rules/resolve';
import type { SettingsInForce } from '../storage/settings';
import { t } from './i18n';

/** A system's name in words, from its built-in profile; a system a council describes goes by its id. */
const systemName = (system: HostSystem) => BUILT_IN[system]?.name ?? system;

function defaultsInWords(): string {
  return (Object.entries(DEFAULT_PACK_BY_SYSTEM) as [HostSystem, string][])
    .map(([system, id]) => t('packForSystem', [PACKS.find((p) => p.id === id)!.title, systemName(system)]))
    .join('; ');
}

function paramInWords(p: UnusableParam): string {
  const at = [p.param, p.rule, p.pack];
  if (p.why === 'out-of-bounds') return t('policyParamOutOfBounds', [...at, String(p.value), String(p.min), String(p.max), p.unit, String(p.used)]);
  if (p.why === 'no-such-pack') return t('policyParamNoSuchPack', at);
  if (p.why === 'rule-not-in-pack') return t('policyParamRuleNotInPack', at);
  return t('policyParamNoSuchParam', at);
}

/** Each problem with the policy in force, one sentence each (none: the policy is used as set). */
export function policyProblems(s: SettingsInForce): string[] {
  const problems: string[] = [];
  if (s.policyPack && resolvePack('mosaic', s.policyPack, s.customPacks, {}).missing) problems.push(t('policyPackMissing', [s.policyPack, defaultsInWords()]));
  if (s.managed.includes('params')) problems.push(...unusableParams(s.params, s.customPacks).map(paramInWords));
  return problems;
}
