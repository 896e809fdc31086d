// The checklist a practitioner acts on, in Chromium with the built extension over the demo
// pages: grouped items with evidence and guidance, what is not seen yet grouped by the page that
// shows it, waiting apart from done, gaps only other packs would flag, the same figures in the
// panel, its groups, the folded tab, the toolbar badge and the popup, titles that follow the
// pack's timescales, the child's name, "Show me" inside the closure form's iframe, confirm by
// hand (who, when, never evidence) surviving a reload, a pack chosen for one case only, keyboard
// use and the panel toggle, and axe clean.
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { OWN_HOSTS, casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, fillConfirmForm, readOverlay, settle, waitForOverlay } from '../support/overlay';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

const url = (c: GeneratedCase, page: string) => origin + c.pages.find((p) => p.page === page)!.url;
/** The case's page in a new tab, once its overlay has drawn the case. */
async function shown(c: GeneratedCase, page: string): Promise<Page> {
  const tab = await browser.newPage();
  await tab.goto(url(c, page));
  await waitForOverlay(tab);
  return tab;
}
const item = (page: Page, rule: string) => page.$(`closure-companion >>> [data-rule="${rule}"]`) as Promise<ElementHandle<HTMLElement>>;
const statusOf = async (page: Page, rule: string) => (await readOverlay(page)).statuses[rule];

/** The toolbar badge of the tab in front: its text and its tooltip. */
async function badge(): Promise<{ text: string; title: string }> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return { text: await api.action.getBadgeText({ tabId: tab!.id! }), title: await api.action.getTitle({ tabId: tab!.id! }) };
  });
}

/** The child's name as the demo case's pages show it. */
const childName = (c: GeneratedCase) => (JSON.parse(readFileSync(join(OWN_HOSTS, 'scenarios', `${c.id}.json`), 'utf8')) as { person: { name: string } }).person.name;

/** Changes the practitioner's settings as the options page would (storage.local). */
async function setSettings(change: object): Promise<void> {
  await worker.evaluate(async (c) => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const current = ((await api.storage.local.get('settings')).settings ?? {}) as object;
    await api.storage.local.set({ settings: { ...current, ...c } });
  }, change);
}

/** Each group's count as its heading says it, and the items it holds. */
async function groups(page: Page): Promise<Record<string, { count: number; items: number; musts: number }>> {
  return page.$$eval('closure-companion >>> [data-group]', (els) =>
    Object.fromEntries(
      els.map((g) => [
        g.getAttribute('data-group')!,
        {
          count: Number(/\((\d+)\)/.exec(g.querySelector('.cc-group-title .cc-count')?.textContent ?? '')?.[1] ?? NaN),
          items: g.querySelectorAll('[data-rule]').length,
          musts: [...g.querySelectorAll('[data-rule]')].filter((i) => i.querySelector('.cc-level')?.textContent === 'must').length,
        },
      ]),
    ),
  );
}

/** The popup as it opens over the tab in front (the popup reads the active tab, which a page opened by the test would otherwise be). */
async function openPopup(): Promise<Page> {
  const tabId = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
  });
  const popup = await browser.newPage();
  await popup.evaluateOnNewDocument((id: number) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: unknown } } }).chrome.tabs;
    tabs.query = (_query: unknown, callback?: (t: unknown[]) => void) => {
      callback?.([{ id }]);
      return Promise.resolve([{ id }]);
    };
  }, tabId);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForSelector('.cc-popup-summary');
  return popup;
}

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

/** Serious and critical axe violations inside the overlay's shadow root (or the whole page). */
async function axeViolations(page: Page, inOverlay = true): Promise<string[]> {
  // Evaluated over the DevTools protocol: an extension page's CSP refuses script tags.
  await page.evaluate(AXE);
  return page.evaluate(async (scoped) => {
    type Results = { id: string; impact: string; nodes: { target: unknown }[] }[];
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Results; passes: Results }> } }).axe;
    // `fromShadowDom`: the older `[['closure-companion', '.cc-root']]` form selects nothing in axe 4.14.
    const context = scoped ? { include: [{ fromShadowDom: ['closure-companion', '.cc-root'] }] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    // A check that found nothing to look at would pass whatever the overlay holds.
    if (result.passes.length + result.violations.length === 0) return ['axe found nothing to check'];
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

  it('groups the items, each with a status in words, and what is not seen yet under the page that shows it', async () => {
    await page.goto(url(c, 'summary'));
    await waitForOverlay(page);
    const view = await eventually(() => readOverlay(page), (v) => v.statuses['closed-within-timescale'] === 'unknown');
    expect(view.pack).toBe('derbyshire-practice-matters');
    const titles = await page.$$eval('closure-companion >>> .cc-group-title', (els) => els.map((e) => e.textContent?.replace(/\s*\(\d+\)/, '').trim()));
    expect(titles).toEqual(expect.arrayContaining(['To do', 'To check']));
    const words = await (await item(page, 'closed-within-timescale')).$eval('.cc-status-word', (e) => e.textContent);
    expect(words).toMatch(/^To check/);
    // One heading per page ("Open the Closure form: 10 items"), the items inside it, each still an item of the contract.
    const pageGroups = await page.$$eval('closure-companion >>> [data-group="unknown"] .cc-page-group[data-look-on]', (els) =>
      els.map((g) => ({
        page: g.getAttribute('data-look-on'),
        heading: g.querySelector('.cc-page-title')?.textContent ?? '',
        statuses: [...g.querySelectorAll('[data-rule]')].map((i) => i.getAttribute('data-status')),
        // A line in an item naming its own group's page would say again what the heading says.
        repeats: [...g.querySelectorAll('[data-rule] .cc-lookon')].filter((l) => l.textContent?.includes(g.querySelector('.cc-page-title a')?.textContent?.replace(/^Open the /, '') ?? '\u0000')).length,
      })),
    );
    expect(pageGroups.find((g) => g.page === 'closure-form')?.heading).toMatch(/^Open the Closure form: \d+ items$/);
    for (const g of pageGroups) {
      expect(g.heading, g.page!).toMatch(new RegExp(`: ${g.statuses.length} items?$`));
      expect(g.statuses.every((st) => st === 'unknown'), g.page!).toBe(true);
      expect(g.repeats, g.page!).toBe(0);
    }
    const inGroups = pageGroups.reduce((n, g) => n + g.statuses.length, 0);
    expect(inGroups).toBe(Object.values(view.statuses).filter((st) => st === 'unknown').length);
    // The heading links to the page that shows the decision date, by the system's own address.
    const link = (await (await item(page, 'closed-within-timescale')).evaluateHandle((el) => el.closest('.cc-page-group')!.querySelector('.cc-page-title a')!)) as ElementHandle<HTMLAnchorElement>;
    expect(await link.evaluate((a) => a.href)).toBe(url(c, 'closure'));
    await Promise.all([page.waitForNavigation(), link.click()]);
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
    // Found and highlighted by the panel's parts, loaded on this click.
    const highlighted = await eventually(
      () =>
        page.evaluate(() => {
          const form = document.querySelector('iframe')!.contentDocument!;
          return form.querySelector('[data-closure-companion-highlight]')?.tagName ?? null;
        }),
      (tag) => tag !== null,
      { what: 'the evidence highlighted' },
    );
    expect(highlighted).toBe('SELECT');
  });

  it('opens the guidance behind an item: the document’s words and why it matters', async () => {
    const reason = await item(page, 'closure-reason');
    await reason.$eval('.cc-guidance > .cc-disclosure', (s) => (s as HTMLElement).click());
    // The words come with the panel's parts, loaded on this click.
    const guidance = await eventually(
      () => reason.$eval('.cc-guidance', (d) => ({ open: d.querySelector('.cc-disclosure')?.getAttribute('aria-expanded') === 'true', text: d.textContent ?? '' })),
      (g) => g.text.includes('Why it matters'),
      { what: 'the guidance drawn' },
    );
    expect(guidance.open).toBe(true);
    expect(guidance.text).toContain('The reason for closure pick list is a required field');
    expect(guidance.text).toContain('Practice guidance for closing case records');
    expect(guidance.text).toMatch(/Why it matters/);
  });

  it('shows a letter requested and not yet due as Waiting, with its due date, apart from done', async () => {
    await settle(worker, `mosaic:${c.personId}`);
    const letter = await eventually(() => page.$eval('closure-companion >>> [data-rule="closure-letter"]', (e) => ({
      status: e.getAttribute('data-status'),
      waiting: e.getAttribute('data-waiting'),
      group: e.closest('[data-group]')?.getAttribute('data-group'),
      word: e.querySelector('.cc-status-word')?.textContent,
      due: e.querySelector('.cc-due')?.textContent ?? '',
    })).catch(() => null), (v) => v?.waiting === 'true');
    // The contract keeps the catalogue's reading (met); the panel says it is not finished.
    expect(letter).toMatchObject({ status: 'met', waiting: 'true', group: 'waiting', word: 'Waiting' });
    expect(letter!.due).toMatch(/^Due \d{1,2} \w{3} \d{4}$/);
    const g = await groups(page);
    expect(g.waiting!.count).toBe(g.waiting!.items);
    expect(await page.$eval('closure-companion >>> .cc-summary', (e) => e.textContent)).toContain(`${g.waiting!.count} waiting`);
  });

  it('says how many more gaps other packs would flag, and lists them on request, outside this pack’s figures', async () => {
    // Every page of the case, each read whole (the host renders some rows after load).
    for (const p of c.pages.filter((x) => !x.framedIn)) {
      await page.goto(url(c, p.page), { waitUntil: 'load' });
      await waitForOverlay(page);
      await settle(worker, `mosaic:${c.personId}`);
    }
    await page.goto(url(c, 'closure'), { waitUntil: 'load' });
    await waitForOverlay(page);
    const line = await eventually(() => page.$eval('closure-companion >>> .cc-other-gaps > .cc-disclosure', (e) => e.textContent ?? '').catch(() => ''), (t) => t.length > 0);
    const count = Number(/flag (\d+) more gap/.exec(line)?.[1]);
    await page.$eval('closure-companion >>> .cc-other-gaps > .cc-disclosure', (e) => (e as HTMLElement).click());
    const gaps = await page.$$eval('closure-companion >>> .cc-other-gaps [data-other-rule]', (els) => els.map((e) => ({ rule: e.getAttribute('data-other-rule')!, text: e.textContent ?? '' })));
    expect(gaps.length).toBe(count);
    // The demo's timed-out note and the professional with no written confirmation, each with its pack.
    expect(gaps.find((g) => g.rule === 'case-notes-finalised')?.text).toMatch(/Practice guide on case closure \(A\)/);
    expect(gaps.find((g) => g.rule === 'professionals-written-to')?.text).toMatch(/Good Practice guide – Case Closure \(C\)/);
    // Never an item of this pack, never in its figures.
    const view = await readOverlay(page);
    for (const g of gaps) expect(view.statuses[g.rule], g.rule).toBeUndefined();
    await page.$eval('closure-companion >>> .cc-other-gaps > .cc-disclosure', (e) => (e as HTMLElement).click());
  });

  it('gives the same figures in the panel header, its groups, the folded tab, the toolbar badge and the popup', async () => {
    const summary = await page.$eval('closure-companion >>> .cc-summary', (e) => e.textContent ?? '');
    const parts = summary.split(' · ');
    const g = await groups(page);
    const of = (group: string) => g[group]?.count ?? 0;
    for (const [name, group] of Object.entries(g)) expect(group.count, name).toBe(group.items);
    const view = await readOverlay(page);
    expect(of('unmet')).toBe(Object.values(view.statuses).filter((st) => st === 'unmet').length);
    expect(of('unknown')).toBe(Object.values(view.statuses).filter((st) => st === 'unknown').length);
    // "X of Y musts met": X the musts done (waiting ones are not), Y the musts that apply.
    const [met, applicable] = /(\d+) of (\d+) musts met/.exec(parts[0]!)!.slice(1).map(Number);
    expect(met).toBe(g.met?.musts ?? 0);
    expect(applicable).toBe(['met', 'waiting', 'unmet', 'unknown'].reduce((n, k) => n + (g[k]?.musts ?? 0), 0));
    const figures = [of('unmet') && `${of('unmet')} to do`, of('unknown') && `${of('unknown')} to check`, of('waiting') && `${of('waiting')} waiting`].filter(Boolean);
    for (const f of figures) expect(parts).toContain(f);
    await page.bringToFront();
    const shown = await eventually(badge, (b) => b.text !== '');
    expect(shown.text).toBe(of('unmet') > 0 ? String(of('unmet')) : of('unknown') > 0 ? '?' : of('waiting') > 0 ? '…' : '✓');
    expect(shown.title).toBe(`Closure Companion: ${summary}`);
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    const tab = await eventually(() => page.$$eval('closure-companion >>> .cc-tab-summary', (els) => els.map((e) => e.textContent ?? '')), (t) => t.length > 0);
    expect(tab).toEqual(parts.length > 1 ? parts.slice(1) : ['Nothing left to do, check or wait for']);
    await page.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
    const popup = await openPopup();
    expect(await popup.$eval('.cc-popup-summary', (e) => e.textContent)).toBe(summary);
    await popup.close();
  });

  it('names the case by the child’s name as the page shows it, with the person id, in the panel and the popup', async () => {
    const name = childName(c);
    expect(await page.$eval('closure-companion >>> .cc-case', (e) => e.textContent)).toMatch(new RegExp(`^${name} · Person ID ${c.personId} · `));
    await page.bringToFront();
    const popup = await openPopup();
    expect(await popup.$eval('.cc-popup-case', (e) => e.textContent)).toMatch(new RegExp(`^${name} · Person ID ${c.personId} · `));
    await popup.close();
  });

  it('titles follow the pack’s timescales: 10 days set reads “within 10 days” on the card and the options page', async () => {
    await setSettings({ params: { 'derbyshire-practice-matters': { 'closed-within-timescale': { days: 10 } } } });
    try {
      const title = await eventually(() => page.$eval('closure-companion >>> [data-rule="closed-within-timescale"] .cc-title', (e) => e.textContent ?? ''), (t) => t.includes('10'));
      expect(title).toBe('Closure completed within 10 days of the decision');
      const options = await browser.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const label = await eventually(() => options.$eval('label[for$="derbyshire-practice-matters-closed-within-timescale-days"]', (e) => e.textContent ?? '').catch(() => ''), (t) => t.length > 0);
      expect(label).toMatch(/^Closure completed within 10 days of the decision:/);
      await options.close();
    } finally {
      await setSettings({ params: {} });
    }
    await eventually(() => page.$eval('closure-companion >>> [data-rule="closed-within-timescale"] .cc-title', (e) => e.textContent ?? ''), (t) => t.includes('7 days'));
  });

  it('keeps a confirmation by hand across a reload, says who and when, apart from done, and never as evidence', async () => {
    const target = Object.entries((await readOverlay(page)).statuses).find(([, s]) => s === 'unmet' || s === 'unknown')![0];
    const before = await readOverlay(page);
    const summaryBefore = await page.$eval('closure-companion >>> .cc-summary', (e) => e.textContent);
    const el = await item(page, target);
    await (await (await fillConfirmForm(el, 'Checked with the family by phone')).$('button[type=submit]'))!.click();
    await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"]`, (e) => e.getAttribute('data-confirmed')), (v) => v === 'true');
    await page.reload();
    await waitForOverlay(page);
    const confirmed = await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"]`, (e) => e.getAttribute('data-confirmed')).catch(() => null), (v) => v === 'true');
    expect(confirmed).toBe('true');
    const after = await readOverlay(page);
    expect(after.statuses[target]).toBe(before.statuses[target]);
    expect(await page.$eval('closure-companion >>> .cc-summary', (e) => e.textContent)).toBe(summaryBefore);
    // No page has named its logged-in user yet: "you", with the day and time, and plainly not evidence.
    const shown = await page.$eval(`closure-companion >>> [data-rule="${target}"] .cc-confirmed`, (e) => e.textContent ?? '');
    expect(shown).toMatch(/^☑ Confirmed by hand by you, \d{1,2} \w{3} \d{4} at \d{2}:\d{2}: “Checked with the family by phone”/);
    expect(shown).toContain('Not evidence: it is not counted as done.');
  });

  it('records a confirmation under the case system’s logged-in user when a page shows one', async () => {
    // A reading that names the user, as the adapters will send it: from an extension page, like a content script's.
    const sender = await browser.newPage();
    await sender.goto(`chrome-extension://${extensionId}/options.html`);
    const answer = await sender.evaluate(
      (personId, pageUrl) =>
        (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({
          type: 'reading',
          reading: { system: 'mosaic', personId, page: 'summary', url: pageUrl, seenAt: new Date().toISOString(), facts: {}, warnings: [], user: 'Daniel Frost' },
        }),
      c.personId,
      url(c, 'summary'),
    );
    expect(answer).toEqual({ ok: true });
    await sender.close();
    // The item confirmed before, withdrawn and confirmed again now that a page has named the user.
    const target = Object.entries((await readOverlay(page)).statuses).find(([, s]) => s === 'unmet' || s === 'unknown')![0];
    const withdraw = await (await item(page, target)).$('.cc-confirmed button');
    await withdraw?.click();
    await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"]`, (e) => e.getAttribute('data-confirmed')), (v) => v === null);
    await (await (await fillConfirmForm(await item(page, target), 'Seen the letter on file')).$('button[type=submit]'))!.click();
    const shown = await eventually(() => page.$eval(`closure-companion >>> [data-rule="${target}"] .cc-confirmed`, (e) => e.textContent ?? '').catch(() => ''), (t) => t.includes('Seen the letter'));
    expect(shown).toMatch(/^☑ Confirmed by hand by Daniel Frost, \d{1,2} \w{3} \d{4} at \d{2}:\d{2}: “Seen the letter on file”/);
  });

  it('applies a pack chosen in the panel to this case only, and remembers it for this case', async () => {
    const other = cases.find((x) => x.system === 'mosaic' && x.personId !== c.personId) ?? cases.find((x) => x.system === 'care-assess')!;
    await page.$eval('closure-companion >>> select[name=pack]', (s) => {
      const select = s as HTMLSelectElement;
      select.value = 'nct-good-practice';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await eventually(() => readOverlay(page), (v) => v.pack === 'nct-good-practice')).pack).toBe('nct-good-practice');
    const second = await browser.newPage();
    await second.goto(url(other, 'summary'));
    const otherDefault = other.system === 'mosaic' ? 'derbyshire-practice-matters' : 'care-assess-closure-records';
    expect((await waitForOverlay(second)).pack).toBe(otherDefault);
    await second.close();
    await page.reload();
    expect((await waitForOverlay(page)).pack).toBe('nct-good-practice');
    expect(await page.$eval('closure-companion >>> select[name=pack]', (s) => (s as HTMLSelectElement).value)).toBe('nct-good-practice');
    await page.$eval('closure-companion >>> select[name=pack]', (s) => {
      const select = s as HTMLSelectElement;
      select.value = 'auto';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await eventually(() => readOverlay(page), (v) => v.pack === 'derbyshire-practice-matters')).pack).toBe('derbyshire-practice-matters');
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

  it('has no serious or critical accessibility violation, open, with guidance, other packs’ gaps and a confirm form open, and collapsed', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('closure-companion >>> .cc-other-gaps > .cc-disclosure', (e) => (e as HTMLElement).click());
    expect(await page.$eval('closure-companion >>> .cc-other-gaps', (d) => d.querySelector('.cc-disclosure')?.getAttribute('aria-expanded') === 'true'), 'other packs’ gaps open').toBe(true);
    // A confirm form to open: on an item still to do, or on the one confirmed earlier once its confirmation is withdrawn.
    const open = 'closure-companion >>> [data-rule]:has(.cc-confirm)';
    if (!(await page.$(open))) await page.$eval('closure-companion >>> .cc-confirmed .cc-not-evidence button', (b) => (b as HTMLElement).click());
    // Polled: waitForSelector does not see changes inside the shadow root.
    const el = (await eventually(() => page.$(open), (e) => e !== null, { what: 'an item with “I’ve checked this”' }))!;
    await el.$eval('.cc-guidance > .cc-disclosure', (s) => (s as HTMLElement).click());
    await fillConfirmForm(el, 'Checked');
    expect(await el.$eval('.cc-guidance', (d) => d.querySelector('.cc-disclosure')?.getAttribute('aria-expanded') === 'true')).toBe(true);
    // Both parts loaded on request, drawn: the guidance's words beside the form.
    await eventually(() => el.$eval('.cc-guidance', (d) => !d.querySelector('[aria-busy]') && d.querySelector('.cc-disclosed p') !== null), (v) => v, { what: 'the guidance drawn' });
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
  });
});

describe('the checklist on a Care Assess case', () => {
  it('updates when another page of the case is visited in another tab', async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const first = await shown(c, 'summary');
    expect((await readOverlay(first)).statuses['chronology-left-open']).toBe('unknown');
    const second = await shown(c, 'chronology');
    const view = await eventually(() => readOverlay(first), (v) => v.statuses['chronology-left-open'] !== 'unknown');
    expect(['met', 'unmet']).toContain(view.statuses['chronology-left-open']);
    expect(await axeViolations(first)).toEqual([]);
    await first.close();
    await second.close();
  });

  it('folds on every open case page when folded on one, stays folded on the next page, and opens again everywhere', async () => {
    const c = cases.find((x) => x.system === 'mosaic')!;
    const collapsedOn = (p: Page) => p.$eval('closure-companion >>> .cc-root', (r) => r.getAttribute('data-collapsed'));
    const first = await shown(c, 'summary');
    const second = await shown(c, 'chronology');
    expect(await collapsedOn(first)).toBe('false');
    // The page's script keeps no setting itself: the service worker keeps the fold and tells every overlay.
    await second.$eval('closure-companion >>> .cc-collapse', (b) => (b as HTMLElement).click());
    expect(await eventually(() => collapsedOn(first), (v) => v === 'true')).toBe('true');
    const next = await shown(c, 'casenotes');
    expect(await collapsedOn(next)).toBe('true');
    await next.$eval('closure-companion >>> .cc-tab', (b) => (b as HTMLElement).click());
    expect(await eventually(() => collapsedOn(first), (v) => v === 'false')).toBe('false');
    expect(await eventually(() => collapsedOn(second), (v) => v === 'false')).toBe('false');
    for (const p of [first, second, next]) await p.close();
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

describe.skipIf(!canWritePolicy())('the pack set by the organisation (Chromium policy)', () => {
  it('shows the panel’s pack choice read-only, “Set by your organisation”', async () => {
    const file = join(POLICY_DIR, `closure-companion-panel-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { pack: 'nct-good-practice' } } } }));
    try {
      const second = await launchWithExtension();
      try {
        const page = await second.browser.newPage();
        await page.goto(url(cases.find((x) => x.system === 'mosaic')!, 'summary'));
        // Policy reaches a freshly installed extension a moment after it starts.
        expect((await eventually(() => readOverlay(page), (v) => v.pack === 'nct-good-practice')).pack).toBe('nct-good-practice');
        const select = await eventually(
          () => page.$eval('closure-companion >>> select[name=pack]', (e) => ({ disabled: (e as HTMLSelectElement).disabled, value: (e as HTMLSelectElement).value, note: document.querySelector('closure-companion')!.shadowRoot!.querySelector('.cc-policy')?.textContent ?? '' })),
          (v) => v.disabled,
        );
        expect(select).toEqual({ disabled: true, value: 'nct-good-practice', note: 'Set by your organisation.' });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
});
