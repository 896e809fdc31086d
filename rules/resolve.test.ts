import { describe, expect, it } from 'vitest';
import { allPacks, resolvePack } from './resolve';

describe('the pack in force', () => {
  it('uses the system default for auto and for an unknown choice', () => {
    expect(resolvePack('mosaic', 'auto', [], {}).id).toBe('derbyshire-practice-matters');
    expect(resolvePack('care-assess', 'no-such-pack', [], {}).id).toBe('care-assess-closure-records');
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
