import { describe, expect, it } from 'vitest';
import { allPacks, resolvePack, unusableParams } from './resolve';

describe('the pack in force', () => {
  it('uses the system default for auto and for an unknown choice, saying which choice was missing', () => {
    const auto = resolvePack('mosaic', 'auto', [], {});
    expect(auto.id).toBe('derbyshire-practice-matters');
    expect(auto.missing).toBeUndefined();
    expect(resolvePack('care-assess', 'no-such-pack', [], {})).toMatchObject({ id: 'care-assess-closure-records', missing: 'no-such-pack' });
    expect(resolvePack('mosaic', 'nct-good-practice', [], {}).missing).toBeUndefined();
  });
  it('applies overrides within bounds and ignores those outside', () => {
    const pack = resolvePack('mosaic', 'derbyshire-practice-matters', [], { 'derbyshire-practice-matters': { 'closed-within-timescale': { days: 5 }, 'closure-letter': { days: 99 } } });
    expect(pack.rules.find((r) => r.rule === 'closed-within-timescale')!.params).toEqual({ days: 5 });
    expect(pack.rules.find((r) => r.rule === 'closure-letter')!.params).toEqual({ days: 10 });
  });
  it('takes valid custom packs and drops invalid ones or ones reusing a built-in id', () => {
    const mine = { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' }] };
    const bad = { id: 'bad', title: 'Bad', source: 'x', rules: [{ rule: 'nope', level: 'must' }] };
    const clash = { ...mine, id: 'nct-good-practice' };
    expect(allPacks([mine, bad, clash]).map((p) => p.id)).toContain('our-pack');
    expect(allPacks([mine, bad, clash]).filter((p) => p.id === 'nct-good-practice')).toHaveLength(1);
    expect(resolvePack('mosaic', 'our-pack', [mine], {}).rules).toEqual([{ rule: 'closure-reason', level: 'must' }]);
  });
});

describe('overrides that cannot be used', () => {
  it('names each one and why, with the value used instead', () => {
    const mine = { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-letter', level: 'must' }] };
    const overrides = {
      'derbyshire-practice-matters': { 'closed-within-timescale': { days: 5 }, 'closure-letter': { days: 99 }, 'closure-reason': { days: 3 }, 'safety-plan': { days: 3 } },
      'our-pack': { 'closure-letter': { days: 2.5 } },
      'no-such-pack': { 'closure-letter': { days: 5 } },
    };
    expect(unusableParams(overrides, [mine])).toEqual([
      { pack: 'derbyshire-practice-matters', rule: 'closure-letter', param: 'days', value: 99, why: 'out-of-bounds', min: 1, max: 28, unit: 'days', used: 10 },
      { pack: 'derbyshire-practice-matters', rule: 'closure-reason', param: 'days', value: 3, why: 'no-such-param' },
      { pack: 'derbyshire-practice-matters', rule: 'safety-plan', param: 'days', value: 3, why: 'rule-not-in-pack' },
      { pack: 'our-pack', rule: 'closure-letter', param: 'days', value: 2.5, why: 'out-of-bounds', min: 1, max: 28, unit: 'days', used: 10 },
      { pack: 'no-such-pack', rule: 'closure-letter', param: 'days', value: 5, why: 'no-such-pack' },
    ]);
  });
  it('finds nothing in overrides that all fit, or in none', () => {
    expect(unusableParams({ 'derbyshire-practice-matters': { 'closed-within-timescale': { days: 5 } } }, [])).toEqual([]);
    expect(unusableParams(undefined, [])).toEqual([]);
  });
});
