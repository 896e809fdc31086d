// Mapping a field by pointing at it: on a page whose label a release renamed, administrator mode maps
// it by clicking the label; the item then says what the original page gives; the exported profile,
// imported into a fresh browser profile, gives the same; with administrator mode off (or fixed off by
// policy) no mapping control is shown.
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, navigateAndWaitForExtension, readOverlay, settle, waitForOverlay } from '../support/overlay';
import { rewordedSite } from '../support/reworded-site';

const NEW_LABEL = 'When did the manager agree the case should close?';
const RULE = 'closed-within-timescale';
const MAP = `closure-companion >>> [data-rule="${RULE}"] .cc-map`;

let site: ReturnType<typeof rewordedSite>;
let origin: string;
let stopServer: () => Promise<unknown>;
const browsers: { close: () => Promise<void> }[] = [];
const consoles = failOnExtensionErrors();

beforeAll(async () => {
  site = rewordedSite(NEW_LABEL);
  ({ origin, stop: stopServer } = await serveSite(site.site));
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  await stopServer?.();
});

async function launch() {
  const launched = await launchWithExtension();
  browsers.push(launched);
  await consoles.watch(launched.browser);
  return launched;
}

/** Visits every page of the case (frames load inside their pages), ending on the closure step; returns that page. */
async function visit(browser: Browser, c: GeneratedCase): Promise<Page> {
  const worker = (await (await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'))).worker())!;
  const page = await browser.newPage();
  // Every frame read and the record done changing, so an "unknown" is the extension's answer, not a frame not read yet.
  const load = async (url: string) => {
    await navigateAndWaitForExtension(worker, page, () => page.goto(origin + url, { waitUntil: 'load' }));
    await waitForOverlay(page);
  };
  for (const p of c.pages.filter((x) => !x.framedIn)) await load(p.url);
  await load(c.pages.find((p) => p.page === 'closure')!.url);
  // The reworded form leaves its date unread on purpose: the record only has to stop changing.
  await settle(worker, `${c.system}:${c.personId}`, { everyFact: false });
  return page;
}

const statusOf = (page: Page) => readOverlay(page).then((v) => v.statuses[RULE]);

async function setAdminMode(browser: Browser, extensionId: string, on: boolean): Promise<void> {
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('input[name=adminMode]');
  const checked = await options.$eval('input[name=adminMode]', (i) => (i as HTMLInputElement).checked);
  if (checked !== on) await options.click('input[name=adminMode]');
  await eventually(() => options.$eval('input[name=adminMode]', (i) => (i as HTMLInputElement).checked), (v) => v === on);
  await options.close();
}

describe('mapping a field by pointing at it', () => {
  let expected: string;
  let exported: string;

  it('maps the renamed label by clicking it in administrator mode, and the item says what the original page gives', async () => {
    const { browser, extensionId } = await launch();
    const first = await visit(browser, site.original);
    expected = (await eventually(() => statusOf(first), (s) => s !== undefined && s !== 'unknown'))!;
    await first.close();

    const page = await visit(browser, site.reworded);
    expect(await eventually(() => statusOf(page), (s) => s === 'unknown')).toBe('unknown');
    expect(await page.$(MAP), 'no mapping control while administrator mode is off').toBeNull();

    await setAdminMode(browser, extensionId, true);
    await page.waitForSelector(MAP);
    await page.$eval(MAP, (b) => (b as HTMLElement).click());
    // The mapping control is loaded when asked for: its first button shows once it is here.
    await eventually(() => page.$('closure-companion >>> .cc-map-point'), (b) => b !== null, { what: 'the mapping control to load' });
    await page.$eval('closure-companion >>> .cc-map-point', (b) => (b as HTMLElement).click());
    // The form is inside the closure step's frame: click its renamed label there.
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/closure/form'))!;
    // By its own words (a required-answer marker beside them is the label's child, not its words).
    const label = await frame.waitForFunction(
      (words) =>
        Array.from(document.querySelectorAll('label, td, th, span')).find(
          (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim() === words,
        ),
      {},
      NEW_LABEL,
    );
    await (label.asElement() as unknown as { click(): Promise<void> }).click();

    const proposal = await eventually(() => page.$eval('closure-companion >>> .cc-map-box', (e) => e.textContent ?? ''), (t) => t.includes('With it, the extension reads'));
    expect(proposal).toContain(NEW_LABEL);
    expect(proposal).toContain('decisionDate');
    await page.$eval('closure-companion >>> .cc-map-save', (b) => (b as HTMLElement).click());
    expect(await eventually(() => statusOf(page), (s) => s === expected)).toBe(expected);
    // In administrator mode a page is given the overlay script with every fact reader, as a field
    // there may be mapped to any fact (adapters/reader/fact-readers.ts); the page was given its own
    // page kind's before the mode was switched on.
    const worker = (await (await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'))).worker())!;
    const reloaded = await navigateAndWaitForExtension(worker, page, () => page.reload({ waitUntil: 'load' }));
    expect(new Set(Object.values(reloaded.scripts))).toEqual(new Set(['/overlay.js']));
    expect(await eventually(() => statusOf(page), (s) => s === expected)).toBe(expected);

    // Exported as the same JSON the options page imports.
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const downloads = mkdtempSync(join(tmpdir(), 'cc-mapping-downloads-'));
    await (await options.createCDPSession()).send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await options.waitForSelector('#h-profiles + p + table button');
    await options.$$eval('#h-profiles + p + table button', (buttons) => buttons.find((b) => b.textContent!.startsWith('Export'))!.click());
    const files = await eventually(async () => readdirSync(downloads).filter((f) => f.endsWith('.json')), (f) => f.length > 0);
    exported = join(downloads, files[0]!);
    const profile = JSON.parse(readFileSync(exported, 'utf8'));
    expect(profile.pages['closure-form'].facts.decisionDate.label).toEqual([NEW_LABEL]);
    expect(JSON.stringify(profile), 'no case detail in the profile').not.toContain(site.reworded.personId);
  });

  it('the exported profile, imported into a fresh browser profile, gives the same verdict', async () => {
    const { browser, extensionId } = await launch();
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('input[type=file][name=profile]');
    await (await options.$('input[type=file][name=profile]'))!.uploadFile(exported);
    await eventually(() => options.$eval('#profile-result', (e) => e.textContent ?? ''), (t) => t.startsWith('Imported'));
    const page = await visit(browser, site.reworded);
    expect(await eventually(() => statusOf(page), (s) => s === expected)).toBe(expected);
    expect(await page.$(MAP), 'administrator mode is off in this profile: no mapping control').toBeNull();
  });
});

/** Chromium reads machine policy from here on Debian; writing it needs root (as CI runs). */
const POLICY_DIR = '/etc/chromium/policies/managed';
function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!canWritePolicy())('administrator mode fixed off by policy', () => {
  it('cannot be switched on, and no mapping control is shown', async () => {
    const probe = await launch();
    const file = join(POLICY_DIR, `closure-companion-admin-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [probe.extensionId]: { adminMode: false } } } }));
    try {
      const { browser, extensionId } = await launch();
      const options = await browser.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.waitForSelector('input[name=adminMode]');
      expect(await eventually(() => options.$eval('input[name=adminMode]', (i) => (i as HTMLInputElement).disabled), Boolean)).toBe(true);
      const page = await visit(browser, site.reworded);
      await eventually(() => statusOf(page), (s) => s === 'unknown');
      expect(await page.$(MAP)).toBeNull();
    } finally {
      rmSync(file, { force: true });
    }
  });
});
