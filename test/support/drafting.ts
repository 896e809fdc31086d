// Driving the drafting view the way the external checks do: through its documented contract
// (select[name=document], select[name=person], .cc-section[data-section] with its textarea).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { eventually } from './overlay';

export const saved = (draft: Page) => eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? '').catch(() => ''), (s) => s.startsWith('Saved'));

/** The drafting view's sections, by id, as shown now. */
export function sectionTexts(draft: Page): Promise<Record<string, string>> {
  return draft.$$eval('.cc-section', (sections) =>
    Object.fromEntries(sections.map((s) => [s.getAttribute('data-section')!, (s.querySelector('textarea') as HTMLTextAreaElement).value])),
  );
}

/** The options of a select, as [value, text]. */
export function options(draft: Page, name: string): Promise<[string, string][]> {
  return draft.$$eval(`select[name=${name}] option`, (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as [string, string])).catch(() => []);
}

/** Picks an option of one of the view's selects and waits for the part it shows to be pre-filled and saved. */
export async function choose(draft: Page, name: 'document' | 'person', value: string): Promise<void> {
  await draft.select(`select[name=${name}]`, value);
  await draft.waitForSelector('.cc-section textarea');
  await saved(draft);
}

/** Types at the end of a section, and waits for the autosave. */
export async function typeInto(draft: Page, section: string, text: string): Promise<void> {
  const area = `.cc-section[data-section="${section}"] textarea`;
  await draft.click(area);
  await draft.$eval(area, (t) => {
    const a = t as HTMLTextAreaElement;
    a.setSelectionRange(a.value.length, a.value.length);
  });
  await draft.keyboard.type(text);
  await eventually(() => draft.$eval('.cc-status-line', (e) => e.textContent ?? ''), (s) => s.startsWith('Saving'), { timeoutMs: 3000 });
  await saved(draft);
}

/**
 * Everything every IndexedDB of the page's origin holds, keys and values, with byte arrays read
 * as text too: plaintext anywhere shows up in it.
 */
export function indexedDbDump(page: Page): Promise<{ databases: string[]; dump: string }> {
  return page.evaluate(async () => {
    const asText = (v: unknown): string => {
      if (v instanceof ArrayBuffer) return new TextDecoder().decode(v);
      if (ArrayBuffer.isView(v)) return new TextDecoder().decode(v as Uint8Array);
      if (v && typeof v === 'object') return Object.values(v).map(asText).join(' ');
      return typeof v === 'string' ? v : '';
    };
    const names = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    const parts: string[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const read = (all: 'getAll' | 'getAllKeys') =>
          new Promise<unknown[]>((resolve) => {
            const r = db.transaction(store).objectStore(store)[all]();
            r.onsuccess = () => resolve(r.result);
          });
        const [keys, values] = await Promise.all([read('getAllKeys'), read('getAll')]);
        parts.push(JSON.stringify(keys), ...values.map((v) => `${JSON.stringify(v)} ${asText(v)}`));
      }
      db.close();
    }
    return { databases: names, dump: parts.join('\n') };
  });
}

/** In print media: the controls that would print (none should), and the text that would. */
export async function printed(draft: Page): Promise<{ controls: string[]; text: string }> {
  await draft.emulateMediaType('print');
  const result = await draft.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const controls = Array.from(document.querySelectorAll('button, select, textarea, input, a, [role=button], [role=tab], details')).filter(shown).map((el) => el.outerHTML.slice(0, 80));
    return { controls, text: document.body.innerText };
  });
  await draft.emulateMediaType();
  return result;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations (WCAG 2.2 AA and best practice) on the whole page. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: an extension page's CSP refuses script tags.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
