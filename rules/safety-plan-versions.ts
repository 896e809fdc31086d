import { evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const firstName = (name: string) => norm(name).split(' ')[0] ?? '';

const rule: Rule = {
  id: 'safety-plan-versions',
  title: 'Safety plans for professionals, parents and each child',
  statement: 'Safety plans exist for the professionals, for the parents/carers, and an age-appropriate version for each child.',
  why: 'Everyone keeping the child safe needs a plan written for them, and every child needs one they can understand.',
  level: 'should',
  appliesTo: 'all',
  sources: [
    { source: 'C', section: 'Good clear closures summaries', quote: 'we need to ensure all children have their own age-appropriate safety plan' },
  ],
  evaluate(record) {
    const docs = fact(record, 'documents');
    const child = fact(record, 'childName');
    const siblings = fact(record, 'siblingsOpen');
    if (!docs || !child || !siblings) return unknown(record, ['documents', 'childName', 'siblingsOpen'], 'the documents and the children in the case');
    const plans = docs.value.filter((d) => d.kind === 'safety-plan');
    const childPlans = plans.filter((p) => p.audience === 'child' && p.childName);
    const hasChildPlan = (name: string) =>
      childPlans.some((p) => norm(p.childName!) === norm(name)) || childPlans.some((p) => firstName(p.childName!) === firstName(name));
    const missing = [
      plans.some((p) => p.audience === 'professionals') ? null : 'professionals',
      plans.some((p) => p.audience === 'parents') ? null : 'parents/carers',
      ...[child.value, ...siblings.value.map((s) => s.name)].filter((name) => !hasChildPlan(name)).map((name) => `${name} (child’s version)`),
    ].filter((m): m is string => m !== null);
    const seen = [evidence(record, 'documents', plans.length ? plans.map((p) => p.category).join('; ') : 'no safety plans'), evidence(record, 'childName', child.value), evidence(record, 'siblingsOpen', `${siblings.value.length} sibling(s) open`)];
    if (missing.length === 0) return met('Safety plans for professionals, parents/carers and every child.', seen);
    return unmet(`Missing safety plans: ${missing.join(', ')}.`, seen, `Write the missing safety plan${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}.`);
  },
};
export default rule;
