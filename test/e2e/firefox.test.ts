// The main journey in Firefox ESR with the built Firefox add-on (MV3), driven over WebDriver BiDi:
// the overlay once on every page of every demo case, with the verdicts Chromium shows for the
// same pages visited in the same order; a draft typed, saved encrypted and still there after a
// reload; and Firefox connecting nowhere beyond this machine meanwhile.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../record/kinds';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { launchFirefoxWithExtension, requireFirefox } from '../support/firefox.mjs';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { confirmByHand, eventually, leaveAndGoBack, readOverlay, settle, waitForOverlay, type OverlayView } from '../support/overlay';

interface PageView extends OverlayView {
  /** Overlays inside each of the page's frames: a frame never gets one of its own. */
  framed: number[];
}

let cases: GeneratedCase[];
let origin: string;
let stopServer: () => Promise<unknown>;
/** What Chromium shows on each page, by `<case id> <page>`. */
const chromium = new Map<string, PageView>();

let browser: Browser;
let extensionBase: string;
let strayConnections: () => string[];
let closeFirefox: () => Promise<void>;
/** The draft page, kept open after the drafting test for the permission check. */
let draft: Page;
const consoles = failOnExtensionErrors();

const pageKey = (c: GeneratedCase, page: string) => `${c.id} ${page}`;

async function readPage(page: Page): Promise<PageView> {
  const framed = await page.evaluate(() => Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument?.querySelectorAll('closure-companion').length ?? 0));
  return { ...(await readOverlay(page)), framed };
}

/** The page as it stands once it stops changing (two looks 300 ms apart agree). */
async function steady(page: Page): Promise<PageView> {
  let last = await readPage(page);
  for (const end = Date.now() + 10_000; Date.now() < end; ) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await readPage(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** Every page of every case, in order, in Chromium: the reference the Firefox run must equal. */
async function chromiumReference(): Promise<void> {
  const launched = await launchWithExtension();
  await consoles.watch(launched.browser);
  try {
    const worker = (await launched.worker.worker())!;
    const page = await launched.browser.newPage();
    for (const c of cases) {
      for (const p of c.pages) {
        await page.goto(origin + p.url, { waitUntil: 'load' });
        await waitForOverlay(page);
        await settle(worker, `${c.system}:${c.personId}`);
        chromium.set(pageKey(c, p.page), await steady(page));
      }
    }
  } finally {
    await launched.close();
  }
}

/**
 * Firefox's BiDi reports no navigation of an extension page (puppeteer keeps calling it
 * about:blank), so the add-on's tab is found by the address its document gives.
 */
async function extensionTab(address: string): Promise<Page> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    for (const p of await browser.pages()) if ((await p.evaluate(() => location.href).catch(() => '')).startsWith(address)) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab at ${address}`);
}

/** Reloads an extension page and waits for the new document (see extensionTab: no navigation events). */
async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  await eventually(
    () => page.evaluate(() => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete').catch(() => false),
    (fresh) => fresh,
  );
}

beforeAll(async () => {
  requireFirefox();
  const site = generateSite();
  cases = casesOf(site);
  ({ origin, stop: stopServer } = await serveSite(site));
  // One browser at a time: Chromium's verdicts first, then Firefox.
  await chromiumReference();
  ({ browser, extensionBase, strayConnections, close: closeFirefox } = await launchFirefoxWithExtension());
  await consoles.watch(browser);
}, 120_000);

afterAll(async () => {
  await closeFirefox?.();
  await stopServer?.();
});

describe('the journey in Firefox ESR', () => {
  it('mounts exactly one overlay on every page of every demo case, with the verdicts Chromium shows', async () => {
    expect(new Set(cases.map((c) => c.system))).toEqual(new Set(SYSTEMS));
    const page = await browser.newPage();
    for (const c of cases) {
      for (const p of c.pages) {
        const expected = chromium.get(pageKey(c, p.page))!;
        expect(expected, `${pageKey(c, p.page)} in Chromium`).toMatchObject({ count: 1, system: c.system, caseKey: `${c.system}:${c.personId}` });
        await page.goto(origin + p.url, { waitUntil: 'load' });
        await waitForOverlay(page);
        // Verdicts follow the page's late rows: wait for Chromium's, then check they stay.
        await eventually(() => readPage(page), (v) => JSON.stringify(v) === JSON.stringify(expected));
        expect(await steady(page), pageKey(c, p.page)).toEqual(expected);
      }
    }
    await page.close();
  });

  it('loads the reading report’s lines when it is opened, rendered with the overlay’s own Preact', async () => {
    // A part loaded on request (entrypoints/overlay-it-parts), injected into the overlay's isolated world.
    const c = cases.find((x) => x.system === 'mosaic')!;
    const page = await browser.newPage();
    await page.goto(origin + c.pages.find((p) => p.page === 'summary')!.url, { waitUntil: 'load' });
    await waitForOverlay(page);
    await page.$eval('closure-companion >>> .cc-report > .cc-disclosure', (s) => (s as HTMLElement).click());
    const report = await eventually(() => page.$eval('closure-companion >>> .cc-report', (e) => e.textContent ?? ''), (t) => t.includes('read from'), { what: 'the reading report’s lines' });
    expect(report).toContain('childName');
    await page.close();
  });

  it('shows the case as it stands on a page brought back from the back/forward cache', async () => {
    // Firefox keeps such a page's port open but drops what arrives while it is away.
    const c = cases.find((x) => x.system === 'care-assess')!;
    const url = (kind: string) => origin + c.pages.find((p) => p.page === kind)!.url;
    const page = await browser.newPage();
    await page.goto(url('summary'), { waitUntil: 'load' });
    const rule = Object.entries((await waitForOverlay(page)).statuses).find(([, s]) => s === 'unmet' || s === 'unknown')![0];
    const kept = await leaveAndGoBack(page, async () => {
      await page.goto(url('chronology'), { waitUntil: 'load' });
      await waitForOverlay(page);
      await confirmByHand(page, rule, 'Checked with the team manager');
    });
    expect(kept, 'the summary came back from the back/forward cache').toBe(true);
    const confirmed = await eventually(() => page.$eval(`closure-companion >>> [data-rule="${rule}"]`, (e) => e.getAttribute('data-confirmed')).catch(() => null), (v) => v === 'true', { timeoutMs: 5000 });
    expect(confirmed, `${rule} confirmed on the summary`).toBe('true');
    await page.close();
  });

  it('keeps a draft typed in its page across a reload, encrypted in the add-on’s IndexedDB', async () => {
    const c = cases.find((x) => x.system === 'mosaic')!;
    const key = `${c.system}:${c.personId}`;
    const PHRASE = 'Quokka-lantern-5531';
    const page = await browser.newPage();
    await page.goto(origin + c.pages.find((p) => p.page === 'summary')!.url, { waitUntil: 'load' });
    await waitForOverlay(page);
    // The closing summary is the document the panel offers first.
    await page.$eval('closure-companion >>> .cc-drafting .cc-draft-open button', (b) => (b as HTMLElement).click());
    draft = await extensionTab(`${extensionBase}draft.html?case=${encodeURIComponent(key)}&document=closing-summary`);
    await draft.waitForSelector('.cc-section textarea');
    const editorText = () => draft.$$eval('.cc-section textarea', (areas) => areas.map((t) => (t as HTMLTextAreaElement).value).join('\n'));
    expect(await eventually(editorText, (v) => v.includes('Ruby Ashcroft'))).toContain('Ruby Ashcroft');
    await draft.click('.cc-section textarea');
    await draft.keyboard.press('End');
    await draft.keyboard.type(` ${PHRASE}`);
    await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (s) => s.startsWith('Saved'));
    await reloadExtensionPage(draft);
    await draft.waitForSelector('.cc-section textarea');
    expect(await eventually(editorText, (v) => v.includes(PHRASE))).toContain(PHRASE);
    const raw = await draft.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('closure-companion-drafts');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const values = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction('drafts').objectStore('drafts').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const text = (v: unknown) => (v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v instanceof Uint8Array ? new TextDecoder().decode(v) : '');
      return { count: values.length, dump: values.map((v) => JSON.stringify(v) + Object.values(v as object).map(text).join('')).join('\n') };
    });
    // The draft opened is saved at once (one entry), and the text typed is in it, sealed.
    expect(raw.count).toBeGreaterThanOrEqual(1);
    expect(raw.dump).not.toContain(PHRASE);
    expect(raw.dump).not.toContain('Ruby');
    await page.close();
  });

  it('has the demo build’s local hosts granted at install, with no prompt', async () => {
    // Firefox 127 and later grant an MV3 add-on's host_permissions when it is installed; the
    // overlay starting at all shows it, and the permissions API says so in words.
    const origins = await draft.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.permissions.getAll()).origins);
    expect(origins).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    await draft.close();
  });

  it('connects nowhere beyond this machine', () => {
    expect(strayConnections()).toEqual([]);
  });
});
