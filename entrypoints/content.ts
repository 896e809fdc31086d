/**
 * The loader: all that runs on a matched page while it loads. Registered at document_start,
 * where injection costs the page nothing measurable; once the page has loaded, and only if
 * its address looks like a case page, it asks for the overlay script to be injected.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { looksLikeCasePage } from '../adapters/addresses';
import { LOCAL_HOST_MATCHES, STORE_MODE } from '../adapters/matches';

export default defineContentScript({
  // The store build has no local hosts: the loader is registered only for the addresses a
  // council adds on the options page (storage/addresses.ts).
  matches: import.meta.env.MODE === STORE_MODE ? [] : LOCAL_HOST_MATCHES,
  registration: import.meta.env.MODE === STORE_MODE ? 'runtime' : 'manifest',
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    const start = () => {
      if (ctx.isInvalid || !looksLikeCasePage(new URL(location.href))) return;
      browser.runtime.sendMessage({ type: 'load-overlay' }).catch(() => undefined);
    };
    if (document.readyState === 'complete') start();
    else ctx.addEventListener(window, 'load', start, { once: true });
  },
});
