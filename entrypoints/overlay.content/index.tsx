/**
 * Runs in every frame of the matched pages. On a case page of a known host system
 * it reads the page, reports what it saw to the service worker, and in the top
 * frame mounts the overlay. On any other page it stops after detection.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectCasePage } from '../../adapters';
import { LOCAL_HOST_MATCHES, STORE_MODE } from '../../adapters/matches';
import { OverlayApp } from '../../components/OverlayApp';
import overlayCss from '../../components/overlay.css?inline';
import type { Adapter, CasePage } from '../../adapters/types';
import { OVERLAY_STARTED } from '../../messaging/protocol';
import { caseKey } from '../../record/kinds';

/** How long the page must be quiet before it is read again (rows arriving in bursts). */
const REREAD_DELAY_MS = 8;

export default defineContentScript({
  // Injected by the service worker once a likely case page has loaded
  // (entrypoints/background/overlay-start.ts): never part of a page's own load.
  matches: import.meta.env.MODE === STORE_MODE ? [] : LOCAL_HOST_MATCHES,
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    // Injected once per frame: a second request (a fast reload, two events) changes nothing.
    const flagged = window as unknown as Record<typeof OVERLAY_STARTED, boolean | undefined>;
    if (flagged[OVERLAY_STARTED]) return;
    flagged[OVERLAY_STARTED] = true;
    const url = new URL(location.href);
    const found = detectCasePage(document, url);
    if (!found) return;
    const { adapter, casePage } = found;
    watchAndReport(ctx, adapter, url);
    if (window.top === window) mountOverlay(ctx, adapter, casePage);
  },
});

/** Reads the page now and again whenever it changes, sending only readings that differ. */
function watchAndReport(ctx: ContentScriptContext, adapter: Adapter, url: URL): void {
  let last = '';
  let warned = false;
  const report = () => {
    if (ctx.isInvalid) return;
    const reading = adapter.read(document, url, new Date().toISOString());
    // Only in the build of `npm run bench -- --self-test`: a read made slow on purpose, which the
    // benchmark must catch. Undefined in every other build, so the minifier drops the block.
    if (import.meta.env.WXT_BENCH_SLOW_READ_MS) {
      performance.mark('closure-companion-bench-slow-read');
      const end = performance.now() + Number(import.meta.env.WXT_BENCH_SLOW_READ_MS);
      while (performance.now() < end);
    }
    const fingerprint = JSON.stringify(reading.facts, (key, value) => (key === 'seenAt' ? undefined : value));
    if (fingerprint === last) return;
    last = fingerprint;
    browser.runtime.sendMessage({ type: 'reading', reading }).catch((error: unknown) => {
      // Said once: a page left open while the extension updates would otherwise warn on every change.
      if (!warned) console.warn('Closure Companion could not pass the page to the extension:', error);
      warned = true;
      last = '';
    });
  };
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(report, REREAD_DELAY_MS);
  };
  report();
  // Our own changes (the overlay's host element, the room made for the panel) are not the page changing.
  const theirs = (records: MutationRecord[]) =>
    records.some((r) => {
      if (r.target === document.documentElement && r.type === 'attributes') return false;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === 'CLOSURE-COMPANION')) return false;
      return !(r.target as Element).closest?.('closure-companion');
    });
  const observer = new MutationObserver((records) => theirs(records) && schedule());
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value', 'checked', 'selected', 'style', 'class'] });
  ctx.onInvalidated(() => observer.disconnect());
  // Typing in a form changes control values without changing the DOM.
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(document, 'change', schedule, { capture: true });
}

/**
 * The overlay in its own open shadow root, so the host page's styles cannot reach it. Mounted by
 * hand rather than with WXT's shadow-root UI, which removes itself when the extension is updated
 * under the page: the panel stays instead, saying the page needs a reload.
 */
function mountOverlay(ctx: ContentScriptContext, adapter: Adapter, casePage: CasePage): void {
  // An overlay left by an earlier copy of the extension (updated under this page) gives way.
  document.querySelectorAll('closure-companion').forEach((old) => old.remove());
  const host = document.createElement('closure-companion');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${overlayCss}`;
  const app = document.createElement('div');
  shadow.append(style, app);
  (document.body ?? document.documentElement).append(host);
  render(<OverlayApp ctx={ctx} adapter={adapter} casePage={casePage} caseKey={caseKey(adapter.system, casePage.personId)} />, app);
}
