// A case with more notes than one message carries (messaging/reading-parts.ts): the reading goes to
// the service worker in parts and is taken whole. A note past the first part still counts: a draft
// among the oldest notes keeps "case notes finalised" to do, and the record holds every note.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEMS_PER_PART } from '../../messaging/reading-parts';
import { SYSTEMS } from '../../record/kinds';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, OWN_HOSTS, serveSite } from '../support/host-site.mjs';
import { caseRecord, eventually, readOverlay, waitForOverlay } from '../support/overlay';

/** Two parts and a bit after the reading's own message. */
const NOTES = ITEMS_PER_PART * 3 + 200;

let browser: Browser;
let close: () => Promise<void>;
let stopServer: () => Promise<unknown>;
let origin: string;
let site: string;
let scenarios: string;
let worker: WebWorker;
const consoles = failOnExtensionErrors();

/** Each system's demo case, its notes all final but the oldest, a draft. */
function longCases(dir: string): void {
  const demos = readdirSync(join(OWN_HOSTS, 'scenarios')).filter((f) => /^demo-.*\.json$/.test(f));
  for (const file of demos) {
    const s = JSON.parse(readFileSync(join(OWN_HOSTS, 'scenarios', file), 'utf8'));
    if (!(SYSTEMS as readonly string[]).includes(s.system)) continue;
    s.id = `long-${s.system}`;
    s.caseNotes = Array.from({ length: NOTES }, (_, n) => ({ type: 'Home visit', daysAgo: 5 + (n % 500), status: n === NOTES - 1 ? 'draft' : 'final', author: 'Alex Worker', subject: n === NOTES - 1 ? 'The oldest note, still in draft' : `Visit ${n + 1}`, text: 'Children seen.' }));
    s.caseNotes.at(-1).daysAgo = 900;
    writeFileSync(join(dir, `${s.id}.json`), JSON.stringify(s));
  }
}

beforeAll(async () => {
  scenarios = mkdtempSync(join(tmpdir(), 'cc-long-lists-'));
  longCases(scenarios);
  site = generateSite({ scenarios });
  ({ origin, stop: stopServer } = await serveSite(site));
  const launched = await launchWithExtension();
  ({ browser, close } = launched);
  worker = (await launched.worker.worker())!;
  await consoles.watch(browser);
  // A pack with the rule.
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const current = ((await api.storage.local.get('settings')).settings ?? {}) as object;
    await api.storage.local.set({ settings: { ...current, pack: 'scottish-practice-guide' } });
  });
}, 120_000);

afterAll(async () => {
  await close?.();
  await stopServer?.();
  for (const dir of [scenarios, site]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`a case of ${NOTES.toLocaleString('en-GB')} notes`, () => {
  it('is read whole on every system: the draft among the oldest notes is still to do', async () => {
    const cases = casesOf(site);
    expect(cases.map((c) => c.system).sort()).toEqual([...SYSTEMS].sort());
    for (const c of cases) {
      const page = await browser.newPage();
      await page.goto(origin + c.pages.find((p) => p.page === 'casenotes')!.url, { waitUntil: 'load' });
      const { caseKey } = await waitForOverlay(page, 30_000);
      const record = await eventually(() => caseRecord(worker, caseKey!), (r) => r?.facts.caseNotes.known === true && r.facts.caseNotes.value.length === NOTES, { what: `${c.system}: all ${NOTES} notes in the record`, show: (r) => String(r?.facts.caseNotes.known && r.facts.caseNotes.value.length), timeoutMs: 30_000 });
      expect(record!.facts.caseNotes.known && record!.facts.caseNotes.value.filter((n) => n.status === 'draft').map((n) => n.subject), c.system).toEqual(['The oldest note, still in draft']);
      const view = await eventually(() => readOverlay(page), (v) => v.statuses['case-notes-finalised'] !== undefined, { what: `${c.system}: the case notes item` });
      expect(view.statuses['case-notes-finalised'], c.system).toBe('unmet');
      await page.close();
    }
  });
});
