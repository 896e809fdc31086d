// Reading the overlay the way the external checks do: through its documented test contract.
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { ADAPTERS } from '../../adapters';
import { FACT_KEYS, type CaseRecord, type HostSystem } from '../../record/schema';

export interface OverlayView {
  count: number;
  system: string | null;
  caseKey: string | null;
  pack: string | null;
  statuses: Record<string, string>;
}

/** What the overlay(s) in the top document show now. */
export function readOverlay(page: Page): Promise<OverlayView> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('closure-companion');
    const root = hosts[0]?.shadowRoot?.querySelector('[data-system]') ?? null;
    const statuses: Record<string, string> = {};
    root?.querySelectorAll('[data-rule]').forEach((el) => {
      statuses[el.getAttribute('data-rule')!] = el.getAttribute('data-status')!;
    });
    return {
      count: hosts.length,
      system: root?.getAttribute('data-system') ?? null,
      caseKey: root?.getAttribute('data-case') ?? null,
      pack: root?.getAttribute('data-pack') ?? null,
      statuses,
    };
  });
}

/** Polls `probe` until `done` holds or the time runs out; returns the last value either way. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

/** Waits for the overlay to mount in the top document. */
export async function waitForOverlay(page: Page, timeoutMs = 10_000): Promise<OverlayView> {
  return eventually(() => readOverlay(page), (v) => v.count > 0 && v.pack !== null, timeoutMs);
}

/** The merged record of a case, as the service worker holds it. */
export function caseRecord(worker: WebWorker, caseKey: string): Promise<CaseRecord | null> {
  return worker.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await api.storage.session.get(`case:${key}`))[`case:${key}`] ?? null) as never;
  }, caseKey);
}

/**
 * Waits until every page seen so far has given all the facts that page shows (the host
 * may render rows late): what a practitioner who waits for the page to load would see.
 */
export async function settle(worker: WebWorker, caseKey: string, timeoutMs = 8000): Promise<CaseRecord | null> {
  const system = caseKey.split(':')[0] as HostSystem;
  const pages = ADAPTERS[system]!.factPages;
  // The worker copies a case to session storage shortly after readings pause: wait for a
  // copy that stays the same across that pause, then for every seen page's facts.
  let last = '';
  return eventually(
    async () => {
      await new Promise((r) => setTimeout(r, 250));
      return caseRecord(worker, caseKey);
    },
    (record) => {
      const now = JSON.stringify(record);
      const stable = now === last;
      last = now;
      return stable && record !== null && FACT_KEYS.every((k) => !record.pagesSeen[pages[k]] || record.facts[k].known);
    },
    timeoutMs,
  );
}

/**
 * Opens the drafting view from the panel ("Draft" with a document chosen, then "Open draft");
 * resolves once the draft is pre-filled and its first version saved.
 */
export async function openDraft(browser: Browser, extensionId: string, page: Page, caseKey: string, document = 'closing-summary'): Promise<Page> {
  const address = `chrome-extension://${extensionId}/draft.html?case=${encodeURIComponent(caseKey)}&document=${document}`;
  const opened = browser.waitForTarget((t) => t.url().startsWith(address));
  await page.$eval(
    'closure-companion >>> .cc-drafting select[name=document]',
    (s, value) => {
      (s as HTMLSelectElement).value = value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    },
    document,
  );
  await page.$eval('closure-companion >>> .cc-drafting .cc-draft-open button', (b) => (b as HTMLElement).click());
  const draft = (await (await opened).page())!;
  await draft.waitForSelector('.cc-section textarea');
  await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (v) => v.startsWith('Saved'));
  return draft;
}

/** Confirms a checklist item by hand from the overlay, and waits until the overlay shows it confirmed. */
export async function confirmByHand(page: Page, rule: string, reason: string): Promise<void> {
  const item = `closure-companion >>> [data-rule="${rule}"]`;
  await page.$eval(`${item} .cc-confirm`, (b) => (b as HTMLElement).click());
  await page.type(`${item} .cc-confirm-form input`, reason);
  await page.$eval(`${item} .cc-confirm-form button[type=submit]`, (b) => (b as HTMLElement).click());
  await eventually(() => page.$eval(item, (e) => e.getAttribute('data-confirmed')), (v) => v === 'true');
}

/**
 * Leaves the page by `away` (in the same tab) and goes back. Resolves to whether the browser
 * brought the page back from its back/forward cache (the same window, still marked) rather than
 * loading it again.
 */
export async function leaveAndGoBack(page: Page, away: () => Promise<void>): Promise<boolean> {
  const href = await page.evaluate(() => {
    (window as unknown as { ccKept?: boolean }).ccKept = true;
    return location.href;
  });
  await away();
  // Scheduled, so the evaluation returns before the page goes.
  await page.evaluate(() => void setTimeout(() => history.back(), 0));
  await eventually(() => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), (now) => now === `${href} complete`);
  return page.evaluate(() => (window as unknown as { ccKept?: boolean }).ccKept === true);
}

/** Every section's text in the drafting view, joined as one. */
export function draftSections(draft: Page): Promise<string> {
  return draft.$$eval('.cc-section textarea', (areas) => areas.map((a) => (a as HTMLTextAreaElement).value).join('\n\n'));
}
