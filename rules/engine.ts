/** Evaluates a pack against a case record on a given day: the verdicts in the pack's order and a summary. */
import type { CaseRecord } from '../record/schema';
import { applicability } from './common/support';
import type { Pack } from './packs';
import { RULES } from './registry';
import { isWaiting, type Citation, type Level, type Rule, type RuleContext, type Verdict } from './types';

export interface EvaluatedRule extends Verdict {
  rule: string;
  level: Level;
  /** The title with the pack's parameters filled in ("within 10 days"). */
  title: string;
  statement: string;
  why: string;
  sources: readonly Citation[];
}

/**
 * The figures every view shows (panel header, groups, folded tab, badge, popup), counted once
 * here so no two views can disagree. Waiting items are met in the catalogue's reading but not
 * finished: they count apart, never as done or as musts met.
 */
export interface Summary {
  /** Musts done (met and not waiting). */
  mustsMet: number;
  /** Musts that apply to this case (not n/a), whatever their status. */
  mustsApplicable: number;
  shouldsMet: number;
  shouldsApplicable: number;
  /** Items met and not waiting. */
  done: number;
  /** Items met on time but not finished (a letter requested, not yet due). */
  waiting: number;
  /** Items unmet. */
  toDo: number;
  /** Items unknown: not seen yet. */
  toCheck: number;
  notApplicable: number;
  /** Items past their due date. */
  overdue: number;
}

export interface EvaluationResult {
  packId: string;
  verdicts: EvaluatedRule[];
  summary: Summary;
}

/** A rule's parameters as a pack sets them, the rule's defaults filling the rest. */
export function paramsOf(rule: Rule, set: Record<string, number> = {}): Record<string, number> {
  return { ...Object.fromEntries(Object.entries(rule.params ?? {}).map(([k, spec]) => [k, spec.default])), ...set };
}

/** Fills `{name}` in a rule's title or statement with the parameter's value; unknown names stay as written. */
export function withParams(text: string, params: Record<string, number>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A rule's title with a pack's parameters (the rule's defaults where the pack sets none). */
export function titleOf(rule: Rule, set?: Record<string, number>): string {
  return withParams(rule.title, paramsOf(rule, set));
}

/**
 * One rule on one record: the case kinds it applies to first (closure-rules.md "applies to"), then the
 * rule itself. A rule that throws, or answers met without evidence, can only say it could not tell.
 */
export function evaluateRule(rule: Rule, record: CaseRecord, context: RuleContext): Verdict {
  if (rule.appliesTo !== 'all') {
    const notApplying = applicability(record, rule.appliesTo, withParams(rule.title, context.params));
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
  // Waiting means "met, not finished": on any other status it would say nothing true.
  if (verdict.waiting && verdict.status !== 'met') verdict = { ...verdict, waiting: undefined };
  return verdict;
}

export function evaluate(pack: Pack, record: CaseRecord, today: string): EvaluationResult {
  const verdicts = pack.rules.map(({ rule: id, level, params: set }): EvaluatedRule => {
    const rule = RULES[id];
    if (!rule) return { rule: id, level, title: id, statement: '', why: '', sources: [], status: 'unknown', message: `This pack names a rule this version does not know (${id}).`, evidence: [] };
    const params = paramsOf(rule, set);
    const about = { rule: id, level, title: withParams(rule.title, params), statement: withParams(rule.statement, params), why: rule.why, sources: rule.sources };
    return { ...about, ...evaluateRule(rule, record, { today, params }) };
  });
  return { packId: pack.id, verdicts, summary: summarise(verdicts) };
}

/** The figures of a list of verdicts (see Summary). */
export function summarise(verdicts: readonly (Pick<Verdict, 'status' | 'waiting' | 'overdueDays'> & { level: Level })[]): Summary {
  const done = (v: (typeof verdicts)[number]) => v.status === 'met' && !isWaiting(v);
  const count = (test: (v: (typeof verdicts)[number]) => boolean) => verdicts.filter(test).length;
  return {
    mustsMet: count((v) => v.level === 'must' && done(v)),
    mustsApplicable: count((v) => v.level === 'must' && v.status !== 'n/a'),
    shouldsMet: count((v) => v.level === 'should' && done(v)),
    shouldsApplicable: count((v) => v.level === 'should' && v.status !== 'n/a'),
    done: count(done),
    waiting: count(isWaiting),
    toDo: count((v) => v.status === 'unmet'),
    toCheck: count((v) => v.status === 'unknown'),
    notApplicable: count((v) => v.status === 'n/a'),
    overdue: count((v) => (v.overdueDays ?? 0) > 0),
  };
}

/** A gap another pack would flag: a rule not in the pack in use, unmet under another pack. */
export interface OtherPackGap {
  rule: string;
  /** The title as the first pack flagging it sets its parameters. */
  title: string;
  message: string;
  /** Every other pack that flags it, in the order given. */
  packs: { id: string; title: string }[];
}

/**
 * What other guidance would flag that the pack in use does not look at (a timed-out note under
 * the Mosaic default pack, say): told apart from the pack's own figures, never counted in them.
 */
export function otherPackGaps(current: Pack, others: readonly Pack[], record: CaseRecord, today: string): OtherPackGap[] {
  const own = new Set(current.rules.map((r) => r.rule));
  const gaps = new Map<string, OtherPackGap>();
  for (const pack of others) {
    if (pack.id === current.id) continue;
    const outside = { ...pack, rules: pack.rules.filter((r) => !own.has(r.rule)) };
    if (outside.rules.length === 0) continue;
    for (const v of evaluate(outside, record, today).verdicts) {
      if (v.status !== 'unmet') continue;
      const gap = gaps.get(v.rule);
      if (gap) gap.packs.push({ id: pack.id, title: pack.title });
      else gaps.set(v.rule, { rule: v.rule, title: v.title, message: v.message, packs: [{ id: pack.id, title: pack.title }] });
    }
  }
  return [...gaps.values()];
}
