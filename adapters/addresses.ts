/**
 * Whether an address looks like a case page of a known system: the cheap first half of
 * detection, run by the service worker on each loaded case-system page before anything heavy
 * is injected.
 * The full detection (address and page structure) is each adapter's `detect`.
 */
import { CLIENT_PARAM, PAGE_FILES, PAGE_PATH } from './care-assess/labels';
import { PAGE_PATHS, PERSON_PATH } from './mosaic/labels';

export function looksLikeCasePage(url: URL): boolean {
  const mosaic = PERSON_PATH.exec(url.pathname);
  if (mosaic && (mosaic[2] ?? '').toLowerCase() in PAGE_PATHS) return true;
  const careAssess = PAGE_PATH.exec(url.pathname);
  return !!careAssess && careAssess[2]!.toLowerCase() in PAGE_FILES && [...url.searchParams.keys()].some((k) => CLIENT_PARAM.test(k));
}
