/**
 * The practitioner's parts of the panel (components/panel-parts.ts), injected by the service worker
 * into the overlay's frame on request only (entrypoints/background/overlay-start.ts). Built with the
 * overlay's own Preact (wxt.config.ts), which the overlay lends it on the same window.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PART_SETS } from '../../messaging/protocol';
import { panelParts } from '../../components/panel-parts';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[PART_SETS.panel] = panelParts;
});
