import { expect } from 'vitest';
import { ruleTable } from '../test/support/rule-table';
import rule from './safety-plan-versions';

const sp = (audience: 'professionals' | 'parents' | 'child', childName?: string) => ({ title: `${audience} plan`, category: 'Safety plan', date: '2026-11-01', kind: 'safety-plan' as const, audience, ...(childName ? { childName } : {}) });

ruleTable(rule, [
  { name: 'professionals, parents and each child', facts: { childName: 'Kian Walsh', siblingsOpen: [{ id: '2', name: 'Lacey-Mae Walsh', ageYears: 3 }], documents: [sp('professionals'), sp('parents'), sp('child', 'Kian Walsh'), sp('child', 'Lacey-Mae Walsh')] }, status: 'met' },
  { name: 'one child without a plan', facts: { childName: 'Kian Walsh', siblingsOpen: [{ id: '2', name: 'Lacey-Mae Walsh', ageYears: 3 }], documents: [sp('professionals'), sp('parents'), sp('child', 'Kian Walsh')] }, status: 'unmet', check: (v) => expect(v.message).toContain('Lacey-Mae') },
  { name: 'no professionals version', facts: { childName: 'Kian Walsh', siblingsOpen: [], documents: [sp('parents'), sp('child', 'Kian Walsh')] }, status: 'unmet' },
  { name: 'siblings not seen', facts: { childName: 'Kian Walsh', documents: [sp('parents')] }, status: 'unknown' },
]);
