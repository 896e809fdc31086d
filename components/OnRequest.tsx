/**
 * The panel's parts that the practitioner asks for (the mapping control, the reading report's lines)
 * are not in the overlay script a case page is given: on the first request the service worker
 * injects them into this frame's isolated world (entrypoints/overlay-parts), where they render with
 * the overlay's own Preact. Nothing is exposed to the page, and nothing is fetched.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_PARTS, SHARED_PREACT, type LoadPanelPartsMessage } from '../messaging/protocol';
import type { PanelParts } from './panel-parts';
import { t } from './i18n';
import { SHARED_PREACT_MODULES } from './shared-preact';

type World = Record<string, unknown>;
let loading: Promise<PanelParts> | null = null;
/** Set once the parts are here: later requests show them at once. */
let loaded: PanelParts | null = null;

/** The parts, injected on the first call; a failed load is tried again on the next request. */
export function loadPanelParts(): Promise<PanelParts> {
  loading ??= (async () => {
    const world = globalThis as unknown as World;
    world[SHARED_PREACT] = SHARED_PREACT_MODULES;
    const reply = (await browser.runtime.sendMessage({ type: 'load-panel-parts' } satisfies LoadPanelPartsMessage)) as { ok: boolean } | undefined;
    const parts = world[PANEL_PARTS] as PanelParts | undefined;
    if (!reply?.ok || !parts) throw new Error('The panel parts were not injected');
    loaded = parts;
    return parts;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The parts' own styles, added once to the panel's shadow root beside the overlay's. */
function addStyles(inside: Node, css: string): void {
  const root = inside.getRootNode() as ShadowRoot | Document;
  const into = 'host' in root ? root : document.head;
  if (into.querySelector('style[data-panel-parts]')) return;
  const style = document.createElement('style');
  style.dataset.panelParts = '';
  style.textContent = css;
  into.append(style);
}

/** Renders `children` with the parts once they are here; says so while they load, and if they cannot. */
export function OnRequest({ children }: { children: (parts: PanelParts) => ComponentChildren }) {
  const [parts, setParts] = useState<PanelParts | 'failed' | null>(loaded);
  const here = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded) return;
    let gone = false;
    loadPanelParts().then(
      (loaded) => !gone && setParts(loaded),
      () => !gone && setParts('failed'),
    );
    return () => {
      gone = true;
    };
  }, []);
  useLayoutEffect(() => {
    if (parts && parts !== 'failed' && here.current) addStyles(here.current, parts.css);
  }, [parts]);
  return (
    <div class="cc-on-request" ref={here} aria-busy={parts === null ? 'true' : undefined}>
      {parts === null && (
        <p class="cc-hint" role="status">
          {t('partLoading')}
        </p>
      )}
      {parts === 'failed' && (
        <p class="cc-alert" role="alert">
          {t('partNotLoaded')}
        </p>
      )}
      {parts && parts !== 'failed' && children(parts)}
    </div>
  );
}
