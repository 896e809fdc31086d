/** The summary and statuses in a practitioner's words. */
import type { EvaluationResult } from '../rules/engine';
import type { Status } from '../rules/types';
import { t } from './i18n';

const STATUS_KEYS = { met: 'statusMet', unmet: 'statusUnmet', unknown: 'statusUnknown', 'n/a': 'statusNotApplicable' } as const satisfies Record<Status, string>;

/** "Done", "To do", "To check", "Not applicable". */
export const statusInWords = (status: Status): string => t(STATUS_KEYS[status]);

/** "8 of 12 musts met · 3 to check · 1 overdue" */
export function summaryInWords(summary: EvaluationResult['summary']): string {
  const parts = [t('summaryMustsMet', [String(summary.mustsMet), String(summary.mustsApplicable)])];
  if (summary.unknown > 0) parts.push(t('summaryToCheck', String(summary.unknown)));
  if (summary.overdue > 0) parts.push(t('summaryOverdue', String(summary.overdue)));
  return parts.join(' · ');
}
