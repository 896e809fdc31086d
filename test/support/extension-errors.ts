/**
 * No error from the extension in any console, checked after every test: each e2e file that opens
 * pages calls `failOnExtensionErrors()` once at its top and `watch(browser)` for each browser it
 * launches, so a test fails on its own errors rather than a later test on them.
 */
import type { Browser, CDPSession, ConsoleMessage, Page, Target } from 'puppeteer-core';
import { afterEach, expect } from 'vitest';

/** Where the extension's own scripts and pages live, in Chromium and in Firefox. */
const EXTENSION = /^(chrome|moz)-extension:\/\//;
const ours = (url: string) => EXTENSION.test(url);

/** Errors in a page (host or extension page) that came from the extension's scripts. */
function watchPage(page: Page, seen: string[]): void {
  page.on('console', (message: ConsoleMessage) => {
    const where = message.location()?.url ?? '';
    if (message.type() === 'error' && (ours(where) || ours(page.url()) || message.text().includes('Closure Companion'))) {
      seen.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    const stack = String((error as Error).stack ?? error);
    if (/(chrome|moz)-extension:\/\//.test(stack) || ours(page.url())) seen.push(`${page.url()}: ${stack}`);
  });
}

/** Every error in the service worker is the extension's: logged ones and uncaught ones. */
async function watchWorker(target: Target, seen: string[]): Promise<CDPSession | null> {
  const session = await target.createCDPSession().catch(() => null);
  if (!session) return null;
  session.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown; description?: string }[] }) => {
    if (e.type === 'error' || e.type === 'assert') seen.push(`service worker: ${e.args.map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  session.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
    seen.push(`service worker: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`);
  });
  await session.send('Runtime.enable').catch(() => undefined);
  return session;
}

async function watchTarget(target: Target, seen: string[]): Promise<void> {
  if (target.type() === 'page') {
    const page = await target.page().catch(() => null);
    if (page) watchPage(page, seen);
  } else if (target.type() === 'service_worker' && ours(target.url())) {
    await watchWorker(target, seen);
  }
}

/**
 * Registers the after-each check for the calling file. `watch` adds a launched browser's pages and
 * workers, present and future; `expectInThisTest` lets one test name an error it causes on purpose.
 */
export function failOnExtensionErrors(): { watch(browser: Browser): Promise<void>; expectInThisTest(error: RegExp): void } {
  const seen: string[] = [];
  let expected: RegExp[] = [];
  afterEach(() => {
    const errors = seen.splice(0).filter((e) => !expected.some((x) => x.test(e)));
    expected = [];
    expect(errors, 'errors from the extension in a console during this test').toEqual([]);
  });
  return {
    async watch(browser: Browser) {
      browser.on('targetcreated', (target: Target) => void watchTarget(target, seen));
      await Promise.all(browser.targets().map((target) => watchTarget(target, seen)));
    },
    expectInThisTest(error: RegExp) {
      expected.push(error);
    },
  };
}
