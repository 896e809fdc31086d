/**
 * The reading report, for IT and practice leads after a host release, tucked away below the
 * checklist; its lines (ReadingReportLines) are loaded when it is opened.
 */
import { useState } from 'preact/hooks';
import type { PageReport } from '../messaging/protocol';
import { Disclosure } from './Disclosure';
import { t } from './i18n';
import { OnRequest } from './OnRequest';

export function ReadingReport({ load }: { load: () => Promise<PageReport[] | undefined> }) {
  const [opened, setOpened] = useState(0);
  return (
    <Disclosure class="cc-report" label={t('reportHeading')} onOpen={() => setOpened((n) => n + 1)}>
      <p class="cc-hint">{t('reportHint')}</p>
      {opened > 0 && <OnRequest parts="it">{(parts) => <parts.ReadingReportLines load={load} opened={opened} />}</OnRequest>}
    </Disclosure>
  );
}
