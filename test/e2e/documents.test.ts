// Every closure document on every supported host system, end to end in Chromium: each opens
// from the panel pre-filled from that case's facts (compared with the drafting modules run on
// the worker's own record, and with the case's scenario: its professionals' names in the
// letters, the nine checklist items with the dates the record shows), survives a reload, is in
// plain text in no IndexedDB, copies, inserts into the case's own editor, and prints with no
// extension controls and nothing of another case. Over ../shared/hosts too when present:
// cases this code was not written against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../../drafting/assemble';
import { CHECKLIST_ITEMS } from '../../drafting/checklist';
import { DOCUMENTS } from '../../drafting/documents';
import { DOCUMENT_IDS, type DocumentId, type DraftInput } from '../../drafting/types';
import { addDays, formatDate, localToday } from '../../record/dates';
import { ADAPTERS } from '../../adapters';
import { SYSTEMS, type HostSystem } from '../../record/schema';
import { evaluate } from '../../rules/engine';
import { resolvePack } from '../../rules/resolve';
import { launchWithExtension } from '../support/chromium.mjs';
import { failOnExtensionErrors } from '../support/extension-errors';
import { axeViolations, choose, indexedDbDump, options, printed, sectionTexts, typeInto } from '../support/drafting';
import { casesOf, generateSite, OWN_HOSTS, serveSite, SHARED_HOSTS, sharedHostsPresent, type GeneratedCase } from '../support/host-site.mjs';
import { caseRecord, eventually, openDraft, settle, waitForOverlay } from '../support/overlay';

interface Scenario {
  id: string;
  person: { name: string };
  siblingsOpen?: { name: string }[];
  relationships: { role: string; name: string; endDaysAgo: number | null }[];
  closure: { decisionDaysAgo?: number | null; familyInformedDaysAgo?: number | null };
}

const today = localToday(new Date());
const consoles = failOnExtensionErrors();
const key = (c: GeneratedCase) => `${c.system}:${c.personId}`;
const OWN_STAFF = /^(allocated (social )?worker|team manager)$/i;

/** Current professionals as closure-rules.md reading 1 defines them, from the scenario itself. */
const currentIn = (s: Scenario) => s.relationships.filter((r) => !OWN_STAFF.test(r.role) && (r.endDaysAgo === null || s.closure.decisionDaysAgo == null || r.endDaysAgo <= s.closure.decisionDaysAgo)).map((r) => r.name);

/** The drafting modules on the worker's own record of the case, with the pack in force. */
async function draftInputOf(worker: WebWorker, c: GeneratedCase): Promise<DraftInput> {
  const record = (await caseRecord(worker, key(c)))!;
  const pack = resolvePack(c.system as HostSystem, 'auto', [], {});
  return { record, verdicts: evaluate(pack, record, today).verdicts, packId: pack.id, confirmations: {}, today, pageTitle: (p) => ADAPTERS[record.system]?.pageTitles[p] ?? p };
}

function suite(name: string, hosts: string) {
  describe(name, () => {
    let browser: Browser;
    let worker: WebWorker;
    let extensionId: string;
    let close: () => Promise<void>;
    let stopServer: () => Promise<unknown>;
    let origin: string;
    let cases: GeneratedCase[];

    beforeAll(async () => {
      const site = generateSite({ hosts });
      cases = casesOf(site).filter((c: GeneratedCase) => (SYSTEMS as readonly string[]).includes(c.system));
      ({ origin, stop: stopServer } = await serveSite(site, { hosts }));
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

    const scenarioOf = (c: GeneratedCase): Scenario => JSON.parse(readFileSync(join(hosts, 'scenarios', `${c.id}.json`), 'utf8'));

    const inputFor = (c: GeneratedCase) => draftInputOf(worker, c);

    it('every document of every case opens from the panel pre-filled from that case’s facts, part by part', { timeout: 300_000 }, async () => {
      for (const c of cases) {
        const page = await browser.newPage();
        for (const p of c.pages.filter((x) => !x.framedIn && !/casenote-(new|edit)/.test(x.page))) {
          await page.goto(origin + p.url);
          await waitForOverlay(page);
          await settle(worker, key(c));
        }
        const scenario = scenarioOf(c);
        const input = await inputFor(c);
        for (const doc of DOCUMENT_IDS) {
          const draft = await openDraft(browser, extensionId, page, key(c), doc);
          const parts = DOCUMENTS[doc].parts(input);
          if (parts.length > 1) expect((await options(draft, 'person')).map(([, text]) => text), `${c.id} ${doc}`).toEqual(parts.map((p) => p.label));
          for (const [i, part] of parts.entries()) {
            if (i > 0) await choose(draft, 'person', String(i));
            const expected = Object.fromEntries(DOCUMENTS[doc].draft(input, part).sections.map((s) => [s.id, s.text]));
            expect(await sectionTexts(draft), `${c.id} ${doc} ${part.label}`).toEqual(expected);
          }
          const shown = Object.values(await sectionTexts(draft)).join('\n');
          if (doc === 'professional-letter') {
            // One letter per current professional, by the names the case gives them.
            expect(parts.map((p) => p.professional!.name).sort(), c.id).toEqual(currentIn(scenario).sort());
          }
          if (doc === 'manager-oversight') {
            const items = await draft.$$eval('.cc-section', (ss) => ss.map((s) => s.getAttribute('data-section')!).filter((id) => /^checklist-\d$/.test(id)));
            expect(items).toEqual(CHECKLIST_ITEMS.map((i) => `checklist-${i.n}`));
            const told = scenario.closure.familyInformedDaysAgo;
            if (told != null) expect(shown, c.id).toContain(`Family told on ${formatDate(addDays(today, -told))}.`);
            expect(shown).not.toMatch(/Not shown yet/);
          }
          if (doc === 'closing-summary' || doc === 'safety-plan') {
            for (const child of [scenario.person, ...(scenario.siblingsOpen ?? [])]) expect((await options(draft, 'person')).map(([, t]) => t).join('\n'), `${c.id} ${doc}`).toContain(child.name);
          }
          await draft.close();
        }
        await page.close();
      }
    });
  });
}

suite('closure documents on the project’s own demo cases', OWN_HOSTS);
describe.skipIf(!sharedHostsPresent())('../shared/hosts', () => suite('closure documents on the reference cases', SHARED_HOSTS));

describe('closure documents kept, copied, inserted and printed', () => {
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

  for (const system of SYSTEMS) {
    it(`${system}: each document survives a reload, is nowhere in plain text, copies, inserts and prints clean`, { timeout: 240_000 }, async () => {
      const c = cases.find((x) => x.system === system)!;
      const other = cases.find((x) => x.system !== system)!;
      const otherName = JSON.parse(readFileSync(join(OWN_HOSTS, 'scenarios', `${other.id}.json`), 'utf8')).person.name as string;
      const scenario = JSON.parse(readFileSync(join(OWN_HOSTS, 'scenarios', `${c.id}.json`), 'utf8')) as Scenario;
      const page = await browser.newPage();
      for (const p of c.pages.filter((x) => !x.framedIn && !/casenote-(new|edit)/.test(x.page))) {
        await page.goto(origin + p.url);
        await waitForOverlay(page);
        await settle(worker, key(c));
      }
      const input = await draftInputOf(worker, c);
      const phrases: Partial<Record<DocumentId, string>> = {};
      const texts: Partial<Record<DocumentId, string>> = {};
      for (const [n, doc] of DOCUMENT_IDS.entries()) {
        const draft = await openDraft(browser, extensionId, page, key(c), doc);
        const first = await draft.$eval('.cc-section', (s) => s.getAttribute('data-section')!);
        const phrase = `Marmot-${system}-${n}-4419`;
        phrases[doc] = phrase;
        expect(await axeViolations(draft), `${doc}: accessibility`).toEqual([]);
        await typeInto(draft, first, ` ${phrase}`);
        await draft.reload();
        await draft.waitForSelector('.cc-section textarea');
        expect((await eventually(() => sectionTexts(draft), (s) => (s[first] ?? '').includes(phrase)))[first], `${doc} after reload`).toContain(phrase);

        await draft.click('button ::-p-text(Copy this draft)');
        await eventually(() => draft.$eval('.cc-notice', (e) => e.textContent ?? '').catch(() => ''), (s) => s.startsWith('Copied'));
        const clip = await draft.evaluate(() => navigator.clipboard.readText());
        const titles = await draft.$$eval('.cc-section', (ss) => ss.map((s) => ({ title: s.querySelector('label')!.textContent!, text: (s.querySelector('textarea') as HTMLTextAreaElement).value })));
        expect(clip, doc).toBe(documentText(titles, DOCUMENTS[doc].draft(input, DOCUMENTS[doc].parts(input)[0]!).layout));
        texts[doc] = clip;

        await draft.click('button ::-p-text(Print view)');
        const print = await printed(draft);
        expect(print.controls, `${doc}: controls in print`).toEqual([]);
        expect(print.text).toContain(phrase);
        for (const chrome of ['Closure Companion', 'Copy this draft', 'Guidance:', 'Plain English', 'Still to fill in', otherName]) expect(print.text, `${doc} prints “${chrome}”`).not.toContain(chrome);
        expect((await draft.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
        await draft.close();
      }

      // Nothing typed, no name and no professional's name in plain text, in any of the extension's databases.
      const options = await browser.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const stored = await indexedDbDump(options);
      for (const secret of [...Object.values(phrases), scenario.person.name, ...currentIn(scenario)]) expect(stored.dump, secret).not.toContain(secret);
      // The drafts list names the case by the child's name, sealed with the draft, and each document part.
      const rows = await eventually(() => options.$$eval('.cc-table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? '')), (r) => r.length >= DOCUMENT_IDS.length);
      expect(rows.filter((r) => r.includes(`${scenario.person.name} (${key(c)})`)).length).toBeGreaterThanOrEqual(DOCUMENT_IDS.length);
      await options.close();

      // Each document inserts into the case's own editor.
      const editor = c.pages.find((p) => /casenote-(new|edit)/.test(p.page))!;
      await page.goto(origin + editor.url);
      await waitForOverlay(page);
      // The editor's note field, whatever the system: its one textarea or rich-text box.
      const field = 'textarea, [contenteditable=true][role=textbox]';
      const drafts = await eventually(() => page.$$eval('closure-companion >>> .cc-insert select[name=draft] option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''])).catch(() => [] as string[][]), (os) => os.length >= DOCUMENT_IDS.length);
      for (const doc of DOCUMENT_IDS) {
        const option = drafts.find(([value]) => value!.startsWith(`${doc}/`))!;
        await page.$eval(field, (f) => ((f as HTMLTextAreaElement).value !== undefined && f.tagName === 'TEXTAREA' ? ((f as HTMLTextAreaElement).value = '') : (f.innerHTML = '')));
        await page.click(field);
        await page.$eval('closure-companion >>> .cc-insert select[name=draft]', (s, v) => {
          (s as HTMLSelectElement).value = v;
          s.dispatchEvent(new Event('change', { bubbles: true }));
        }, option[0]!);
        await page.$eval('closure-companion >>> .cc-insert button[type=submit]', (b) => (b as HTMLElement).click());
        const inField = await eventually(() => page.$eval(field, (f) => (f.tagName === 'TEXTAREA' ? (f as HTMLTextAreaElement).value : (f as HTMLElement).innerText)), (v) => v.includes(phrases[doc]!));
        expect(inField, doc).toContain(phrases[doc]!);
        expect(await page.$eval('closure-companion >>> .cc-said', (e) => e.textContent), doc).toBe('Inserted into “Case note”. Check it, then save the note yourself.');
      }
      expect(await page.evaluate(() => (window as unknown as { __lastSubmit?: unknown }).__lastSubmit)).toBeUndefined();
      await page.close();
    });
  }
});
