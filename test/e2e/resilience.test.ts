// The extension updated (or restarted) under an open case page: the panel says so plainly, keeps
// out of the way, and the page's console is not filled with errors as the page goes on changing.
import type { Browser, ConsoleMessage, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REREAD_DELAY_MS } from '../../messaging/protocol';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, serveSite } from '../support/host-site.mjs';
import { eventually, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Browser;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let site: string;
let worker: WebWorker;
const consoles = failOnExtensionErrors();

beforeAll(async () => {
  site = generateSite();
  ({ origin, stop: stopServer } = await serveSite(site));
  const launched = await launchWithExtension();
  ({ browser, close } = launched);
  worker = (await launched.worker.worker())!;
  await consoles.watch(browser);
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
});

function ours(page: Page): string[] {
  const said: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (/Closure Companion|Extension context invalidated/i.test(m.text()) || (m.location()?.url ?? '').startsWith('chrome-extension://')) said.push(`${m.type()}: ${m.text()}`);
  });
  return said;
}

const alertText = (page: Page) => page.evaluate(() => document.querySelector('closure-companion')?.shadowRoot?.querySelector('.cc-alert')?.textContent ?? '');

/**
 * Changes the host page the way a case system does while someone works: rows added. Resolves once
 * the overlay script has had its go at the last change: it re-reads the page REREAD_DELAY_MS after
 * a change, and a page's timers run in the order they fall due, so a timer of that length set after
 * the last change runs after that re-read, however slow the machine.
 */
const changePage = (page: Page, times: number) =>
  page.evaluate(
    async (n, reread) => {
      for (let i = 0; i < n; i++) {
        const table = document.querySelector('table');
        table?.querySelector('tbody')?.append(table.querySelector('tbody tr')!.cloneNode(true));
        await new Promise((r) => setTimeout(r, 30));
      }
      await new Promise((r) => setTimeout(r, reread));
    },
    times,
    REREAD_DELAY_MS,
  );

describe('when the extension goes away under an open page', () => {
  it('says to reload, once, and stays quiet while the page keeps changing', async () => {
    const c = casesOf(site).find((x) => x.system === 'care-assess')!;
    const page = await browser.newPage();
    const said = ours(page);
    await page.goto(origin + c.pages.find((p) => p.page === 'casenotes')!.url, { waitUntil: 'load' });
    await waitForOverlay(page);
    expect(await alertText(page)).toBe('');

    // What an update does to an open page: the old extension's scripts lose their connection.
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    const alert = await eventually(() => alertText(page), (t) => t.length > 0);
    expect(alert).toMatch(/updated or restarted\. Reload this page/);

    await changePage(page, 20);
    // The checklist stays on screen as it was, with the alert; at most one line in the console.
    expect((await readOverlay(page)).count).toBe(1);
    expect(said.length, said.join('\n')).toBeLessThanOrEqual(1);
    await page.close();
  });
});
