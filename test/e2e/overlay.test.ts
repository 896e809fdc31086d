// The overlay appears once on every case page of both simulated systems, never on other pages,
// and the extension writes no error to any console (checked after each test).
import type { Browser, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS, type PageKind } from '../../record/schema';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, serveSite } from '../support/host-site.mjs';
import { caseRecord, confirmByHand, eventually, leaveAndGoBack, navigateAndWaitForExtension, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Browser;
let worker: WebWorker;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let site: string;
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

describe('overlay on the demo pages', () => {
  it('mounts exactly one overlay on every page of every demo case, with its system and case', async () => {
    const cases = casesOf(site);
    expect(cases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cases.map((c) => c.system))).toEqual(new Set(SYSTEMS));
    const page = await browser.newPage();
    let framesSeen = 0;
    const scripts = new Set<string>();
    for (const c of cases) {
      for (const p of c.pages) {
        // Once the extension has finished with every frame, so a frame's late overlay would be there.
        const decided = await navigateAndWaitForExtension(worker, page, () => page.goto(origin + p.url, { waitUntil: 'load' }));
        // Each page is given the overlay script with the fact readers of its page kind only (adapters/reader/fact-readers.ts).
        for (const script of Object.values(decided.scripts)) scripts.add(script);
        const view = await waitForOverlay(page);
        expect(view, `${c.id} ${p.page}`).toMatchObject({ count: 1, system: c.system, caseKey: `${c.system}:${c.personId}` });
        // Above the page in the top layer (components/top-layer.ts), the skip link too: a fixed
        // element on top of a long page costs the browser a walk of all of it.
        const onTop = await page.evaluate(() => ['closure-companion', 'closure-companion-skip'].map((name) => document.querySelector(name)?.matches(':popover-open') ?? false));
        expect(onTop, `${c.id} ${p.page}: overlay and skip link in the top layer`).toEqual([true, true]);
        // A frame never gets an overlay of its own.
        const framed = await page.evaluate(() =>
          Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument?.querySelectorAll('closure-companion').length ?? 0),
        );
        expect(framed.every((n) => n === 0), `${c.id} ${p.page} iframe overlays`).toBe(true);
        framesSeen += framed.length;
      }
    }
    expect(framesSeen, 'pages with a frame, to check').toBeGreaterThan(0);
    expect([...scripts].sort(), 'the scripts the demo pages were given').toEqual(['/overlay-case.js', '/overlay-lists.js', '/overlay-record.js']);
    await page.close();
  });

  it('shows nothing on a page that is not a case page', async () => {
    const page = await browser.newPage();
    // Absence is shown once the extension has finished with the page, however long that takes.
    await navigateAndWaitForExtension(worker, page, () => page.goto(`${origin}/`, { waitUntil: 'load' }));
    expect((await readOverlay(page)).count).toBe(0);
    await page.close();
  });

  it('reads a case page in a frame that loads after the page has (a form opened in place)', async () => {
    const c = casesOf(site).find((x) => x.pages.some((p) => p.framedIn))!;
    const framed = c.pages.find((p) => p.framedIn)!;
    const kind = framed.page as PageKind;
    const key = `${c.system}:${c.personId}`;
    const page = await browser.newPage();
    const seenSince = async (since: string) => (await eventually(() => caseRecord(worker, key), (r) => (r?.pagesSeen[kind] ?? '') > since, { what: `the ${kind} frame read after ${since}` }))?.pagesSeen[kind] ?? '';
    const start = new Date().toISOString();
    await page.goto(origin + c.pages.find((p) => p.page === framed.framedIn)!.url, { waitUntil: 'load' });
    await waitForOverlay(page);
    const first = await seenSince(start);
    expect(first > start, 'the frame read at load').toBe(true);
    // The host swaps the form's frame for a new one: only the service worker can start there.
    await page.evaluate(() => {
      const old = document.querySelector('iframe')!;
      const fresh = document.createElement('iframe');
      fresh.src = old.src;
      old.replaceWith(fresh);
    });
    expect((await seenSince(first)) > first, 'the new frame read').toBe(true);
    await page.close();
  });

  it('shows the case as it stands on a page brought back from the back/forward cache', async () => {
    // Chromium closes such a page's port without telling it.
    const c = casesOf(site).find((x) => x.system === 'care-assess')!;
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
});
