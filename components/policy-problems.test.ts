// What the options page, the popup and the worker's log say about a managed policy that cannot be used as set.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, type SettingsInForce } from '../storage/settings';
import { policyProblems } from './policy-problems';

const inForce = (over: Partial<SettingsInForce>): SettingsInForce => ({ ...DEFAULTS, managed: [], packLocked: false, ...over });

describe('problems with the managed policy, in words', () => {
  it('names a managed pack that does not exist, and the defaults used meanwhile', () => {
    expect(policyProblems(inForce({ pack: 'our-closure-pack', policyPack: 'our-closure-pack', managed: ['pack'], packLocked: true }))).toEqual([
      'The policy sets the pack “our-closure-pack”, which this extension does not have. Until it is corrected each case system’s default pack is used: Practice Matters: Case closure (B) for Mosaic-style; Closing case records in Care Assess (D) for Care Assess-style; Case Closure Managerial Practice Note (E) for LCS-style.',
    ]);
  });

  it('says nothing of a pack that exists, custom ones included, or of the practitioner’s own choice', () => {
    const ours = { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' as const }] };
    expect(policyProblems(inForce({ pack: 'nct-good-practice', policyPack: 'nct-good-practice', managed: ['pack'] }))).toEqual([]);
    expect(policyProblems(inForce({ pack: 'our-pack', policyPack: 'our-pack', customPacks: [ours] }))).toEqual([]);
    expect(policyProblems(inForce({ pack: 'gone-pack' }))).toEqual([]);
  });

  it('names each managed timescale that cannot be used, and what is used instead', () => {
    const params = { 'derbyshire-practice-matters': { 'closure-letter': { days: 99 }, 'closure-reason': { days: 3 }, 'safety-plan': { days: 3 } }, 'no-such-pack': { 'closure-letter': { days: 5 } } };
    expect(policyProblems(inForce({ params, managed: ['params'] }))).toEqual([
      'The policy sets “days” of closure-letter in derbyshire-practice-matters to 99, outside its bounds of 1 to 28 days: the pack’s own 10 days is used.',
      'The policy sets “days” of closure-reason in derbyshire-practice-matters, a setting that check does not have: it is not used.',
      'The policy sets “days” of safety-plan in derbyshire-practice-matters, a check that pack does not include: it is not used.',
      'The policy sets “days” of closure-letter in no-such-pack, a pack this extension does not have: it is not used.',
    ]);
    // The practitioner's own timescales are checked on entry, not reported as policy.
    expect(policyProblems(inForce({ params }))).toEqual([]);
  });
});
