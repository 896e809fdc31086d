// Drafting the closing summary, end to end in Chromium: pre-filled from the record on both
// systems, typed text surviving a reload, no plaintext in any IndexedDB, copy read back from the
// clipboard with a message that fits the version, insert into both systems' case-note editors
// (under the host's own label) with their events and nothing submitted, the plain-English
// figures following the text, a draft opened early refilling as pages are read without losing
// an edit, a draft inserted before anything was typed in it, and a case-note field the host adds
// after the panel is drawn.
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { casesOf, generateSite, serveSite, type GeneratedCase } from '../support/host-site.mjs';
import { choose, indexedDbDump, saved, sectionTexts, typeInto } from '../support/drafting';
import { eventually, openDraft, settle, waitForOverlay } from '../support/overlay';

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
  await browser.defaultBrowserContext().overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});

afterAll(async () => {
  await close?.();
  await stopServer?.();
});

const key = (c: GeneratedCase) => `${c.system}:${c.personId}`;
const url = (c: GeneratedCase, page: string) => origin + c.pages.find((p) => p.page === page)!.url;

/** Visits these pages of the case (all but the editor when none are named), each read in full. */
async function visit(page: Page, c: GeneratedCase, only?: string[]): Promise<void> {
  for (const p of c.pages.filter((x) => !x.framedIn && !/casenote-(new|edit)/.test(x.page) && (!only || only.includes(x.page)))) {
    await page.goto(origin + p.url);
    await waitForOverlay(page);
    await settle(worker, key(c));
  }
}

/** Inserts the saved draft whose label is given into the field the practitioner clicked. */
async function insert(page: Page, label: RegExp, field: string): Promise<string> {
  await page.click(field);
  const value = await eventually(
    () => page.$$eval('closure-companion >>> .cc-insert select[name=draft] option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''])).catch(() => [] as string[][]),
    (os) => os.some(([, text]) => label.test(text!)),
  );
  const chosen = value.find(([, text]) => label.test(text!));
  expect(chosen, `no saved draft ${label} to insert: ${JSON.stringify(value)}`).toBeTruthy();
  await page.$eval(
    'closure-companion >>> .cc-insert select[name=draft]',
    (s, v) => {
      (s as HTMLSelectElement).value = v;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    },
    chosen![0]!,
  );
  await page.$eval('closure-companion >>> .cc-insert button[type=submit]', (b) => (b as HTMLElement).click());
  return eventually(() => page.$eval('closure-companion >>> .cc-said', (e) => e.textContent ?? ''), (s) => s.length > 0);
}

describe('a draft opened early', () => {
  it('refills the sections not edited as the case’s pages are read, and offers the change for an edited one, never overwriting it', async () => {
    // Run first: no page of this case has been read yet.
    const c = cases.find((x) => x.system === 'care-assess')!;
    const page = await browser.newPage();
    await visit(page, c, ['summary']);
    const draft = await openDraft(browser, extensionId, page, key(c), 'manager-oversight');
    const early = await sectionTexts(draft);
    expect(early['checklist-2']).toContain('Not shown yet – Family told the case will close: open the Closure record page.');
    expect(early.decision).toBe('[Not seen yet: open the Closure record page.]');
    await typeInto(draft, 'decision', ' Agreed with Karen in supervision.');
    // The closure form is read in the case's tab; the drafting view hears of it.
    await page.bringToFront();
    await visit(page, c, ['closure-primary']);
    await draft.bringToFront();
    const later = await eventually(() => sectionTexts(draft), (s) => !(s['checklist-2'] ?? '').includes('Not shown yet – Family told'), { timeoutMs: 15_000 });
    expect(later['checklist-2']).toMatch(/Done – Family told the case will close: Family told on \d+ \w+ \d{4}\./);
    expect(later.decision).toBe('[Not seen yet: open the Closure record page.] Agreed with Karen in supervision.');
    expect(await draft.$eval('.cc-section[data-section=decision] .cc-offer', (e) => e.textContent)).toContain('The record has changed since you edited this part.');
    await draft.click('.cc-section[data-section=decision] .cc-offer summary');
    expect(await draft.$eval('.cc-section[data-section=decision] .cc-diff', (e) => e.textContent)).toContain('Decision to close Noah Osei-Bonsu’s case');
    await draft.click('.cc-section[data-section=decision] .cc-offer button ::-p-text(Use the record’s text)');
    expect((await sectionTexts(draft)).decision).toMatch(/^Decision to close Noah Osei-Bonsu’s case \(Person ID 318822\) on \d+ \w+ \d{4}\./);
    await saved(draft);
    await draft.close();
    await page.close();
  });
});

describe('drafting on a Mosaic case', () => {
  let c: GeneratedCase;
  let page: Page;
  let draft: Page;
  const PHRASE = 'Quokka-lantern-5531';

  beforeAll(async () => {
    c = cases.find((x) => x.system === 'mosaic')!;
    page = await browser.newPage();
    await visit(page, c);
    draft = await openDraft(browser, extensionId, page, key(c));
  });

  it('names the case by the child’s name as the page shows it, and pre-fills the record version with where each fact came from', async () => {
    expect(await draft.$eval('h1', (e) => e.textContent)).toBe('Closing summary · Ruby Ashcroft (Person ID 2071534)');
    const sections = await sectionTexts(draft);
    expect(sections['why-closing']).toMatch(/^Decision to close on \d+ \w+ \d{4}\. Reason: RC7/);
    expect(sections['who-and-when']).toContain('Ruby Ashcroft (9), with Leo Ashcroft');
    expect(await draft.$eval('.cc-section[data-section=why-closing] [data-fact=closureReason]', (e) => e.textContent)).toMatch(/^(; )?Closure form · Reason for closure$/);
    // Sources by the document's name, never a bare letter.
    const guidance = await draft.$$eval('.cc-guidance', (gs) => gs.map((g) => g.textContent).join('\n'));
    expect(guidance).toContain('Guidance: Case Closure Managerial Practice Note, 2. Cases to be Closed');
    expect(guidance).not.toMatch(/Source [A-E]\b|\([A-E]\)/);
  });

  it('keeps typed text across a reload, and no IndexedDB holds it, the child’s name, or what the draft is for, in plain text', async () => {
    await typeInto(draft, 'views', ` ${PHRASE}`);
    await draft.reload();
    await draft.waitForSelector('.cc-section textarea');
    expect((await eventually(() => sectionTexts(draft), (s) => (s.views ?? '').includes(PHRASE))).views).toContain(PHRASE);
    const stored = await indexedDbDump(draft);
    expect(stored.databases).toEqual(expect.arrayContaining(['closure-companion-drafts', 'closure-companion-keys']));
    for (const secret of [PHRASE, 'Ruby', 'Ashcroft', 'Lee Carter', 'Letter to the family', 'closing-summary']) expect(stored.dump, secret).not.toContain(secret);
    // The host page's own origin holds nothing of the extension's.
    expect((await indexedDbDump(page)).dump).not.toContain(PHRASE);
  });

  it('keeps text typed just before the page is left, within the autosave pause', async () => {
    await draft.click('.cc-section[data-section=views] textarea');
    await draft.keyboard.press('End');
    await draft.keyboard.type(' Wombat-kettle-2207');
    // Reloaded at once: the autosave pause (800 ms) has not run; leaving the page saves.
    await draft.reload();
    await draft.waitForSelector('.cc-section textarea');
    expect((await eventually(() => sectionTexts(draft), (s) => (s.views ?? '').includes('Wombat-kettle-2207'))).views).toContain('Wombat-kettle-2207');
  });

  it('copies the draft to the clipboard, saying where to paste it: the case note for the record, your letter for the family', async () => {
    await draft.bringToFront();
    await draft.click('button ::-p-text(Copy this draft)');
    expect(await eventually(() => draft.$eval('.cc-notice', (e) => e.textContent ?? '').catch(() => ''), (s) => s.startsWith('Copied'))).toBe('Copied. Paste it into the case note.');
    const clip = await draft.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain(PHRASE);
    expect(clip).toMatch(/^Who and when\n/);
    await choose(draft, 'person', '1');
    await draft.click('button ::-p-text(Copy this draft)');
    expect(await eventually(() => draft.$eval('.cc-notice', (e) => e.textContent ?? '').catch(() => ''), (s) => s.includes('letter'))).toBe('Copied. Paste it into your letter.');
    expect(await draft.evaluate(() => navigator.clipboard.readText())).toMatch(/^Dear \[name of parent or carer\],\n\nWe have been working with you, Ruby and Leo since/);
  });

  it('follows the family letter with the plain-English figures, and gives every child a version of their own', async () => {
    const before = await draft.$eval('[data-measure=flesch]', (e) => e.textContent);
    await typeInto(draft, 'what-we-did', ' The statutory intervention under the CP plan was terminated following multidisciplinary deliberation.');
    const after = await eventually(() => draft.$eval('[data-measure=flesch]', (e) => e.textContent), (v) => v !== before);
    expect(after).not.toBe(before);
    expect(await draft.$eval('[data-measure=jargon]', (e) => e.textContent)).toMatch(/statutory.*CP plan|CP plan.*statutory/s);
    const versions = await draft.$$eval('select[name=person] option', (os) => os.map((o) => o.textContent));
    expect(versions).toEqual(['Case record', 'Letter to the family', 'For Ruby Ashcroft', 'For Leo Ashcroft']);
    await choose(draft, 'person', '3');
    expect((await sectionTexts(draft))['who-and-when']).toBe('Hello Leo.');
    expect(await draft.$eval('.cc-sections .cc-hint', (e) => e.textContent)).toBe('For the child, written for age under 8.');
  });

  it('inserts the saved draft into the rich-text case note under the host’s own label, with its input event, and submits nothing', async () => {
    await page.bringToFront();
    await page.goto(url(c, 'casenote-new'));
    await waitForOverlay(page);
    const said = await insert(page, /Closing summary – Case record/, '#noteBodyEditor');
    expect(said).toBe('Inserted into “Case note”. Check it, then save the note yourself.');
    const hidden = await eventually(() => page.$eval('#noteBody', (i) => (i as HTMLInputElement).value), (v) => v.includes(PHRASE));
    expect(hidden).toContain(PHRASE);
    expect(await page.evaluate(() => (window as unknown as { __lastSubmit?: unknown }).__lastSubmit)).toBeUndefined();
  });
});

describe('drafting on a Care Assess case', () => {
  it('pre-fills a version for each child, and inserts into the plain textarea with its counter, submitting nothing', async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const page = await browser.newPage();
    await visit(page, c);
    const draft = await openDraft(browser, extensionId, page, key(c));
    expect((await sectionTexts(draft))['why-closing']).toContain('Reason: Step down to team around the family');
    await choose(draft, 'person', '2');
    expect((await sectionTexts(draft))['who-and-when']).toBe('Hello Noah.');
    await choose(draft, 'person', '3');
    expect((await sectionTexts(draft))['who-and-when']).toBe('Hi Ella, this is about the time we have worked with your family.');
    await typeInto(draft, 'who-and-when', ' Hedgehog-79');
    await draft.close();
    await page.goto(url(c, 'casenote-edit'));
    await waitForOverlay(page);
    expect(await insert(page, /For Ella Osei-Bonsu/, '#ctl00_MainContent_txtNote')).toBe('Inserted into “Case note”. Check it, then save the note yourself.');
    const value = await eventually(() => page.$eval('#ctl00_MainContent_txtNote', (t) => (t as HTMLTextAreaElement).value), (v) => v.includes('Hedgehog-79'));
    expect(value).toMatch(/^Hi Ella, this is about the time we have worked with your family\. Hedgehog-79/);
    expect(await page.$eval('#ctl00_MainContent_lblCharCount', (e) => e.textContent)).toBe(`${value.length} of 8000 characters`);
    expect(await page.evaluate(() => (window as unknown as { __lastSubmit?: unknown }).__lastSubmit)).toBeUndefined();
    await page.close();
  });
});

describe('a draft never typed in', () => {
  it('can be inserted before anything is typed: the first draft is saved when it opens', async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const page = await browser.newPage();
    await visit(page, c);
    const draft = await openDraft(browser, extensionId, page, key(c), 'letter-request');
    await draft.close();
    await page.goto(url(c, 'casenote-edit'));
    await waitForOverlay(page);
    expect(await insert(page, /Closure letter request/, '#ctl00_MainContent_txtNote')).toMatch(/^Inserted into/);
    expect(await page.$eval('#ctl00_MainContent_txtNote', (t) => (t as HTMLTextAreaElement).value)).toMatch(/^Please process a case closure letter to the parents \/ those with parental responsibility for Noah Osei-Bonsu and Ella Osei-Bonsu/);
    await page.close();
  });
});

describe('a case-note field the host adds later', () => {
  it('is offered for inserting once the page changes with it, without the practitioner going into it first', async () => {
    const c = cases.find((x) => x.system === 'care-assess')!;
    const page = await browser.newPage();
    await page.goto(url(c, 'casenotes'));
    await waitForOverlay(page);
    await settle(worker, key(c));
    const insertForm = () => page.$('closure-companion >>> .cc-insert');
    expect(await insertForm()).toBeNull();
    // One change of the page, as a case system opens a note form in place: a note saved as a draft
    // (a fact the checklist reads, so the case's state changes) and the form's labelled text box.
    await page.evaluate(() => {
      const table = [...document.querySelectorAll('table')].find((t) => /status/i.test(t.rows[0]?.textContent ?? ''))!;
      const row = table.tBodies[0]!.rows[0]!.cloneNode(true) as HTMLTableRowElement;
      const status = [...table.rows[0]!.cells].findIndex((cell) => /status/i.test(cell.textContent ?? ''));
      row.cells[status]!.textContent = 'Draft';
      table.tBodies[0]!.append(row);
      const form = document.createElement('p');
      form.innerHTML = '<label for="later-note">Add a case note</label> <textarea id="later-note"></textarea>';
      document.body.append(form);
    });
    await eventually(insertForm, (form) => form !== null, { what: 'the insert form for the field added later' });
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('later-note');
    await page.close();
  });
});
