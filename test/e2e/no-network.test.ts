// No data leaves the device: the whole journey (every page of every demo case in both systems,
// the checklist, a confirmation by hand, a pack change, a draft typed, saved and copied, an
// insert into a case note, the popup and the options page) while every request of every target
// is recorded through DevTools. The extension's service worker and pages request nothing but
// their own packaged files; the host pages request nothing because of the extension.
import type { Browser, CDPSession, Page, Target, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, fillConfirmForm, openDraft, readOverlay, settle, waitForInsertForm, waitForOverlay } from '../support/overlay';

interface Sent {
  from: string;
  url: string;
  initiator: string;
}

let browser: Browser;
let worker: WebWorker;
let extensionId: string;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let cases: GeneratedCase[];
const sent: Sent[] = [];
const sessions: CDPSession[] = [];
const consoles = failOnExtensionErrors();

/** Records every request a target makes, with who asked for it (a script's URL, when a script did). */
async function record(target: Target): Promise<void> {
  if (!['page', 'service_worker', 'background_page', 'other', 'shared_worker', 'worker'].includes(target.type())) return;
  const session = await target.createCDPSession().catch(() => null);
  if (!session) return;
  sessions.push(session);
  session.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { url?: string; stack?: { callFrames: { url: string }[] } } }) => {
    const frames = e.initiator.stack?.callFrames.map((f) => f.url) ?? [];
    sent.push({ from: target.url(), url: e.request.url, initiator: [e.initiator.url ?? '', ...frames].join(' ') });
  });
  await session.send('Network.enable').catch(() => undefined);
}

beforeAll(async () => {
  const site = generateSite();
  cases = casesOf(site);
  ({ origin, stop: stopServer } = await serveSite(site));
  const launched = await launchWithExtension();
  ({ browser, close, extensionId } = launched);
  worker = (await launched.worker.worker())!;
  browser.on('targetcreated', (t: Target) => void record(t));
  for (const t of browser.targets()) await record(t);
  await consoles.watch(browser);
  await browser.defaultBrowserContext().overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
});

const EXTENSION = () => `chrome-extension://${extensionId}/`;
const packaged = (url: string) => url.startsWith(EXTENSION()) || url.startsWith('data:') || url.startsWith('blob:');

/** Requests that were the extension's doing and went anywhere but its own package. */
function leaks(): Sent[] {
  return sent.filter((r) => {
    if (r.from.startsWith(EXTENSION())) return !packaged(r.url);
    // The browser's own UI (chrome:// pages such as the omnibox) is not ours to judge.
    if (r.from.startsWith('chrome://')) return false;
    // A host page: its own files are its own; anything a script of ours asked for, or any
    // other address, is not.
    return r.initiator.includes('chrome-extension://') || !(r.url.startsWith(origin) || packaged(r.url));
  });
}

async function clickIn(page: Page, selector: string): Promise<void> {
  await page.$eval(`closure-companion >>> ${selector}`, (b) => (b as HTMLElement).click());
}

describe('the full journey', () => {
  it('the recorder sees requests from host pages and from the extension (it can fail)', async () => {
    const page = await browser.newPage();
    await page.goto(origin + cases[0]!.pages[0]!.url, { waitUntil: 'load' });
    await page.evaluate(() => fetch('http://127.0.0.9:9/canary').catch(() => undefined));
    await eventually(async () => sent.some((r) => r.url.includes('/canary')), Boolean, { what: 'the recorder to see the host page’s request' });
    expect(leaks().map((r) => r.url)).toContain('http://127.0.0.9:9/canary');
    // The extension's own pages are recorded too (their packaged files).
    const options = await browser.newPage();
    await options.goto(`${EXTENSION()}options.html`, { waitUntil: 'load' });
    await eventually(async () => sent.some((r) => r.from.startsWith(EXTENSION()) && r.url.endsWith('.js')), Boolean, { what: 'the recorder to see the options page load its script' });
    // And their policy would stop a request if a change ever tried one (the browser says so in the console).
    consoles.expectInThisTest(/127\.0\.0\.9:9\/from-extension/);
    const refused = await options.evaluate(() => fetch('http://127.0.0.9:9/from-extension').then(() => 'sent', (e: unknown) => `refused: ${String(e)}`));
    expect(refused).toMatch(/^refused/);
    await options.close();
    await page.close();
    sent.length = 0;
  });

  it('makes no request of its own from start to finish', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    for (const c of cases) {
      const key = `${c.system}:${c.personId}`;
      // Each page read whole before the next (rows the host renders late included).
      for (const p of c.pages.filter((x) => !x.framedIn)) {
        await page.goto(origin + p.url, { waitUntil: 'load' });
        await waitForOverlay(page);
        await settle(worker, key);
      }
      // The checklist: guidance opened, a confirmation by hand, a pack change.
      // The case's first page: its summary or overview.
      await page.goto(origin + c.pages[0]!.url, { waitUntil: 'load' });
      await waitForOverlay(page);
      await clickIn(page, ':is([data-status="unknown"], [data-status="unmet"]) .cc-guidance > .cc-disclosure');
      const target = Object.entries((await readOverlay(page)).statuses).find(([, s]) => s === 'unmet' || s === 'unknown')![0];
      const item = (await page.$(`closure-companion >>> [data-rule="${target}"]`))!;
      await (await (await fillConfirmForm(item, 'Checked with the family by phone')).$('button[type=submit]'))!.click();
      await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"]`, (e) => e.getAttribute('data-confirmed')), (v) => v === 'true');
      await page.$eval('closure-companion >>> select[name=pack]', (s) => {
        const select = s as HTMLSelectElement;
        select.value = select.options[select.options.length - 1]!.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      // The draft: opened from the panel, typed into, saved, copied.
      const draft = await openDraft(browser, extensionId, page, key);
      await draft.click('.cc-section textarea');
      await draft.keyboard.type(' Closed with the family’s agreement.');
      await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (s) => s.startsWith('Saved'));
      await draft.click('button ::-p-text(Copy this draft)');
      await eventually(() => draft.$eval('.cc-notice', (e) => e.textContent ?? '').catch(() => ''), (s) => s.startsWith('Copied'));
      await draft.close();
      // Insert into the case-note editor (each demo system has one).
      const editor = c.pages.find((p) => /casenote-(new|edit)/.test(p.page));
      expect(editor, `${c.id}: a case-note editor`).toBeDefined();
      await page.goto(origin + editor!.url, { waitUntil: 'load' });
      await waitForOverlay(page);
      await waitForInsertForm(page);
      await clickIn(page, '.cc-insert button[type=submit]');
      await eventually(() => page.$eval('closure-companion >>> .cc-said', (e) => e.textContent ?? ''), (t) => t.startsWith('Inserted'), { what: 'the draft inserted into the case note' });
    }
    // The popup and the options page.
    const popup = await browser.newPage();
    await popup.goto(`${EXTENSION()}popup.html`, { waitUntil: 'load' });
    await popup.waitForSelector('main');
    await popup.close();
    const options = await browser.newPage();
    await options.goto(`${EXTENSION()}options.html`, { waitUntil: 'load' });
    await options.waitForSelector('select[name=pack]');
    await options.select('select[name=pack]', 'auto');
    // Each case visited keeps the pack chosen in its panel, so no overlay shows the change: the
    // options page saying it saved is the sign the change went through.
    await eventually(() => options.$eval('.cc-saved', (e) => e.textContent ?? ''), (t) => t.startsWith('Saved'), { what: 'the options page to save the pack' });
    await options.close();
    await page.close();

    // The journey was recorded (every page it loaded, frames included, the first page and the
    // editor a second time), and none of it was ours.
    const loads = cases.reduce((n, c) => n + c.pages.length + 1 + (c.pages.some((p) => /casenote-(new|edit)/.test(p.page)) ? 1 : 0), 0);
    expect(sent.filter((r) => r.url.startsWith(origin)).length).toBeGreaterThanOrEqual(loads);
    expect(leaks(), JSON.stringify(leaks().slice(0, 5), null, 1)).toEqual([]);
  });
});
