/**
 * Whether an address looks like a case page of a known system: the cheap first half of detection,
 * run by the service worker on each loaded case-system page before anything heavy is injected.
 * The full detection (address and page structure) is the reader's `detectPage`.
 */
import type { Profile } from './profiles/merge';
import { pageAt } from './reader/detect';

export function looksLikeCasePage(url: URL, profiles: readonly Profile[]): boolean {
  return profiles.some((p) => pageAt(p, url) !== null);
}
