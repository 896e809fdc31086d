/** Evaluates a pack against a case record on a given day: the verdicts in the pack's order and a summary. */
import type { CaseRecord } from '../record/schema';
import { applicability } from './common/support';
import type { Pack } from './packs';
import { RULES } from './registry';
import type { Citation, Level, Rule, RuleContext, Verdict } from './types';

export interface EvaluatedRule extends Verdict {
  rule: string;
  level: Level;
  title: string;
  statement: string;
  why: string;
  sources: readonly Citation[];
}

export interface EvaluationResult {
  packId: string;
  verdicts: EvaluatedRule[];
  summary: {
    mustsMet: number;
    /** Musts that apply to this case (not n/a), whatever their status. */
    mustsApplicable: number;
    shouldsMet: number;
    shouldsApplicable: number;
    unknown: number;
    unmet: number;
    overdue: number;
  };
}

/**
 * One rule on one record: the case kinds it applies to first (closure-rules.md "applies to"), then the
 * rule itself. A rule that throws, or answers met without evidence, can only say it could not tell.
 */
export function evaluateRule(rule: Rule, record: CaseRecord, context: RuleContext): Verdict {
  if (rule.appliesTo !== 'all') {
    const notApplying = applicability(record, rule.appliesTo, rule.title);
    if (notApplying) return notApplying;
  }
  let verdict: Verdict;
  try {
    verdict = rule.evaluate(record, context);
  } catch (error) {
    verdict = { status: 'unknown', message: `This check could not be made (${error instanceof Error ? error.message : String(error)}).`, evidence: [] };
  }
  if (verdict.status === 'met' && verdict.evidence.length === 0) {
    verdict = { status: 'unknown', message: 'This check found no evidence it could show.', evidence: [] };
  }
  return verdict;
}

export function evaluate(pack: Pack, record: CaseRecord, today: string): EvaluationResult {
  const verdicts = pack.rules.map(({ rule: id, level, params }): EvaluatedRule => {
    const rule = RULES[id];
    const about = { rule: id, level, title: rule?.title ?? id, statement: rule?.statement ?? '', why: rule?.why ?? '', sources: rule?.sources ?? [] };
    if (!rule) return { ...about, status: 'unknown', message: `This pack names a rule this version does not know (${id}).`, evidence: [] };
    const defaults = Object.fromEntries(Object.entries(rule.params ?? {}).map(([k, spec]) => [k, spec.default]));
    return { ...about, ...evaluateRule(rule, record, { today, params: { ...defaults, ...params } }) };
  });
  const count = (level: Level, status?: string) => verdicts.filter((v) => v.level === level && (status ? v.status === status : v.status !== 'n/a')).length;
  return {
    packId: pack.id,
    verdicts,
    summary: {
      mustsMet: count('must', 'met'),
      mustsApplicable: count('must'),
      shouldsMet: count('should', 'met'),
      shouldsApplicable: count('should'),
      unknown: verdicts.filter((v) => v.status === 'unknown').length,
      unmet: verdicts.filter((v) => v.status === 'unmet').length,
      overdue: verdicts.filter((v) => (v.overdueDays ?? 0) > 0).length,
    },
  };
}
