// Reading the overlay the way the external checks do: through its documented test contract.
import type { Browser, ElementHandle, Page, WebWorker } from 'puppeteer-core';
import { ADAPTERS } from '../../adapters';
import { START_DECISIONS, type StartDecision } from '../../messaging/protocol';
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

interface Wait<T> {
  /** What is waited for, for the message when it never comes (the condition's source otherwise). */
  what?: string;
  /** How the last value is shown in that message (as JSON otherwise). */
  show?: (value: T) => string;
  timeoutMs?: number;
}

/**
 * Polls `probe` until `done` holds and returns that value; when the time runs out it throws,
 * saying what it waited for and the last value seen, so a wait can never pass by running out.
 */
export async function eventually<T, U extends T>(probe: () => Promise<T>, done: (value: T) => value is U, wait?: Wait<T>): Promise<U>;
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, wait?: Wait<T>): Promise<T>;
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, { what = String(done), show, timeoutMs = 10_000 }: Wait<T> = {}): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value)) {
    if (Date.now() >= end) {
      const last = show ? show(value) : (JSON.stringify(value) ?? String(value));
      throw new Error(`Waited ${timeoutMs} ms for ${what}; the last value seen was ${last.length > 2000 ? `${last.slice(0, 2000)}…` : last}`);
    }
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

/** Waits for the overlay to mount in the top document. */
export async function waitForOverlay(page: Page, timeoutMs = 10_000): Promise<OverlayView> {
  return eventually(() => readOverlay(page), (v) => v.count > 0 && v.pack !== null, { what: 'the overlay to mount and show a pack', timeoutMs });
}

/** Which tab the extension knows a page as: the page is brought to the front and the active tab asked for. */
export async function tabOf(worker: WebWorker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** The service worker's record of what it decided for a tab's loads (a test signal: entrypoints/background/overlay-start.ts). */
export function startDecisions(worker: WebWorker, tabId: number): Promise<StartDecision[]> {
  return worker.evaluate((name, id) => (globalThis as unknown as Record<string, (tab: number) => StartDecision[]>)[name]!(id), START_DECISIONS, tabId);
}

/**
 * Runs `navigate` (a goto, a reload) and waits until the extension has finished with the page it
 * loads: the service worker has decided about it and every frame it gave the overlay script has
 * said what it did there. An overlay that is not there then is not coming. Throws if the worker
 * could not start on the page: nothing shown then proves nothing.
 */
export async function navigateAndWaitForExtension(worker: WebWorker, page: Page, navigate: () => Promise<unknown>): Promise<StartDecision> {
  const tabId = await tabOf(worker, page);
  const before = Math.max(0, ...(await startDecisions(worker, tabId)).map((d) => d.seq));
  await navigate();
  const decided = await eventually(
    async () => (await startDecisions(worker, tabId)).find((d) => d.seq > before && d.cause === 'tab-loaded'),
    (d): d is StartDecision => d !== undefined && d.decision !== 'scanning' && Object.values(d.injected).every((outcome) => outcome !== null),
    { what: 'the extension to finish with the page just loaded' },
  );
  if (decided.decision === 'failed') throw new Error(`The extension could not start on ${page.url()}: ${JSON.stringify(decided)}`);
  return decided;
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
 * Throws when that does not happen in time. `everyFact: false` is for pages that hide some
 * facts on purpose: the record only has to stop changing.
 */
export async function settle(worker: WebWorker, caseKey: string, { everyFact = true, timeoutMs = 8000 } = {}): Promise<CaseRecord> {
  const system = caseKey.split(':')[0] as HostSystem;
  const pages = ADAPTERS[system]!.factPages;
  // The worker copies a case to session storage shortly after readings pause: wait for a
  // copy that stays the same across that pause, then for every seen page's facts.
  let last = '';
  const missing = (record: CaseRecord | null) => (record && everyFact ? FACT_KEYS.filter((k) => record.pagesSeen[pages[k]] && !record.facts[k].known) : []);
  return eventually(
    async () => {
      await new Promise((r) => setTimeout(r, 250));
      return caseRecord(worker, caseKey);
    },
    (record): record is CaseRecord => {
      const now = JSON.stringify(record);
      const stable = now === last;
      last = now;
      return stable && record !== null && missing(record).length === 0;
    },
    {
      what: `the record of ${caseKey} to hold, unchanged, ${everyFact ? 'every fact of the pages seen' : 'what the pages seen show'}`,
      show: (record) => (record ? `a record still without ${missing(record).map((k) => `${k} (from ${pages[k]})`).join(', ') || 'nothing (but still changing)'}` : 'no record'),
      timeoutMs,
    },
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
  await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (v) => v.startsWith('Saved'), { what: 'the draft to be pre-filled and saved' });
  return draft;
}

/**
 * Opens an item's "I've checked this" form (one of the panel's parts, loaded on that click) and
 * types the reason; resolves with the item's form once it is there, not yet sent.
 */
export async function fillConfirmForm(item: ElementHandle, reason: string): Promise<ElementHandle> {
  await (await item.$('.cc-confirm'))!.click();
  // Polled: waitForSelector does not see changes inside the shadow root.
  const form = (await eventually(() => item.$('.cc-confirm-form'), (f) => f !== null, { what: 'the confirm form' }))!;
  await (await form.$('input'))!.type(reason);
  return form;
}

/** Confirms a checklist item by hand from the overlay, and waits until the overlay shows it confirmed. */
export async function confirmByHand(page: Page, rule: string, reason: string): Promise<void> {
  const item = `closure-companion >>> [data-rule="${rule}"]`;
  const form = await fillConfirmForm((await page.$(item))!, reason);
  await (await form.$('button[type=submit]'))!.click();
  await eventually(() => page.$eval(item, (e) => e.getAttribute('data-confirmed')), (v) => v === 'true');
}

/** Waits for the panel's insert form: on a page with a case-note field, it comes just after the panel's first drawing. */
export async function waitForInsertForm(page: Page): Promise<void> {
  await eventually(() => page.$('closure-companion >>> .cc-insert'), (f) => f !== null, { what: 'the insert form' });
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
