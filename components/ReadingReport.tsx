/**
 * The reading report, for IT and practice leads after a host release, tucked away below the
 * checklist; its lines (ReadingReportLines) are loaded when it is opened.
 */
import { useState } from 'preact/hooks';
import type { PageReport } from '../messaging/protocol';
import { t } from './i18n';
import { OnRequest } from './OnRequest';

export function ReadingReport({ load }: { load: () => Promise<PageReport[] | undefined> }) {
  const [opened, setOpened] = useState(0);
  return (
    <details class="cc-report" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened((n) => n + 1)}>
      <summary>{t('reportHeading')}</summary>
      <p class="cc-hint">{t('reportHint')}</p>
      {opened > 0 && <OnRequest>{(parts) => <parts.ReadingReportLines load={load} opened={opened} />}</OnRequest>}
    </details>
  );
}
