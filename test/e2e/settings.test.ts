// Settings as a practice lead and IT would use them: the pack chosen on the options page
// applies to an open case at once; a bad pack file is refused with the field named; an added
// council address gets the overlay once the browser allows it; values set by policy
// are shown read-only and win.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, navigateAndWaitForExtension, readOverlay, waitForOverlay } from '../support/overlay';

let browser: Browser;
let worker: WebWorker;
let extensionId: string;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let cases: GeneratedCase[];
const consoles = failOnExtensionErrors();

beforeAll(async () => {
  const site = generateSite();
  cases = casesOf(site);
  ({ origin, stop: stopServer } = await serveSite(site));
  const launched = await launchWithExtension();
  ({ browser, close, extensionId } = launched);
  worker = (await launched.worker.worker())!;
  await consoles.watch(browser);
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
});

const options = async () => {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.waitForSelector('select[name=pack]:not([disabled])');
  return page;
};

describe('the options page', () => {
  it('changes the pack of an open case page at once', async () => {
    const c = cases.find((x) => x.system === 'mosaic')!;
    const casePage = await browser.newPage();
    await casePage.goto(origin + c.pages[0]!.url);
    expect((await waitForOverlay(casePage)).pack).toBe('derbyshire-practice-matters');
    const page = await options();
    await page.select('select[name=pack]', 'nct-good-practice');
    const view = await eventually(() => readOverlay(casePage), (v) => v.pack === 'nct-good-practice');
    expect(view.pack).toBe('nct-good-practice');
    expect(Object.keys(view.statuses)).toContain('safety-plan-versions');
    await page.select('select[name=pack]', 'auto');
    await eventually(() => readOverlay(casePage), (v) => v.pack === 'derbyshire-practice-matters');
    await page.close();
    await casePage.close();
  });

  it('refuses a bad pack file beside the import, rule by rule as a person counts, and imports a good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-pack-'));
    const file = (name: string, pack: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(pack));
      return join(dir, name);
    };
    const page = await options();
    const input = (await page.$('input[name=import]'))!;
    // What the import did is said beside it, and read with it by a screen reader.
    const result = () => page.$eval('input[name=import]', (i) => document.getElementById(i.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    await input.uploadFile(file('bad.json', { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' }, { rule: 'closure-letter', level: 'must', params: { days: 400 } }, { rule: 'closure-leter', level: 'must' }, { rule: 'closure-reason' }] }));
    const message = await eventually(result, (t) => t.length > 0);
    expect(message).toContain('Rule 2 (closure-letter): “days” must be a whole number from 1 to 28 days, not 400.');
    expect(message).not.toMatch(/rules\.\d/);
    expect(await page.$eval('input[name=import] + #import-result', (e) => e.className)).toBe('cc-error');
    await input.uploadFile(file('shape.json', { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' }, { rule: 'closure-letter' }] }));
    // Waited for by its own words: the message before it said "missing" too (its rule 4).
    expect(await eventually(result, (t) => t.includes('Rule 2 (closure-letter): “level” is missing'))).not.toContain('days');
    await input.uploadFile(file('typo.json', { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-leter', level: 'must' }] }));
    expect(await eventually(result, (t) => t.includes('Did you mean'))).toContain('Rule 1: there is no rule “closure-leter”. Did you mean “closure-letter”?');
    await input.uploadFile(file('clash.json', { id: 'nct-good-practice', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' }] }));
    expect(await eventually(result, (t) => t.includes('built-in'))).toContain('is the id of the built-in pack');
    expect(await page.$$eval('select[name=pack] option', (o) => o.map((x) => (x as HTMLOptionElement).value))).not.toContain('our-pack');
    await input.uploadFile(file('good.json', { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' }] }));
    expect(await eventually(result, (t) => t.startsWith('Imported'))).toBe('Imported “Our pack”. Choose it under Policy pack to use it.');
    await eventually(() => page.$$eval('select[name=pack] option', (o) => o.map((x) => (x as HTMLOptionElement).value)), (v) => v.includes('our-pack'));
    await input.uploadFile(file('same-title.json', { id: 'their-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-reason', level: 'must' }] }));
    expect(await eventually(result, (t) => t.includes('already the title'))).toContain('the custom pack “our-pack”');
    await input.uploadFile(file('good-v2.json', { id: 'our-pack', title: 'Our pack', source: 'Local', rules: [{ rule: 'closure-letter', level: 'must' }] }));
    expect(await eventually(result, (t) => t.includes('replacing'))).toContain('replacing the earlier version of this pack (our-pack)');
    expect(await page.$$eval('select[name=pack] option', (o) => o.filter((x) => (x as HTMLOptionElement).value === 'our-pack').length)).toBe(1);
    rmSync(dir, { recursive: true, force: true });
    await page.close();
  });

  it('validates a timescale within the rule’s bounds', async () => {
    const page = await options();
    const input = (await page.$('input[id$="closed-within-timescale-days"]'))!;
    await input.click({ clickCount: 3 });
    await input.type('99');
    await page.keyboard.press('Tab');
    expect(await page.$eval('input[id$="closed-within-timescale-days"] + .cc-error', (e) => e.textContent)).toMatch(/from 1 to 28/);
    await page.close();
  });
});

describe('a council’s own address', () => {
  let proxy: Server;
  beforeAll(async () => {
    // The demo pages again, at an address the extension is not installed for.
    const target = new URL(origin);
    proxy = createServer((req, res) => {
      const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.2', resolve));
  });
  afterAll(() => {
    proxy.closeAllConnections();
    return new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  it('starts on a council address once it is added and the browser allows it', async () => {
    const port = (proxy.address() as { port: number }).port;
    const council = `http://127.0.0.2:${port}`;
    const c = cases.find((x) => x.system === 'care-assess')!;
    const casePage = await browser.newPage();
    // Nothing mounts: asked once the extension has decided about the page, however long that takes.
    await navigateAndWaitForExtension(worker, casePage, () => casePage.goto(council + c.pages[0]!.url));
    expect((await readOverlay(casePage)).count).toBe(0);
    // The test build was granted this address at install (manifest host_permissions), so the
    // browser answers the options page's request without a prompt, as after a practitioner's yes.
    const page = await options();
    await page.type('input[name=address]', council);
    await page.select('select[name=system]', 'care-assess');
    await page.click('form button[type=submit]');
    const granted = await eventually(() => page.$eval('.cc-saved', (e) => e.textContent ?? ''), (t) => t.length > 0, { what: 'the options page to answer the added address', timeoutMs: 5000 });
    expect(granted).toContain('Added http://127.0.0.2');
    await casePage.reload();
    const view = await waitForOverlay(casePage);
    expect(view).toMatchObject({ count: 1, system: 'care-assess', caseKey: `care-assess:${c.personId}` });
    await page.close();
    await casePage.close();
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

/** Starts a second browser with this policy for the extension in force, and removes the policy after. */
async function withPolicy(policy: Record<string, unknown>, use: (second: Awaited<ReturnType<typeof launchWithExtension>>) => Promise<void>) {
  const file = join(POLICY_DIR, `closure-companion-test-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  try {
    const second = await launchWithExtension();
    await consoles.watch(second.browser);
    try {
      expect(second.extensionId).toBe(extensionId);
      await use(second);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(file, { force: true });
  }
}

describe.skipIf(!canWritePolicy())('values set by the organisation (Chromium policy)', () => {
  it('shows them read-only, and they win over the practitioner’s choice', async () => {
    await withPolicy({ pack: 'nct-good-practice', retentionDays: 14 }, async (second) => {
      const page = await second.browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.waitForSelector('select[name=pack]');
      const state = await eventually(
        () => page.$eval('select[name=pack]', (s) => ({ value: (s as HTMLSelectElement).value, disabled: (s as HTMLSelectElement).disabled })),
        (v) => v.disabled,
      );
      expect(state).toEqual({ value: 'nct-good-practice', disabled: true });
      expect(await page.$eval('input[name=retentionDays]', (i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).disabled])).toEqual(['14', true]);
      expect(await page.$eval('.cc-policy', (e) => e.textContent)).toBe('Set by your organisation.');
      expect(await page.$('.cc-notice')).toBeNull();
      const c = cases.find((x) => x.system === 'mosaic')!;
      const casePage = await second.browser.newPage();
      await casePage.goto(origin + c.pages[0]!.url);
      expect((await eventually(() => readOverlay(casePage), (v) => v.pack !== null)).pack).toBe('nct-good-practice');
    });
  });

  it('locks the pack to each system’s default with lockPack alone, and locks custom-pack import', async () => {
    await withPolicy({ lockPack: true, lockCustomPacks: true }, async (second) => {
      const page = await second.browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.waitForSelector('select[name=pack]');
      // Chromium hands the policy to the extension shortly after it starts: the page follows it.
      const state = await eventually(() => page.$eval('select[name=pack]', (s) => [(s as HTMLSelectElement).value, (s as HTMLSelectElement).disabled]), ([, disabled]) => disabled === true);
      expect(state).toEqual(['auto', true]);
      expect(await page.$eval('#h-pack + label + select + .cc-policy', (e) => e.textContent)).toBe('Set by your organisation.');
      expect(await page.$('input[name=import]')).toBeNull();
      const custom = await page.$eval('section[aria-labelledby=h-custom]', (e) => e.textContent ?? '');
      expect(custom).toContain('does not allow importing packs here');
      expect(custom).toContain('Set by your organisation.');
    });
  });

  it('says which managed pack and timescale cannot be used, on the options page, in the popup and once in the worker’s log', async () => {
    const policy = { pack: 'our-closure-pack', params: { 'derbyshire-practice-matters': { 'closure-letter': { days: 99 } } } };
    await withPolicy(policy, async (second) => {
      const logged: string[] = [];
      (await second.worker.worker())!.on('console', (m) => m.text().startsWith('Closure Companion') && logged.push(m.text()));
      const page = await second.browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const notice = await page.waitForSelector('.cc-notice').then((e) => e!.evaluate((n) => n.textContent ?? ''));
      expect(notice).toContain('The policy sets the pack “our-closure-pack”, which this extension does not have. Until it is corrected each case system’s default pack is used: Practice Matters: Case closure (B) for Mosaic-style; Closing case records in Care Assess (D) for Care Assess-style; Case Closure Managerial Practice Note (E) for LCS-style.');
      expect(notice).toContain('The policy sets “days” of closure-letter in derbyshire-practice-matters to 99, outside its bounds of 1 to 28 days: the pack’s own 10 days is used.');
      expect(notice).toContain('Please tell your IT team.');
      // The choice shows the pack that is not there as such, not as another pack.
      expect(await page.$eval('select[name=pack]', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('our-closure-pack (not found: each system’s default is used)');
      const popup = await second.browser.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      expect(await popup.waitForSelector('.cc-notice').then((e) => e!.evaluate((n) => n.textContent ?? ''))).toContain('“our-closure-pack”');
      const c = cases.find((x) => x.system === 'mosaic')!;
      const casePage = await second.browser.newPage();
      await casePage.goto(origin + c.pages[0]!.url);
      expect((await waitForOverlay(casePage)).pack).toBe('derbyshire-practice-matters');
      await casePage.goto(origin + c.pages[1]!.url);
      await waitForOverlay(casePage);
      await eventually(async () => logged.length, (n) => n > 0);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('“our-closure-pack”');
      expect(logged[0]).toContain('to 99, outside its bounds of 1 to 28 days');
    });
  });
});
