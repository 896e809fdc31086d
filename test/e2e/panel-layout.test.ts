// The panel beside the host's pages as a practitioner on a 1024 px screen meets it: it narrows on
// small screens, is resized by dragging its edge or with the arrow keys and keeps that width, never
// hides a host control (the page makes room for all of it, sideways scrolling before covering), and
// is one keystroke away: the first Tab from the page's top reaches "Skip to closure checklist".
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, settle, waitForOverlay } from '../support/overlay';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let cases: GeneratedCase[];
let worker: WebWorker;
const consoles = failOnExtensionErrors();

beforeAll(async () => {
  const site = generateSite();
  cases = casesOf(site);
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

const url = (c: GeneratedCase, page: string) => origin + c.pages.find((p) => p.page === page)!.url;

/** The panel's width as drawn, the room the page leaves for it, and the handle's value. */
function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('closure-companion')!.shadowRoot!;
    const panel = root.querySelector('.cc-panel')!.getBoundingClientRect();
    return {
      width: Math.round(panel.width),
      room: getComputedStyle(document.documentElement).marginRight,
      handle: Number(root.querySelector('.cc-resize')?.getAttribute('aria-valuenow')),
    };
  });
}

/** Panel, page and handle agree (the page's room follows the panel a frame later). */
const agreed = (l: Awaited<ReturnType<typeof layout>>) => l.room === `${l.width}px` && l.handle === l.width;

/**
 * Each room the panel made on the page (the root's margin) while `go` loaded it, in order: drawn
 * at a width and then at another, or open and then folded, the page would be laid out again, all of it.
 */
async function roomsMadeWhile(page: Page, go: () => Promise<unknown>): Promise<string[]> {
  const { identifier } = await page.evaluateOnNewDocument(() => {
    const rooms: string[] = [];
    (window as unknown as { __rooms: string[] }).__rooms = rooms;
    new MutationObserver(() => {
      const room = document.documentElement.style.marginRight;
      if (room && rooms.at(-1) !== room) rooms.push(room);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
  });
  await go();
  await waitForOverlay(page);
  const rooms = await page.evaluate(() => (window as unknown as { __rooms: string[] }).__rooms);
  await page.removeScriptToEvaluateOnNewDocument(identifier);
  return rooms;
}

/** What the first Tab from the top of the page focuses: the element, and inside a shadow root what is focused there. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const inner = el?.shadowRoot?.activeElement;
    return { host: el?.tagName.toLowerCase() ?? '', text: inner?.textContent ?? '', className: inner?.className ?? '' };
  });

/**
 * Every control a practitioner could use on the page (links, buttons, fields, frames), each
 * scrolled to as the browser would (Tab, "Show me"): the ones whose middle the panel covers,
 * and frames whose own content is clipped sideways.
 */
function hiddenControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30)}”`;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, iframe'))) {
      if (el.closest('closure-companion') || !el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const at = document.elementFromPoint(Math.min(r.left + r.width / 2, r.left + 20), r.top + r.height / 2);
      if (at?.tagName === 'CLOSURE-COMPANION') hidden.push(name(el));
      if (el instanceof HTMLIFrameElement) {
        const inner = el.contentDocument?.documentElement;
        if (inner && inner.scrollWidth > el.clientWidth + 1) hidden.push(`${name(el)}: its form is clipped (${inner.scrollWidth} px in ${el.clientWidth})`);
      }
    }
    window.scrollTo(0, 0);
    return hidden;
  });
}

describe('the panel beside the host page', () => {
  let page: Page;
  const mosaic = () => cases.find((c) => c.system === 'mosaic')!;
  beforeAll(async () => {
    page = await browser.newPage();
  });

  it('narrows on a small screen, and the page makes room for exactly its width', async () => {
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(url(mosaic(), 'closure'), { waitUntil: 'load' });
    await waitForOverlay(page);
    const wide = await eventually(() => layout(page), agreed);
    await page.setViewport({ width: 1024, height: 800 });
    const narrow = await eventually(() => layout(page), (l) => l.width !== wide.width && agreed(l));
    expect(narrow.width).toBeLessThan(wide.width);
    expect(narrow.width).toBeLessThanOrEqual(Math.round(1024 * 0.3));
    expect(narrow.room).toBe(`${narrow.width}px`);
    expect(narrow.handle).toBe(narrow.width);
  });

  it('hides no control of any demo page at 1024 px, the closure form’s frame included', async () => {
    for (const c of cases) {
      for (const p of c.pages.filter((x) => !x.framedIn)) {
        await page.goto(url(c, p.page), { waitUntil: 'load' });
        await waitForOverlay(page);
        await settle(worker, `${c.system}:${c.personId}`);
        expect(await hiddenControls(page), `${c.id} ${p.page}`).toEqual([]);
      }
    }
  });

  it('moves the page’s fixed bar out from under the panel, as it is first drawn and after folding and opening', async () => {
    const careAssess = cases.find((c) => c.system === 'care-assess')!;
    /** How far the host's fixed cookie bar reaches under the panel (px; 0 or less: clear of it). */
    const under = () =>
      page.evaluate(() => {
        const panel = document.querySelector('closure-companion')!.shadowRoot!.querySelector('.cc-panel')!.getBoundingClientRect();
        return Math.round(document.getElementById('cookieBar')!.getBoundingClientRect().right - panel.left);
      });
    await page.goto(url(careAssess, 'summary'), { waitUntil: 'load' });
    await waitForOverlay(page);
    expect(await eventually(under, (px) => px <= 0)).toBeLessThanOrEqual(0);
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    await eventually(() => layout(page).catch(() => null), (l) => l?.room === '0px');
    // Folded: the bar has all the window again.
    expect(await page.evaluate(() => Math.round(document.getElementById('cookieBar')!.getBoundingClientRect().right))).toBe(await page.evaluate(() => document.documentElement.clientWidth));
    await page.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
    expect(await eventually(under, (px) => px <= 0)).toBeLessThanOrEqual(0);
  });

  it('hides no control of a host page wider than the room left beside it (it scrolls sideways instead)', async () => {
    await page.goto(url(mosaic(), 'summary'), { waitUntil: 'load' });
    await waitForOverlay(page);
    // A host toolbar that cannot narrow, its last button at the far end.
    await page.evaluate(() => {
      const bar = document.createElement('div');
      bar.style.cssText = 'width:980px;display:flex;justify-content:space-between;background:#eee';
      bar.innerHTML = '<button type="button">First</button><button type="button" id="far-end">Save and close</button>';
      document.body.prepend(bar);
    });
    expect(await hiddenControls(page)).toEqual([]);
  });

  it('is resized with the arrow keys on its edge, and keeps the width on the next page', async () => {
    await page.goto(url(mosaic(), 'summary'), { waitUntil: 'load' });
    await waitForOverlay(page);
    const before = await eventually(() => layout(page), agreed);
    await page.$eval('closure-companion >>> .cc-resize', (h) => (h as HTMLElement).focus());
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const wider = await eventually(() => layout(page), (l) => l.width === before.width + 32 && agreed(l));
    expect(wider).toEqual({ width: before.width + 32, room: `${before.width + 32}px`, handle: before.width + 32 });
    await page.keyboard.press('ArrowRight');
    const kept = await eventually(() => layout(page), (l) => l.width === before.width + 16 && agreed(l));
    expect(kept.width).toBe(before.width + 16);
    await page.keyboard.press('Home');
    expect((await eventually(() => layout(page), (l) => l.width === 280 && agreed(l))).width).toBe(280);
    // The next page has the chosen width from the start, never the default first.
    expect(await roomsMadeWhile(page, () => page.goto(url(mosaic(), 'chronology'), { waitUntil: 'load' }))).toEqual(['280px']);
    expect((await eventually(() => layout(page), (l) => l.width === 280 && agreed(l))).width).toBe(280);
  });

  it('is resized by dragging its edge', async () => {
    const before = await layout(page);
    const edge = await page.$eval('closure-companion >>> .cc-resize', (h) => {
      const r = h.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.down();
    await page.mouse.move(edge.x - 60, edge.y, { steps: 4 });
    await page.mouse.up();
    const after = await eventually(() => layout(page), (l) => Math.abs(l.width - (before.width + 60)) <= 2 && agreed(l));
    expect(Math.abs(after.width - (before.width + 60))).toBeLessThanOrEqual(2);
    expect(after.room).toBe(`${after.width}px`);
  });

  it('has the page laid out with the panel’s room from the start of its load, and all its width back once folded', async () => {
    // The demo's summary page, served again so that it arrives as a big case's does: its first
    // part, then the rest a moment later (a small page is parsed before any sheet could arrive).
    const address = new URL(url(mosaic(), 'summary'));
    const html = await (await fetch(address)).text();
    const slow = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write(html.slice(0, 400));
      setTimeout(() => res.end(html.slice(400)), 400);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    address.port = String((slow.address() as AddressInfo).port);
    const fresh = await browser.newPage();
    await fresh.setViewport({ width: 1400, height: 900 });
    // The root's margin as the page's own parser sees it, before any script of the extension could run.
    await fresh.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { roomAtParse: string }).roomAtParse = getComputedStyle(document.documentElement).marginRight;
        (window as unknown as { bodyAtParse: string }).bodyAtParse = getComputedStyle(document.body).isolation;
      });
    });
    await fresh.goto(address.href, { waitUntil: 'load' });
    await waitForOverlay(fresh);
    const l = await eventually(() => layout(fresh), agreed);
    expect(await fresh.evaluate(() => (window as unknown as { roomAtParse: string }).roomAtParse)).toBe(`${l.width}px`);
    // The body a layer of painting of its own while the panel is beside it (the panel's changes
    // then leave the page's painting as it was), from the load on.
    expect(await fresh.evaluate(() => (window as unknown as { bodyAtParse: string }).bodyAtParse)).toBe('isolate');
    // The sheet that made the room during the load is kept while the panel's room is the same (an
    // !important room the page's own root style cannot undo), and taken back once folded: the page
    // then has all its width back.
    const heldBySheet = await fresh.evaluate(() => {
      const root = document.documentElement;
      const before = root.style.getPropertyValue('margin-right');
      root.style.setProperty('margin-right', '1px');
      const held = getComputedStyle(root).marginRight;
      root.style.setProperty('margin-right', before);
      return held;
    });
    expect(heldBySheet).toBe(`${l.width}px`);
    await fresh.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    expect((await eventually(() => layout(fresh), (x) => x.room === '0px')).room).toBe('0px');
    expect(await fresh.evaluate(() => getComputedStyle(document.body).isolation)).toBe('auto');
    await fresh.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
    expect(await eventually(() => fresh.evaluate(() => getComputedStyle(document.body).isolation), (x) => x === 'isolate')).toBe('isolate');
    await fresh.close();
    slow.close();
  });

  it('draws its text in four sizes and faces of its font at most (each new one is a font lookup on the page’s main thread)', async () => {
    const fresh = await browser.newPage();
    for (const c of cases) {
      await fresh.goto(url(c, 'casenotes'), { waitUntil: 'load' });
      await waitForOverlay(fresh);
      const faces = await fresh.evaluate(() => {
        const seen = new Map<string, string>();
        const walk = (node: Node) => {
          for (const child of node.childNodes) {
            if (child.nodeType === Node.ELEMENT_NODE) walk(child);
            const parent = child.parentElement;
            if (child.nodeType !== Node.TEXT_NODE || !(child as Text).data.trim() || !parent?.checkVisibility()) continue;
            // 600 and 700 are the same bold face of a system font.
            const s = getComputedStyle(parent);
            const face = `${s.fontFamily} ${s.fontSize} ${Number(s.fontWeight) >= 600 ? 'bold' : 'regular'} ${s.fontStyle}`;
            if (!seen.has(face)) seen.set(face, `${face} (as in ${parent.parentElement?.className} > ${parent.className || parent.localName})`);
          }
        };
        walk(document.querySelector('closure-companion')!.shadowRoot!);
        return [...seen.values()].sort();
      });
      expect(faces.length, `${c.system}: ${faces.join('; ')}`).toBeLessThanOrEqual(4);
    }
    await fresh.close();
  });

  it('gives the page back all its width when folded', async () => {
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    expect((await eventually(() => layout(page), (l) => l.room === '0px')).room).toBe('0px');
    await page.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
  });
});

describe('one keystroke to the checklist', () => {
  it('the first Tab from the top of the page reaches “Skip to closure checklist”, and Enter moves into the panel', async () => {
    const page = await browser.newPage();
    await page.goto(url(cases.find((c) => c.system === 'mosaic')!, 'summary'), { waitUntil: 'load' });
    await waitForOverlay(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ host: 'closure-companion-skip', text: 'Skip to closure checklist' });
    await page.keyboard.press('Enter');
    expect((await eventually(() => focused(page), (f) => f.className === 'cc-heading')).className).toBe('cc-heading');
    await page.close();
  });

  it('opens the folded panel too, and is accessible', async () => {
    const page = await browser.newPage();
    await page.goto(url(cases.find((c) => c.system === 'care-assess')!, 'summary'), { waitUntil: 'load' });
    await waitForOverlay(page);
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    await eventually(() => page.$eval('closure-companion >>> .cc-root', (r) => r.getAttribute('data-collapsed')), (v) => v === 'true');
    // Folded from the start: no room made for a panel that is not open.
    expect(await roomsMadeWhile(page, () => page.reload({ waitUntil: 'load' }))).toEqual([]);
    await page.keyboard.press('Tab');
    expect((await focused(page)).host).toBe('closure-companion-skip');
    await page.keyboard.press('Enter');
    expect(await eventually(() => page.$eval('closure-companion >>> .cc-root', (r) => r.getAttribute('data-collapsed')), (v) => v === 'false')).toBe('false');
    expect((await eventually(() => focused(page), (f) => f.className === 'cc-heading')).className).toBe('cc-heading');
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run({ include: [['closure-companion-skip', 'a'], ['closure-companion', '.cc-root']] }, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
