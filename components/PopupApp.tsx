/** The toolbar popup: the quick check for the case in the current tab, and a way into the panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CaseState } from '../messaging/protocol';
import { loadSettings } from '../storage/settings';
import { t } from './i18n';
import { PolicyNotice } from './PolicyNotice';
import { policyProblems } from './policy-problems';
import { nothingLeft, summaryInWords } from './words';

export function PopupApp() {
  const [state, setState] = useState<CaseState | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    void loadSettings().then((s) => setProblems(policyProblems(s)));
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (tab?.id === undefined) return setState(null);
      setTabId(tab.id);
      setState((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as CaseState | null);
    });
  }, []);

  if (state === undefined) return <p>{t('popupChecking')}</p>;
  if (state === null) {
    return (
      <main>
        <h1>{t('extName')}</h1>
        <p>{t('popupNotACasePage')}</p>
        <PolicyNotice problems={problems} />
      </main>
    );
  }
  const { summary } = state.result;
  return (
    <main>
      <h1>{t('panelHeading')}</h1>
      <p class="cc-popup-case">
        {state.childName && (
          <>
            <strong class="cc-child-name">{state.childName}</strong> ·{' '}
          </>
        )}
        {t('personId')} <strong>{state.personId}</strong> · {state.packTitle}
      </p>
      {/* The panel's own figures, worded as the panel words them. */}
      <p class="cc-popup-summary">{summaryInWords(summary)}</p>
      {nothingLeft(summary) && <p>{t('nothingLeft')}</p>}
      <button
        type="button"
        onClick={() => {
          if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'open-panel' }, { frameId: 0 }).then(() => window.close());
        }}
      >
        {t('openTheChecklist')}
      </button>
      <PolicyNotice problems={problems} />
    </main>
  );
}
