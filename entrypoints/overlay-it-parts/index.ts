/**
 * IT's parts of the panel (components/it-parts.ts: the mapping control, the reading report's lines),
 * injected by the service worker into the overlay's frame on request only
 * (entrypoints/background/overlay-start.ts). Built with the overlay's own Preact (wxt.config.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PART_SETS } from '../../messaging/protocol';
import { itParts } from '../../components/it-parts';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[PART_SETS.it] = itParts;
});
