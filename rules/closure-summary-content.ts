import { evidence, fact, isEmpty, met, unknown, unmet } from './common/support';
import type { FactKey } from '../record/schema';
import type { Rule } from './types';

const PARTS: { key: FactKey & ('reasonForInvolvement' | 'whatChanged' | 'riskAndCapacity' | 'nextSteps'); name: string }[] = [
  { key: 'reasonForInvolvement', name: 'why the service was involved' },
  { key: 'whatChanged', name: 'what changed for the child' },
  { key: 'riskAndCapacity', name: 'how risk was reduced or needs met (parental capacity)' },
  { key: 'nextSteps', name: 'what happens next' },
];

const rule: Rule = {
  id: 'closure-summary-content',
  title: 'Closure record tells the child’s journey',
  statement: 'The closure record explains why the service was involved, what changed for the child, how risk was reduced or needs met (parental capacity), and what happens next.',
  why: 'The closure record should link why the family was referred to what is different now for the child.',
  level: 'should',
  appliesTo: ['cin', 'cp', 'cla'],
  sources: [{ source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: 'The Referral Closure Record should present the rationale for CSC intervention ceasing.' }],
  evaluate(record) {
    const seen = PARTS.flatMap(({ key, name }) => {
      const f = fact(record, key);
      return f ? [{ part: name, empty: isEmpty(f.value), ev: evidence(record, key, `${name}: ${isEmpty(f.value) ? 'empty' : 'filled'}`) }] : [];
    });
    const empty = seen.filter((s) => s.empty).map((s) => s.part);
    if (empty.length > 0) return unmet(`Not filled: ${empty.join('; ')}.`, seen.map((s) => s.ev), `Fill in ${empty.join('; ')} on the closure record.`);
    if (seen.length < PARTS.length) return unknown(record, PARTS.map((p) => p.key), 'the closure record’s summary fields', seen.map((s) => s.ev));
    return met('All four parts of the closure record are filled.', seen.map((s) => s.ev));
  },
};
export default rule;
