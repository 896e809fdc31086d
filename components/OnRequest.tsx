/**
 * The panel's parts that are not needed for its first drawing are not in the overlay script a case
 * page is given: on the first request for a set of them the service worker injects it into this
 * frame's isolated world (entrypoints/overlay-parts, overlay-it-parts), where it renders with the
 * overlay's own Preact. Nothing is exposed to the page, and nothing is fetched.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PART_SETS, SHARED_PREACT, type LoadPanelPartsMessage, type PartSet } from '../messaging/protocol';
import type { ItParts } from './it-parts';
import type { PanelParts } from './panel-parts';
import { t } from './i18n';
import { SHARED_PREACT_MODULES } from './shared-preact';

interface PartsOf {
  panel: PanelParts;
  it: ItParts;
}
type World = Record<string, unknown>;
const loading: Partial<Record<PartSet, Promise<unknown>>> = {};
/** The sets here: later requests show them at once. */
const loaded: Partial<Record<PartSet, unknown>> = {};

/** The set of parts, injected on the first call; a failed load is tried again on the next request. */
export function loadPanelParts<K extends PartSet>(set: K): Promise<PartsOf[K]> {
  const load = async () => {
    const world = globalThis as unknown as World;
    world[SHARED_PREACT] = SHARED_PREACT_MODULES;
    const reply = (await browser.runtime.sendMessage({ type: 'load-panel-parts', parts: set } satisfies LoadPanelPartsMessage)) as { ok: boolean } | undefined;
    const parts = world[PART_SETS[set]] as PartsOf[K] | undefined;
    if (!reply?.ok || !parts) throw new Error(`The panel's parts (${set}) were not injected`);
    loaded[set] = parts;
    return parts;
  };
  loading[set] ??= load().catch((error: unknown) => {
    delete loading[set];
    throw error;
  });
  return loading[set] as Promise<PartsOf[K]>;
}

/** Which sets' styles each root has taken in. */
const styled = new WeakMap<Node, Set<PartSet>>();

/**
 * The set's own styles, added once to the panel's shadow root: to the overlay's own style sheet
 * there, so that the shadow root holds no style element but its first (an element added later
 * would be indistinguishable from one a hostile page put there).
 */
function addStyles(inside: Node, set: PartSet, css: string): void {
  const root = inside.getRootNode() as ShadowRoot | Document;
  const into = 'host' in root ? root : document.head;
  const sets = styled.get(into) ?? new Set<PartSet>();
  if (sets.has(set)) return;
  sets.add(set);
  styled.set(into, sets);
  const own = 'host' in root ? root.querySelector('style') : null;
  if (own) own.textContent += `\n${css}`;
  else {
    const style = document.createElement('style');
    style.textContent = css;
    into.append(style);
  }
}

/** Renders `children` with the set of parts once it is here; says so while it loads, and if it cannot. */
export function OnRequest<K extends PartSet>({ parts: set, children }: { parts: K; children: (parts: PartsOf[K]) => ComponentChildren }) {
  const [parts, setParts] = useState<PartsOf[K] | 'failed' | null>((loaded[set] as PartsOf[K] | undefined) ?? null);
  const here = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded[set]) return;
    let gone = false;
    loadPanelParts(set).then(
      (loaded) => !gone && setParts(loaded),
      () => !gone && setParts('failed'),
    );
    return () => {
      gone = true;
    };
  }, []);
  useLayoutEffect(() => {
    if (parts && parts !== 'failed' && here.current) addStyles(here.current, set, parts.css);
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
