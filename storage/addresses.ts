/**
 * A council's own case-system addresses: the content script is registered for each one the
 * practitioner (or IT) has added and the browser has granted. Nothing broad is asked at install.
 */
import { browser } from 'wxt/browser';
import { LOADER_SCRIPT } from '../adapters/matches';
import type { CaseSystemAddress } from './settings';

const PREFIX = 'council:';

/** The match pattern for an origin ("https://mosaic.example.gov.uk" → "https://mosaic.example.gov.uk/*"). */
export function matchPattern(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** Registers the content script for every granted address, and unregisters the rest. */
export async function syncCouncilAddresses(addresses: CaseSystemAddress[]): Promise<void> {
  try {
    const wanted = new Map<string, string>();
    for (const a of addresses) {
      const pattern = matchPattern(a.origin);
      if (pattern && (await browser.permissions.contains({ origins: [pattern] }))) wanted.set(PREFIX + pattern, pattern);
    }
    const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
    const stale = registered.filter((s) => !wanted.has(s.id)).map((s) => s.id);
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
    const fresh = [...wanted].filter(([id]) => !registered.some((s) => s.id === id));
    if (fresh.length) {
      await browser.scripting.registerContentScripts(fresh.map(([id, pattern]) => ({ id, matches: [pattern], js: [LOADER_SCRIPT], allFrames: true, runAt: 'document_start' as const, persistAcrossSessions: true })));
    }
  } catch (error) {
    console.warn('Closure Companion could not set up the case-system addresses:', error);
  }
}
