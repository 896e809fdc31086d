/** The summary, figures and statuses in a practitioner's words: one wording for every view. */
import type { EvaluatedRule, Summary } from '../rules/engine';
import { isWaiting, type Status } from '../rules/types';
import { t } from './i18n';

const STATUS_KEYS = { met: 'statusMet', unmet: 'statusUnmet', unknown: 'statusUnknown', 'n/a': 'statusNotApplicable' } as const satisfies Record<Status, string>;

/** "Done", "To do", "To check", "Not applicable". */
export const statusInWords = (status: Status): string => t(STATUS_KEYS[status]);

/** A verdict's status as the panel shows it: a met item that is only on time reads "Waiting". */
export const verdictInWords = (verdict: Pick<EvaluatedRule, 'status' | 'waiting'>): string => (isWaiting(verdict) ? t('statusWaiting') : statusInWords(verdict.status));

/** What is left, in one order everywhere: "1 to do", "11 to check", "1 waiting", "1 overdue" (those above zero). */
export function figuresInWords(summary: Summary): string[] {
  const parts: string[] = [];
  if (summary.toDo > 0) parts.push(t('summaryToDo', String(summary.toDo)));
  if (summary.toCheck > 0) parts.push(t('summaryToCheck', String(summary.toCheck)));
  if (summary.waiting > 0) parts.push(t('summaryWaiting', String(summary.waiting)));
  if (summary.overdue > 0) parts.push(t('summaryOverdue', String(summary.overdue)));
  return parts;
}

/** "7 of 8 musts met · 1 to do · 11 to check · 1 waiting" */
export function summaryInWords(summary: Summary): string {
  return [t('summaryMustsMet', [String(summary.mustsMet), String(summary.mustsApplicable)]), ...figuresInWords(summary)].join(' · ');
}

/** Nothing to do, check or wait for: the only state a view may call finished. */
export const nothingLeft = (summary: Summary): boolean => figuresInWords(summary).length === 0;

/**
 * The toolbar badge from the same figures: the items to do; "?" when none is to do but some are
 * still to check; "…" when all that is left is waiting. "✓" only when nothing is left, so a badge
 * never looks ready while something is unseen or on its way.
 */
export function badgeFor(summary: Summary): { text: string; colour: string } {
  if (summary.toDo > 0) return { text: String(summary.toDo), colour: '#b3261e' };
  if (summary.toCheck > 0) return { text: '?', colour: '#5c4813' };
  if (summary.waiting > 0) return { text: '…', colour: '#1d4f91' };
  return { text: '✓', colour: '#1e6b34' };
}
