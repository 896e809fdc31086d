/**
 * The reading report, for IT and practice leads after a host release: for each page of this tab, each
 * fact the host profile expects there, whether it was read and from which of the page's labels, and
 * what the profile looked for and did not find. Labels and facts only, never a case value; copied as
 * text for a support ticket.
 */
import { useState } from 'preact/hooks';
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

export function ReadingReport({ load }: { load: () => Promise<PageReport[] | undefined> }) {
  const [reports, setReports] = useState<PageReport[] | null>(null);
  const [said, setSaid] = useState('');
  const refresh = () => void load().then((r) => setReports(r ?? []));
  return (
    <details class="cc-report" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && refresh()}>
      <summary>{t('reportHeading')}</summary>
      <p class="cc-hint">{t('reportHint')}</p>
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
    </details>
  );
}
