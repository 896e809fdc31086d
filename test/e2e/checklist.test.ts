// The checklist a practitioner acts on, in Chromium with the built extension over the demo
// pages: grouped items with evidence and guidance, the toolbar badge, "Show me" inside the
// closure form's iframe, a link to an unseen page and the verdict updating after visiting it,
// confirm by hand surviving a reload, keyboard use and the panel toggle, and axe clean.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, ElementHandle, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, readOverlay, settle, waitForOverlay } from '../support/overlay';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let worker: WebWorker;
let extensionId: string;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let cases: GeneratedCase[];

beforeAll(async () => {
  const site = generateSite();
  cases = casesOf(site);
  ({ origin, stop: stopServer } = await serveSite(site));
  const launched = await launchWithExtension();
  ({ browser, close, extensionId } = launched);
  worker = (await launched.worker.worker())!;
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
});

const url = (c: GeneratedCase, page: string) => origin + c.pages.find((p) => p.page === page)!.url;
const item = (page: Page, rule: string) => page.$(`closure-companion >>> [data-rule="${rule}"]`) as Promise<ElementHandle<HTMLElement>>;
const statusOf = async (page: Page, rule: string) => (await readOverlay(page)).statuses[rule];

async function badge(): Promise<string> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return api.action.getBadgeText({ tabId: tab!.id! });
  });
}

/** Serious and critical axe violations inside the overlay's shadow root (or the whole page). */
async function axeViolations(page: Page, inOverlay = true): Promise<string[]> {
  // Evaluated over the DevTools protocol: an extension page's CSP refuses script tags.
  await page.evaluate(AXE);
  return page.evaluate(async (scoped) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const context = scoped ? { include: [['closure-companion', '.cc-root']] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  }, inOverlay);
}

describe('the checklist on a Mosaic case', () => {
  let c: GeneratedCase;
  let page: Page;
  beforeAll(async () => {
    c = cases.find((x) => x.system === 'mosaic')!;
    page = await browser.newPage();
  });

  it('groups the items, each with a status in words, and links an unknown item to the page that shows it', async () => {
    await page.goto(url(c, 'summary'));
    await waitForOverlay(page);
    const view = await eventually(() => readOverlay(page), (v) => v.statuses['closed-within-timescale'] === 'unknown');
    expect(view.pack).toBe('derbyshire-practice-matters');
    const groups = await page.$$eval('closure-companion >>> .cc-group-title', (els) => els.map((e) => e.textContent?.replace(/\s*\(\d+\)/, '').trim()));
    expect(groups).toEqual(expect.arrayContaining(['To do', 'To check', 'Done']));
    const words = await (await item(page, 'closed-within-timescale')).$eval('.cc-status-word', (e) => e.textContent);
    expect(words).toBe('To check');
    // The unknown item links to the page that shows the decision date, by the system's own address.
    const link = await (await item(page, 'closed-within-timescale')).$('.cc-lookon a');
    expect(await link!.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(url(c, 'closure'));
    await Promise.all([page.waitForNavigation(), link!.click()]);
    const after = await eventually(() => readOverlay(page), (v) => v.statuses['closed-within-timescale'] !== 'unknown' && v.statuses['closed-within-timescale'] !== undefined);
    expect(['met', 'unmet']).toContain(after.statuses['closed-within-timescale']);
  });

  it('shows the evidence and highlights it inside the closure form’s iframe', async () => {
    await settle(worker, `mosaic:${c.personId}`);
    await eventually(() => statusOf(page, 'closure-reason'), (s) => s === 'met');
    const reason = await item(page, 'closure-reason');
    expect(await reason.$eval('.cc-evidence', (e) => e.textContent)).toMatch(/Closure form · reason:/);
    const showMe = await reason.$('.cc-evidence button');
    await showMe!.click();
    const highlighted = await page.evaluate(() => {
      const form = document.querySelector('iframe')!.contentDocument!;
      return form.querySelector('[data-closure-companion-highlight]')?.tagName ?? null;
    });
    expect(highlighted).toBe('SELECT');
  });

  it('opens the guidance behind an item: the document’s words and why it matters', async () => {
    const reason = await item(page, 'closure-reason');
    await reason.$eval('.cc-guidance summary', (s) => (s as HTMLElement).click());
    const guidance = await reason.$eval('.cc-guidance', (d) => ({ open: (d as HTMLDetailsElement).open, text: d.textContent ?? '' }));
    expect(guidance.open).toBe(true);
    expect(guidance.text).toContain('The reason for closure pick list is a required field');
    expect(guidance.text).toContain('Practice guidance for closing case records');
    expect(guidance.text).toMatch(/Why it matters/);
  });

  it('shows the musts still to do on the toolbar badge', async () => {
    const view = await readOverlay(page);
    const summary = await page.$eval('closure-companion >>> .cc-summary', (e) => e.textContent ?? '');
    const [met, of] = /(\d+) of (\d+) musts met/.exec(summary)!.slice(1).map(Number);
    const unknown = Object.values(view.statuses).filter((s) => s === 'unknown').length;
    await page.bringToFront();
    const text = await eventually(badge, (b) => b !== '');
    expect(text).toBe(unknown > 0 ? '?' : of! - met! > 0 ? String(of! - met!) : '✓');
  });

  it('keeps a confirmation by hand across a reload, apart from done, and never as evidence', async () => {
    const target = Object.entries((await readOverlay(page)).statuses).find(([, s]) => s === 'unmet' || s === 'unknown')![0];
    const before = await readOverlay(page);
    const el = await item(page, target);
    await (await el.$('.cc-confirm'))!.click();
    await (await el.$('.cc-confirm-form input'))!.type('Checked with the family by phone');
    await (await el.$('.cc-confirm-form button[type=submit]'))!.click();
    await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"]`, (e) => e.getAttribute('data-confirmed')), (v) => v === 'true');
    await page.reload();
    await waitForOverlay(page);
    const confirmed = await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"]`, (e) => e.getAttribute('data-confirmed')).catch(() => null), (v) => v === 'true');
    expect(confirmed).toBe('true');
    const after = await readOverlay(page);
    expect(after.statuses[target]).toBe(before.statuses[target]);
    expect(await page.$eval(`closure-companion >>> [data-rule="${target}"] .cc-confirmed`, (e) => e.textContent)).toContain('Checked with the family by phone');
  });

  it('works by keyboard: Escape collapses to the tab, the tab reopens, the toggle moves focus into the panel', async () => {
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).focus());
    await page.keyboard.press('Escape');
    await eventually(() => page.$eval('closure-companion >>> .cc-root', (r) => r.getAttribute('data-collapsed')), (v) => v === 'true');
    const focused = await eventually(() => page.evaluate(() => document.querySelector('closure-companion')!.shadowRoot!.activeElement?.className ?? ''), (v) => v === 'cc-tab');
    expect(focused).toBe('cc-tab');
    await page.keyboard.press('Enter');
    await eventually(() => page.$eval('closure-companion >>> .cc-root', (r) => r.getAttribute('data-collapsed')), (v) => v === 'false');
    // The keyboard shortcut's command sends this message to the tab.
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.tabs.sendMessage(tab!.id!, { type: 'toggle-panel' }, { frameId: 0 });
    });
    await eventually(() => page.$eval('closure-companion >>> .cc-root', (r) => r.getAttribute('data-collapsed')), (v) => v === 'true');
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.tabs.sendMessage(tab!.id!, { type: 'toggle-panel' }, { frameId: 0 });
    });
    const heading = await eventually(() => page.evaluate(() => document.querySelector('closure-companion')!.shadowRoot!.activeElement?.className ?? ''), (v) => v === 'cc-heading');
    expect(heading).toBe('cc-heading');
  });

  it('declares the toggle shortcut in the manifest', async () => {
    const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.getManifest());
    expect(manifest.commands?.['toggle-panel']?.suggested_key).toBeTruthy();
  });

  it('has no serious or critical accessibility violation, open, with guidance and a confirm form open, and collapsed', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const el = await item(page, Object.entries((await readOverlay(page)).statuses).find(([, s]) => s !== 'met' && s !== 'n/a')![0]);
    await el.$eval('.cc-guidance summary', (s) => (s as HTMLElement).click());
    const confirm = await el.$('.cc-confirm');
    if (confirm) await confirm.click();
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
  });
});

describe('the checklist on a Care Assess case', () => {
  it('updates when another page of the case is visited in another tab', async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const first = await browser.newPage();
    await first.goto(url(c, 'summary'));
    await waitForOverlay(first);
    expect((await readOverlay(first)).statuses['chronology-left-open']).toBe('unknown');
    const second = await browser.newPage();
    await second.goto(url(c, 'chronology'));
    await waitForOverlay(second);
    const view = await eventually(() => readOverlay(first), (v) => v.statuses['chronology-left-open'] !== 'unknown');
    expect(['met', 'unmet']).toContain(view.statuses['chronology-left-open']);
    expect(await axeViolations(first)).toEqual([]);
    await first.close();
    await second.close();
  });

  it('the options page has a labelled pack choice and no serious accessibility violation', async () => {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('select[name=pack]');
    const options = await page.$$eval('select[name=pack] option', (o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toEqual(['auto', 'scottish-practice-guide', 'derbyshire-practice-matters', 'nct-good-practice', 'care-assess-closure-records', 'managerial-practice-note']);
    expect(await axeViolations(page, false)).toEqual([]);
    await page.close();
  });
});
