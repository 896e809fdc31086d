/**
 * Who the case system says is logged in, per case, as its pages last showed it: the name a
 * confirmation by hand is recorded under. Kept for the browser session only, like the case.
 */
import { browser } from 'wxt/browser';

const PREFIX = 'user:';
/** A name, not a page: longer text from a hostile page is cut, never refused. */
const MAX_NAME = 120;
const memory = new Map<string, string>();

/** Remembers the logged-in user a page of this case showed. */
export async function rememberSignedIn(caseKey: string, user: string | undefined): Promise<void> {
  const name = user?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  if (!name || memory.get(caseKey) === name) return;
  memory.set(caseKey, name);
  await browser.storage.session.set({ [PREFIX + caseKey]: name }).catch(() => undefined);
}

/** The logged-in user last seen on this case's pages, if a page showed one. */
export async function signedIn(caseKey: string): Promise<string | undefined> {
  const known = memory.get(caseKey);
  if (known) return known;
  const stored = (await browser.storage.session.get(PREFIX + caseKey).catch(() => ({}) as Record<string, unknown>))[PREFIX + caseKey];
  return typeof stored === 'string' ? stored : undefined;
}
