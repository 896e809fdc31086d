// Drafting the closing summary, end to end in Chromium: pre-filled from the record on both
// systems, typed text surviving a reload, no plaintext in the extension's IndexedDB, copy read
// back from the clipboard, insert into both systems' case-note editors with their events and
// nothing submitted, and the plain-English figures following the text.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { eventually, openDraft, settle, waitForOverlay } from '../support/overlay';
import type { WebWorker } from 'puppeteer-core';

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
  await browser.defaultBrowserContext().overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
});

/** Visits every page of the case but the editor, so the record is full. */
async function visitCase(page: Page, c: GeneratedCase): Promise<void> {
  for (const p of c.pages.filter((x) => !x.framedIn && !/casenote-(new|edit)/.test(x.page))) {
    await page.goto(origin + p.url);
    await waitForOverlay(page);
    await settle(worker, `${c.system}:${c.personId}`);
  }
}

const openDraftOf = (page: Page, c: GeneratedCase) => openDraft(browser, extensionId, page, `${c.system}:${c.personId}`);

const editorText = (draft: Page) => draft.$eval('textarea#editor', (t) => (t as HTMLTextAreaElement).value);

describe('drafting on a Mosaic case', () => {
  let c: GeneratedCase;
  let page: Page;
  let draft: Page;
  const PHRASE = 'Quokka-lantern-5531';

  beforeAll(async () => {
    c = cases.find((x) => x.system === 'mosaic')!;
    page = await browser.newPage();
    await visitCase(page, c);
    draft = await openDraftOf(page, c);
  });

  it('pre-fills the record version from the case, and shows where each fact came from', async () => {
    const text = await editorText(draft);
    expect(text).toMatch(/Why the case is closing\nDecision to close on \d+ \w+ \d{4}\. Reason: /);
    expect(text).toContain('Ruby Ashcroft (9)');
    expect(await draft.$eval('.cc-prompts', (e) => e.textContent)).toContain('From: Closure form');
  });

  it('keeps typed text across a reload, and stores no plaintext of it', async () => {
    await draft.click('textarea#editor');
    await draft.keyboard.press('End');
    await draft.keyboard.type(` ${PHRASE}`);
    await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (s) => s.startsWith('Saved'));
    await draft.reload();
    await draft.waitForSelector('textarea#editor');
    expect(await eventually(() => editorText(draft), (v) => v.includes(PHRASE))).toContain(PHRASE);
    const raw = await draft.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('closure-companion-drafts');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const values = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction('drafts').objectStore('drafts').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const text = (v: unknown) => (v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v instanceof Uint8Array ? new TextDecoder().decode(v) : '');
      return { count: values.length, dump: values.map((v) => JSON.stringify(v) + Object.values(v as object).map(text).join('')).join('\n') };
    });
    expect(raw.count).toBe(1);
    expect(raw.dump).not.toContain(PHRASE);
    expect(raw.dump).not.toContain('Ruby');
  });

  it('keeps text typed just before the page is left, within the autosave pause', async () => {
    await draft.click('textarea#editor');
    await draft.keyboard.press('End');
    await draft.keyboard.type(' Wombat-kettle-2207');
    // Reloaded at once: the autosave pause (800 ms) has not run; leaving the page saves.
    await draft.reload();
    await draft.waitForSelector('textarea#editor');
    expect(await eventually(() => editorText(draft), (v) => v.includes('Wombat-kettle-2207'))).toContain('Wombat-kettle-2207');
  });

  it('copies the chosen version to the clipboard', async () => {
    await draft.bringToFront();
    await draft.click('button ::-p-text(Copy this version)');
    await eventually(() => draft.$eval('.cc-notice', (e) => e.textContent ?? '').catch(() => ''), (s) => s.startsWith('Copied'));
    const clip = await draft.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain(PHRASE);
  });

  it('follows the text with the plain-English figures on the family letter', async () => {
    await draft.click('#tab-family');
    const before = await draft.$eval('[data-measure=flesch]', (e) => e.textContent);
    await draft.click('textarea#editor');
    await draft.keyboard.press('End');
    await draft.keyboard.type(' The statutory intervention under the CP plan was terminated following multidisciplinary deliberation.');
    const after = await eventually(() => draft.$eval('[data-measure=flesch]', (e) => e.textContent), (v) => v !== before);
    expect(after).not.toBe(before);
    expect(await draft.$eval('[data-measure=jargon]', (e) => e.textContent)).toMatch(/statutory.*CP plan|CP plan.*statutory/s);
    await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (s) => s.startsWith('Saved'));
  });

  it('inserts the saved draft into the rich-text case note, with its input event, and submits nothing', async () => {
    await page.bringToFront();
    await page.goto(origin + c.pages.find((p) => p.page === 'casenote-new')!.url);
    await waitForOverlay(page);
    await page.click('#noteBodyEditor');
    await page.$eval('closure-companion >>> .cc-insert button[type=submit]', (b) => (b as HTMLElement).click());
    const hidden = await eventually(() => page.$eval('#noteBody', (i) => (i as HTMLInputElement).value), (v) => v.includes(PHRASE));
    expect(hidden).toContain(PHRASE);
    expect(await page.evaluate(() => (window as unknown as { __lastSubmit?: unknown }).__lastSubmit)).toBeUndefined();
    expect(await page.$eval('closure-companion >>> .cc-said', (e) => e.textContent)).toMatch(/Inserted/);
  });
});

describe('drafting on a Care Assess case', () => {
  it('pre-fills, and inserts into the plain textarea with its counter, submitting nothing', async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const page = await browser.newPage();
    await visitCase(page, c);
    const draft = await openDraftOf(page, c);
    expect(await editorText(draft)).toContain('Reason: Step down to team around the family');
    await draft.click('#tab-child');
    expect(await editorText(draft)).toMatch(/^Hello Noah\./);
    await draft.click('textarea#editor');
    await draft.keyboard.type('Hedgehog-79 ');
    await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (s) => s.startsWith('Saved'));
    await draft.close();
    await page.goto(origin + c.pages.find((p) => p.page === 'casenote-edit')!.url);
    await waitForOverlay(page);
    await page.click('#ctl00_MainContent_txtNote');
    await page.$eval('closure-companion >>> .cc-insert select[name=version]', (s) => {
      (s as HTMLSelectElement).value = 'child';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.$eval('closure-companion >>> .cc-insert button[type=submit]', (b) => (b as HTMLElement).click());
    const value = await eventually(() => page.$eval('#ctl00_MainContent_txtNote', (t) => (t as HTMLTextAreaElement).value), (v) => v.includes('Hedgehog-79'));
    expect(value).toContain('Hedgehog-79');
    expect(await page.$eval('#ctl00_MainContent_lblCharCount', (e) => e.textContent)).toBe(`${value.length} of 8000 characters`);
    expect(await page.evaluate(() => (window as unknown as { __lastSubmit?: unknown }).__lastSubmit)).toBeUndefined();
    await page.close();
  });
});
