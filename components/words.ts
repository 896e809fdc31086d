/** The summary and statuses in a practitioner's words. */
import type { EvaluationResult } from '../rules/engine';
import type { Status } from '../rules/types';

export const STATUS_WORDS: Record<Status, string> = {
  met: 'Done',
  unmet: 'To do',
  unknown: 'To check',
  'n/a': 'Not applicable',
};

/** "8 of 12 musts met · 3 to check · 1 overdue" */
export function summaryInWords(summary: EvaluationResult['summary']): string {
  const parts = [`${summary.mustsMet} of ${summary.mustsApplicable} musts met`];
  if (summary.unknown > 0) parts.push(`${summary.unknown} to check`);
  if (summary.overdue > 0) parts.push(`${summary.overdue} overdue`);
  return parts.join(' · ');
}
