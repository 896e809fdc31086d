// A council adapts the extension to its own wording with a host profile, never a release: a release
// that rewords a label leaves the item unknown (never wrong); a profile that maps the new words,
// imported on the options page, reads the page as before; it exports as the JSON imported, can be
// removed, shows in the reading report, and can be set by policy, where it wins.
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, navigateAndWaitForExtension, readOverlay, settle, waitForOverlay } from '../support/overlay';
import { rewordedSite } from '../support/reworded-site';

/** The new wording of the reworded release, and the verdict that rests on the decision date. */
const NEW_LABEL = 'When did the manager agree the case should close?';
const RULE = 'closed-within-timescale';

let browser: Browser;
let worker: WebWorker;
let extensionId: string;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let reworded: GeneratedCase;
let original: GeneratedCase;
let dir: string;
const consoles = failOnExtensionErrors();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-profiles-'));
  // Two copies of the same Mosaic case: the original, and one (under another person id) reworded.
  const both = rewordedSite(NEW_LABEL);
  ({ original, reworded } = both);
  ({ origin, stop: stopServer } = await serveSite(both.site));
  const launched = await launchWithExtension();
  ({ browser, close, extensionId } = launched);
  worker = (await launched.worker.worker())!;
  await consoles.watch(browser);
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
  rmSync(dir, { recursive: true, force: true });
});

/** Visits every page of a case and returns the verdict of RULE once the case has settled. */
async function verdictOf(c: GeneratedCase): Promise<string> {
  const page = await browser.newPage();
  for (const p of c.pages.filter((x) => !x.framedIn)) {
    // Every frame read (the closure step frames the form), so an "unknown" is the extension's answer, not a late frame.
    await navigateAndWaitForExtension(worker, page, () => page.goto(origin + p.url, { waitUntil: 'load' }));
    await waitForOverlay(page);
  }
  // The reworded form leaves its date unread on purpose: the record only has to stop changing.
  await settle(worker, `${c.system}:${c.personId}`, { everyFact: false });
  const view = await eventually(() => readOverlay(page), (v) => v.statuses[RULE] !== undefined && (c === original ? v.statuses[RULE] !== 'unknown' : true));
  await page.close();
  return view.statuses[RULE]!;
}

async function options(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.waitForSelector('input[type=file][name=profile]');
  return page;
}

const resultText = (page: Page) => page.$eval('#profile-result', (e) => e.textContent ?? '');

describe('council host profiles', () => {
  const profile = { format: 1, system: 'mosaic', extends: 'mosaic', name: 'Northshire Mosaic, reworded release', pages: { 'closure-form': { facts: { decisionDate: { label: [NEW_LABEL] } } } } };

  it('a reworded label leaves the item unknown, never wrong, and a bad profile file changes nothing', async () => {
    const before = await verdictOf(original);
    expect(before).not.toBe('unknown');
    expect(await verdictOf(reworded)).toBe('unknown');

    const page = await options();
    const input = (await page.$('input[type=file][name=profile]'))!;
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{ "format": 1, ');
    await input.uploadFile(notJson);
    expect(await eventually(() => resultText(page), (t) => t.length > 0)).toContain('not a JSON file');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...profile, pages: { 'closure-form': { facts: { decisonDate: { label: [NEW_LABEL] } } } } }));
    await input.uploadFile(bad);
    const said = await eventually(() => resultText(page), (t) => t.includes('decisonDate'));
    expect(said).toContain('nothing was changed');
    expect(said).toContain('did you mean “decisionDate”');
    expect(await page.$eval('#h-profiles + p + table', (t) => t.textContent)).toContain('built in');
    await page.close();
    expect(await verdictOf(reworded)).toBe('unknown');
  });

  it('a profile mapping the new words reads the reworded page as the original, exports as imported, shows in the reading report, and can be removed', async () => {
    const expected = await verdictOf(original);
    const page = await options();
    const file = join(dir, 'northshire.json');
    writeFileSync(file, JSON.stringify(profile));
    await (await page.$('input[type=file][name=profile]'))!.uploadFile(file);
    expect(await eventually(() => resultText(page), (t) => t.startsWith('Imported'))).toContain('Northshire Mosaic, reworded release');
    expect(await page.$eval('#h-profiles + p + table', (t) => t.textContent)).toContain('imported on this device');

    expect(await verdictOf(reworded)).toBe(expected);

    // The reading report on the reworded closure form names the new label as where the date was read.
    const casePage = await browser.newPage();
    await casePage.goto(origin + reworded.pages.find((p) => p.page === 'closure')!.url, { waitUntil: 'load' });
    await waitForOverlay(casePage);
    await casePage.$eval('closure-companion >>> .cc-report > .cc-disclosure', (s) => (s as HTMLElement).click());
    const report = await eventually(() => casePage.$eval('closure-companion >>> .cc-report', (e) => e.textContent ?? ''), (t) => t.includes('decisionDate'));
    expect(report).toContain(`decisionDate: read from “${NEW_LABEL}”`);
    expect(report, 'the report names labels, never case values').not.toContain(reworded.personId);
    await casePage.close();

    // Export gives the same JSON that was imported.
    const downloads = mkdtempSync(join(tmpdir(), 'cc-downloads-'));
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const clickButton = (words: string) => page.$$eval('#h-profiles + p + table button', (buttons, w) => buttons.find((b) => b.textContent!.startsWith(w))!.click(), words);
    await clickButton('Export');
    const exported = await eventually(async () => readdirSync(downloads).filter((f) => f.endsWith('.json')), (f) => f.length > 0);
    expect(JSON.parse(readFileSync(join(downloads, exported[0]!), 'utf8'))).toEqual(profile);

    await clickButton('Remove');
    expect(await eventually(() => resultText(page), (t) => t.startsWith('Removed'))).toContain('built-in profile again');
    await page.close();
    // Read with the built-in profile again, the reworded label is not found (what was seen earlier in
    // this session stays seen: the record keeps facts once read).
    const again = await browser.newPage();
    await again.goto(origin + reworded.pages.find((p) => p.page === 'closure')!.url, { waitUntil: 'load' });
    await waitForOverlay(again);
    await again.$eval('closure-companion >>> .cc-report > .cc-disclosure', (s) => (s as HTMLElement).click());
    expect(await eventually(() => again.$eval('closure-companion >>> .cc-report', (e) => e.textContent ?? ''), (t) => t.includes('decisionDate'))).toMatch(/decisionDate: not found/);
    await again.close();
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

describe.skipIf(!canWritePolicy())('a profile set by the organisation (Chromium policy)', () => {
  it('is used, shows as set by the organisation, and cannot be removed on the device', async () => {
    const expected = await verdictOf(original);
    const file = join(POLICY_DIR, `closure-companion-profiles-${process.pid}.json`);
    const profile = { format: 1, system: 'mosaic', extends: 'mosaic', name: 'Northshire Mosaic (by policy)', pages: { 'closure-form': { facts: { decisionDate: { label: [NEW_LABEL] } } } } };
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { profiles: [JSON.stringify(profile)] } } } }));
    const second = await launchWithExtension();
    await consoles.watch(second.browser);
    try {
      const page = await second.browser.newPage();
      await page.goto(`chrome-extension://${second.extensionId}/options.html`);
      const row = await eventually(() => page.$eval('#h-profiles + p + table', (t) => t.textContent ?? '').catch(() => ''), (t) => t.includes('by policy'));
      expect(row).toContain('set by your organisation');
      expect(await page.$$eval('#h-profiles + p + table button', (b) => b.map((x) => x.textContent))).not.toContain('Remove');
      const casePage = await second.browser.newPage();
      for (const p of reworded.pages.filter((x) => !x.framedIn)) {
        await casePage.goto(origin + p.url, { waitUntil: 'load' });
        await waitForOverlay(casePage);
      }
      expect((await eventually(() => readOverlay(casePage), (v) => v.statuses[RULE] === expected)).statuses[RULE]).toBe(expected);
    } finally {
      await second.close();
      rmSync(file, { force: true });
    }
  });
});
