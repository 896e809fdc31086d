/**
 * The case as the service worker holds it, kept current for the drafting view: asked for on
 * opening, and again whenever the worker says the case changed (a page of it was read) or the
 * practitioner comes back to this tab. It never wakes the worker on a timer.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CASE_PORT_PREFIX, type CaseStateWithRecord } from '../messaging/protocol';

/** undefined while asking; null when the case is not open in this browser session. */
export function useCaseState(caseKey: string): CaseStateWithRecord | null | undefined {
  const [state, setState] = useState<CaseStateWithRecord | null | undefined>(undefined);
  useEffect(() => {
    let closed = false;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const ask = async () => {
      // No answer (the extension restarting) reads as "not open": the page says what to do.
      const s = ((await browser.runtime.sendMessage({ type: 'get-state', caseKey }).catch(() => null)) ?? null) as CaseStateWithRecord | null;
      if (!closed) setState((before) => (s === null && before ? before : s));
    };
    const connect = () => {
      if (port || closed) return;
      try {
        port = browser.runtime.connect({ name: CASE_PORT_PREFIX + caseKey });
      } catch {
        return;
      }
      port.onMessage.addListener(() => void ask());
      port.onDisconnect.addListener(() => (port = undefined));
    };
    const back = () => {
      if (document.visibilityState !== 'visible') return;
      connect();
      void ask();
    };
    void ask();
    connect();
    document.addEventListener('visibilitychange', back);
    window.addEventListener('focus', back);
    return () => {
      closed = true;
      document.removeEventListener('visibilitychange', back);
      window.removeEventListener('focus', back);
      port?.disconnect();
    };
  }, [caseKey]);
  return state;
}
