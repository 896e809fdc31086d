/**
 * The overlay's connection to the service worker: it listens for its case's state
 * on a port and re-renders; it owns no case data of its own.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter, CasePage } from '../adapters/types';
import { CASE_PORT_PREFIX, type CaseState } from '../messaging/protocol';
import { loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';
import { Overlay } from './Overlay';

interface Props {
  ctx: ContentScriptContext;
  adapter: Adapter;
  casePage: CasePage;
  caseKey: string;
}

export function OverlayApp({ ctx, adapter, casePage, caseKey }: Props) {
  const [state, setState] = useState<CaseState | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const port = browser.runtime.connect({ name: CASE_PORT_PREFIX + caseKey });
    port.onMessage.addListener((message: unknown) => setState(message as CaseState));
    port.onDisconnect.addListener(() => setLost(ctx.isInvalid));
    ctx.onInvalidated(() => setLost(true));
    void loadSettings().then((s) => setCollapsed(s.collapsed));
    const stop = onSettingsChanged((s) => setCollapsed(s.collapsed));
    return () => {
      stop();
      port.disconnect();
    };
  }, [caseKey]);

  return (
    <Overlay
      system={adapter.system}
      caseKey={caseKey}
      personId={casePage.personId}
      currentPage={casePage.page}
      state={state}
      collapsed={collapsed}
      disconnected={lost}
      pageUrl={(page) => adapter.pageUrl(page, casePage.personId, new URL(location.href))}
      onCollapse={(value) => {
        setCollapsed(value);
        void saveSettings({ collapsed: value });
      }}
      onPack={(pack) => void browser.runtime.sendMessage({ type: 'set-pack', pack })}
    />
  );
}
