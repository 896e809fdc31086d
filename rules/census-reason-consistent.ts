import { evidence, fact, met, notApplicable, notRecognised, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'census-reason-consistent',
  title: 'Closure reason fits the Children in Need census',
  statement: 'A “closed after assessment” reason (RC8 or RC9) is used only when the episode held an assessment and no CIN plan, CP plan or CLA episode.',
  why: 'The DfE census rejects RC8/RC9 for an episode with a plan (validation 2990) or without an assessment (8825Q).',
  level: 'should',
  appliesTo: 'all',
  sources: [{ source: 'DfE', section: 'Children in Need census: reason for closure codes', quote: 'validation rules 2990 (RC8/RC9 with a CIN plan, CP plan or section 47) and 8825Q (RC8/RC9 without an assessment)' }],
  evaluate(record) {
    const reason = fact(record, 'closureReason');
    if (!reason) return unknown(record, ['closureReason'], 'the reason for closure');
    if (!reason.value) return notApplicable('No reason for closure is chosen yet.', [evidence(record, 'closureReason', 'no reason chosen')]);
    const seen = [evidence(record, 'closureReason', `reason: ${reason.value.label}`)];
    // An option the host profile does not know may be a census RC8/RC9 in other words: unknown.
    if (reason.value.code === null && reason.value.stepDown === null) return notRecognised('closureReason', [reason.value.label], 'whether the reason for closure fits the census', seen);
    // Reading 17: only a reason that is literally RC8 or RC9 can be inconsistent.
    if (reason.value.code !== 'RC8' && reason.value.code !== 'RC9') return met(`${reason.value.label} fits the census.`, seen);
    const involvements = fact(record, 'involvements');
    const items = fact(record, 'workItems');
    const plans = involvements?.value.filter((i) => i.kind === 'cin' || i.kind === 'cp' || i.kind === 'cla') ?? [];
    if (plans.length > 0) {
      return unmet(
        `${reason.value.code} means “closed after assessment”, but the episode held ${[...new Set(plans.map((p) => p.kind.toUpperCase()))].join(', ')} (census validation 2990).`,
        [...seen, evidence(record, 'involvements', `involvements: ${plans.map((p) => p.title).join(', ')}`)],
        'Choose the reason that fits: for a step-down after a plan, the local step-down option (RC7).',
      );
    }
    if (items && !items.value.some((w) => w.kind === 'assessment')) {
      return unmet(`${reason.value.code} means “closed after assessment”, but no assessment is recorded (census validation 8825Q).`, [...seen, evidence(record, 'workItems', 'no assessment work item')], 'Record the assessment, or choose the reason that fits.');
    }
    if (!involvements || !items) return unknown(record, ['involvements', 'workItems'], 'the involvements and assessments, to check the census reason', seen);
    return met(`${reason.value.code} fits: an assessment and no plan.`, [...seen, evidence(record, 'involvements', 'no CIN, CP or CLA involvement'), evidence(record, 'workItems', 'an assessment is recorded')]);
  },
};
export default rule;
