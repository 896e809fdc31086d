/**
 * A council's own case-system addresses: the overlay starts on case pages at these addresses
 * only, once the practitioner (or IT) has added them and the browser has granted them.
 * Nothing broad is asked at install.
 */
import { browser } from 'wxt/browser';
import { LOCAL_HOST_MATCHES, STORE_MODE } from '../adapters/matches';
import type { CaseSystemAddress } from './settings';

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

/**
 * Whether a page's address is on a case system: one of the council's addresses or, in the demo
 * and test builds, this machine. Scheme and host must match; the port is ignored, as in the
 * browser's own match patterns (which are what the permission was granted for).
 */
export function isCaseSystemAddress(href: string, addresses: readonly CaseSystemAddress[], store = import.meta.env.MODE === STORE_MODE): boolean {
  const pattern = matchPattern(href);
  if (!pattern) return false;
  return (!store && LOCAL_HOST_MATCHES.includes(pattern)) || addresses.some((a) => matchPattern(a.origin) === pattern);
}

/**
 * The first version registered a loader script for each council address; the overlay is now
 * started by the service worker instead, so those registrations (kept across sessions by the
 * browser) are removed on update.
 */
export async function forgetLoaderRegistrations(): Promise<void> {
  const ids = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith('council:'));
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
}
