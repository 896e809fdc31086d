/**
 * The loader: all that runs on a matched page while it loads. Registered at document_start
 * (later run_at values land the injection inside the page's load; see BENCHMARKS.md) and kept
 * tiny, with no framework and no polyfill: once the page has loaded, and only if its address
 * looks like a case page, it asks the service worker to inject the overlay script
 * (entrypoints/overlay.content).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeCasePage } from '../adapters/addresses';

/** The extension API: `chrome` in Chrome and Edge, and also in Firefox (MV3). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export default defineUnlistedScript(() => {
  let tries = 0;
  const start = () => {
    if (!looksLikeCasePage(new URL(location.href))) return;
    // The service worker may be starting up: ask again a few times, then give up quietly
    // (a page left open while the extension updates has no extension to answer).
    chrome.runtime
      .sendMessage({ type: 'load-overlay' })
      .then((reply) => (reply as { ok?: boolean } | undefined)?.ok === true)
      .catch(() => false)
      .then((ok) => {
        if (!ok && ++tries < 4) setTimeout(start, 250 * tries);
      });
  };
  // After the load event has finished, not inside it: the page's load time stays its own.
  const later = () => setTimeout(start, 0);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
});
