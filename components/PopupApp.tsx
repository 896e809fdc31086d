/** The toolbar popup: the quick check for the case in the current tab, and a way into the panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CaseState } from '../messaging/protocol';
import { loadSettings } from '../storage/settings';
import { t } from './i18n';
import { PolicyNotice } from './PolicyNotice';
import { policyProblems } from './policy-problems';
import { summaryInWords } from './words';

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
  const toDo = state.result.summary.mustsApplicable - state.result.summary.mustsMet;
  return (
    <main>
      <h1>{t('panelHeading')}</h1>
      <p>
        {t('personId')} <strong>{state.personId}</strong> · {state.packTitle}
      </p>
      <p class="cc-popup-summary">{summaryInWords(state.result.summary)}</p>
      <p>{toDo === 0 && state.result.summary.unknown === 0 ? t('popupEveryMustMet') : t(toDo === 1 ? 'popupOneMustToDo' : 'popupMustsToDo', String(toDo))}</p>
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
