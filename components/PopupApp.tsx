/** The toolbar popup: the quick check for the case in the current tab, and a way into the panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CaseState } from '../messaging/protocol';
import { summaryInWords } from './words';

export function PopupApp() {
  const [state, setState] = useState<CaseState | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (tab?.id === undefined) return setState(null);
      setTabId(tab.id);
      setState((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as CaseState | null);
    });
  }, []);

  if (state === undefined) return <p>Checking this tab…</p>;
  if (state === null) {
    return (
      <main>
        <h1>Closure Companion</h1>
        <p>This tab is not a case page of a case system Closure Companion knows.</p>
      </main>
    );
  }
  const toDo = state.result.summary.mustsApplicable - state.result.summary.mustsMet;
  return (
    <main>
      <h1>Closure readiness</h1>
      <p>
        Person ID <strong>{state.personId}</strong> · {state.packTitle}
      </p>
      <p class="cc-popup-summary">{summaryInWords(state.result.summary)}</p>
      <p>{toDo === 0 && state.result.summary.unknown === 0 ? 'Every must is met.' : `${toDo} must${toDo === 1 ? '' : 's'} still to do or check.`}</p>
      <button
        type="button"
        onClick={() => {
          if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'open-panel' }, { frameId: 0 }).then(() => window.close());
        }}
      >
        Open the checklist
      </button>
    </main>
  );
}
