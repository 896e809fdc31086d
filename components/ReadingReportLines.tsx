/**
 * The reading report's lines, loaded when the report is opened (ReadingReport): for each page of this
 * tab, each fact the host profile expects there, whether it was read and from which of the page's
 * labels, and what the profile looked for and did not find. Labels and facts only, never a case
 * value; copied as text for a support ticket.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../messaging/protocol';
import { t } from './i18n';

const MARKS = { read: '✓', missing: '✗', ambiguous: '?', unreadable: '!' } as const;
const OUTCOMES = { missing: 'reportOutcomeMissing', ambiguous: 'reportOutcomeAmbiguous', unreadable: 'reportOutcomeUnreadable' } as const;

/** The report as plain text, a line per fact. */
export function reportText(reports: PageReport[]): string {
  return reports
    .map((r) =>
      [`${r.pageTitle} (${r.page}) · ${r.system} · ${r.profile}`, ...r.lines.map((l) => `  ${MARKS[l.outcome]} ${l.fact}: ${l.outcome === 'read' ? t('reportReadFrom', l.from ?? '') : (l.detail ?? l.outcome)}`)].join('\n'),
    )
    .join('\n\n');
}

/** `opened` grows each time the report is opened: the lines are asked for afresh then. */
export function ReadingReportLines({ load, opened }: { load: () => Promise<PageReport[] | undefined>; opened: number }) {
  const [reports, setReports] = useState<PageReport[] | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => void load().then((r) => setReports(r ?? [])), [opened]);
  return (
    <>
      {reports?.length === 0 && <p>{t('reportNothingYet')}</p>}
      {reports?.map((r) => (
        <section key={r.page} aria-label={r.pageTitle}>
          <h4>
            {r.pageTitle} <span class="cc-hint">({r.profile})</span>
          </h4>
          <ul class="cc-report-lines">
            {r.lines.map((l, i) => (
              <li key={i} data-outcome={l.outcome}>
                <span aria-hidden="true">{MARKS[l.outcome]} </span>
                <strong>{l.fact}</strong>: {l.outcome === 'read' ? t('reportReadFrom', l.from ?? '') : `${t(OUTCOMES[l.outcome as keyof typeof OUTCOMES])} ${l.detail ?? ''}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {reports && reports.length > 0 && (
        <button
          type="button"
          class="cc-link"
          onClick={() =>
            void navigator.clipboard.writeText(reportText(reports)).then(
              () => setSaid(t('reportCopied')),
              () => setSaid(t('copyFailed')),
            )
          }
        >
          {t('reportCopy')}
        </button>
      )}
      <p role="status" class="cc-said">
        {said}
      </p>
    </>
  );
}
