// Broken and changed host pages: a removed section, a renamed label, an emptied table, a page
// cut short, reordered or removed columns, an unknown status word. The adapters never throw, and
// any fact they still give equals what the whole page gives: missing pieces become unknown, never wrong.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePageReading, type PageReading } from '../record/schema';
import { domOf, fixturePages, type FixturePage } from '../test/support/fixture-pages';
import { ADAPTERS } from './index';

const SEEN = '2026-11-20T10:00:00.000Z';

/** Facts without where they were seen: what must not change. */
function values(reading: PageReading): Record<string, string> {
  return Object.fromEntries(
    Object.entries(reading.facts).map(([k, f]) => [k, JSON.stringify(f!.value, (key, v) => (key === 'selector' ? undefined : v))]),
  );
}

function read(p: FixturePage, doc: Document): PageReading {
  return ADAPTERS[p.case.system]!.read(doc, p.url, SEEN);
}

/** Every fact the broken page gives must be what the whole page gives. */
function expectNoWrongValue(p: FixturePage, broken: PageReading, what: string, whole = values(read(p, domOf(p.html, p.url)))): void {
  for (const [key, value] of Object.entries(values(broken))) {
    expect(value, `${p.case.id} ${p.page} (${what}): ${key}`).toBe(whole[key]);
  }
}

const pages = fixturePages();

/** Parses a page in one window (a window per cut would be slow): what a browser makes of the markup. */
const parser = new new JSDOM('').window.DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

/**
 * The page's grids (a header row of th cells): what a release may empty or reorder. Layout and
 * label-beside-value tables are left alone: a label moved away from its value is not a reordered column.
 */
const gridsOf = (doc: Document) => Array.from(doc.querySelectorAll('table')).filter((t) => t.rows[0]?.querySelector('th') && !t.rows[0].querySelector('td'));

/** How many grid positions a row spans, colspan counted. */
function widthOf(row: HTMLTableRowElement): number {
  return Array.from(row.cells).reduce((sum, cell) => sum + cell.colSpan, 0);
}

/**
 * Takes a column out of a table, as a release that drops it would: the header cell and the cell
 * at that position in every row. A cell spanning it (a "No records" row) loses one of its columns.
 */
function removeColumn(table: HTMLTableElement, column: number): void {
  for (const row of Array.from(table.rows)) {
    let end = 0;
    const cell = Array.from(row.cells).find((c) => (end += c.colSpan) > column);
    if (cell && cell.colSpan > 1) cell.colSpan -= 1;
    else cell?.remove();
  }
}

/** Where two values first part, for the message: "[2].organisation: null where the whole page says "Castlemoor Academy"". */
function difference(now: unknown, whole: unknown, at = ''): string {
  if (now && whole && typeof now === 'object' && typeof whole === 'object') {
    const part = (v: object, key: string) => (v as Record<string, unknown>)[key];
    for (const key of new Set([...Object.keys(now), ...Object.keys(whole)])) {
      const found = difference(part(now, key), part(whole, key), Array.isArray(now) ? `${at}[${key}]` : `${at}.${key}`);
      if (found) return found;
    }
    return '';
  }
  return now === whole ? '' : `${at}: ${JSON.stringify(now)} where the whole page says ${JSON.stringify(whole)}`;
}

/** What reading the page without one column gets wrong: a throw, a reading that does not validate, a fact that changed. */
function withoutColumn(p: FixturePage, whole: Document, clean: Record<string, string>, table: number, column: number): string[] {
  const doc = whole.cloneNode(true) as Document; // a copy is quicker than parsing the page again
  const grid = doc.querySelectorAll('table')[table]!;
  const what = `table ${table} [${Array.from(grid.rows[0]?.cells ?? []).map((c) => c.textContent!.trim().slice(0, 30)).join(' | ')}] without column ${column}`;
  removeColumn(grid, column);
  // The extension reads only a page it still recognises (a Mosaic page without its person banner is not).
  if (!ADAPTERS[p.case.system]!.detect(doc, p.url)) return [];
  let reading: PageReading;
  try {
    reading = read(p, doc);
  } catch (error) {
    return [`${what}: threw ${String(error)}`];
  }
  const problems = reading.warnings.filter((w) => /stopped reading/.test(w)).map((w) => `${what}: ${w}`);
  const valid = parsePageReading(reading);
  if ('error' in valid) problems.push(`${what}: does not validate (${valid.error})`);
  for (const [key, value] of Object.entries(values(reading))) {
    if (value === clean[key]) continue;
    problems.push(`${what}: ${key}${clean[key] === undefined ? ' is known only now' : difference(JSON.parse(value), JSON.parse(clean[key]))}`);
  }
  return problems;
}

/**
 * The page as a browser shows it: a list still "Loading …" (Mosaic draws its case notes from a
 * script, ~400 ms after load) is waited for, so that list's columns are probed too.
 */
async function shown(p: FixturePage): Promise<string> {
  const loading = (doc: Document) => Array.from(doc.querySelectorAll('td')).some((td) => /^loading\b/i.test(td.textContent!.trim()));
  if (!loading(domOf(p.html, p.url))) return p.html;
  const dom = new JSDOM(p.html, { url: p.url.href, runScripts: 'dangerously', pretendToBeVisual: true });
  try {
    for (const end = Date.now() + 3000; loading(dom.window.document); ) {
      if (Date.now() > end) throw new Error(`${p.case.id} ${p.page}: still loading after 3 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return dom.serialize();
  } finally {
    dom.window.close();
  }
}

describe('broken host pages', () => {
  for (const p of pages) {
    it(`${p.case.system} ${p.page}: a removed table, one at a time`, () => {
      const count = domOf(p.html, p.url).querySelectorAll('table').length;
      for (let i = 0; i < count; i++) {
        const doc = domOf(p.html, p.url);
        doc.querySelectorAll('table')[i]!.remove();
        expectNoWrongValue(p, read(p, doc), `table ${i} removed`);
      }
    });

    it(`${p.case.system} ${p.page}: renamed labels and headers make facts unknown, with a warning`, () => {
      const doc = domOf(p.html, p.url);
      // A checklist item's words are what the item says (its value), not a field's label: kept.
      const isItem = (el: Element) => el.tagName === 'LABEL' && ((el as HTMLLabelElement).control as HTMLInputElement | null)?.type === 'checkbox';
      const labels = Array.from(doc.querySelectorAll('label, th, td.lbl, td.fieldLabel, td.ql')).filter((el) => !isItem(el));
      labels.forEach((el, i) => {
        if (i % 2 === 0) el.textContent = `Zzyx ${i}`;
      });
      const broken = read(p, doc);
      expectNoWrongValue(p, broken, 'labels renamed');
      const whole = read(p, domOf(p.html, p.url));
      if (Object.keys(whole.facts).length > Object.keys(broken.facts).length) expect(broken.warnings.length).toBeGreaterThan(0);
    });

    it(`${p.case.system} ${p.page}: emptied tables`, () => {
      const doc = domOf(p.html, p.url);
      for (const table of gridsOf(doc)) {
        Array.from(table.rows).slice(1).forEach((row) => row.remove());
      }
      expectNoWrongValue(p, read(p, doc), 'tables emptied');
    });

    it(`${p.case.system} ${p.page}: the page cut short, anywhere`, () => {
      // 60 places spread over the page, none at a round share (a cut lands in a tag, in a value), and
      // right after every fifth end of a row or block (between rows, after a checklist's item).
      const whole = values(read(p, parse(p.html)));
      const spread = Array.from({ length: 60 }, (_, i) => Math.floor((p.html.length * (i + 0.63)) / 60));
      const ends = Array.from(p.html.matchAll(/<\/(tr|div|li|dd)>\n?/g), (m) => m.index! + m[0].length).filter((_, i) => i % 5 === 0);
      for (const at of [...spread, ...ends]) {
        expectNoWrongValue(p, read(p, parse(p.html.slice(0, at))), `cut at character ${at}`, whole);
      }
    });

    it(`${p.case.system} ${p.page}: reordered columns read the same`, () => {
      const doc = domOf(p.html, p.url);
      for (const table of gridsOf(doc)) {
        for (const row of Array.from(table.rows)) {
          if (row.cells.length >= 3) row.insertBefore(row.cells[row.cells.length - 1]!, row.cells[0]!);
        }
      }
      const reordered = values(read(p, doc));
      const whole = values(read(p, domOf(p.html, p.url)));
      expect(reordered).toEqual(whole);
    });
  }

  describe('each column removed, one at a time: every fact unchanged or unknown', () => {
    const html = new Map<FixturePage, string>();
    beforeAll(async () => {
      for (const p of pages) html.set(p, await shown(p));
    });
    for (const p of pages) {
      it(`${p.case.system} ${p.page}`, { timeout: 30_000 }, () => {
        const whole = domOf(html.get(p)!, p.url);
        const clean = values(read(p, whole));
        const problems = Array.from(whole.querySelectorAll('table')).flatMap((table, t) => {
          const width = Math.max(0, ...Array.from(table.rows).map(widthOf));
          return Array.from({ length: width }, (_, column) => withoutColumn(p, whole, clean, t, column)).flat();
        });
        expect(problems).toEqual([]);
      });
    }
  });

  it('a forms or workflow grid without its Authorised by or Shared column leaves the work items unknown, not "never"', () => {
    const cases = [
      ['care-assess', 'forms', /^authorised by$/i],
      ['care-assess', 'forms', /^shared with family$/i],
      ['mosaic', 'summary', /^authorised by$/i],
    ] as const;
    for (const [system, page, header] of cases) {
      const p = pages.find((x) => x.case.system === system && x.page === page)!;
      expect(read(p, domOf(p.html, p.url)).facts.workItems?.known).toBe(true);
      const doc = domOf(p.html, p.url);
      const table = Array.from(doc.querySelectorAll('table')).find((t) => Array.from(t.rows[0]?.cells ?? []).some((c) => header.test(c.textContent!.trim())))!;
      const column = Array.from(table.rows[0]!.cells).findIndex((c) => header.test(c.textContent!.trim()));
      const width = table.rows[0]!.cells.length;
      for (const row of Array.from(table.rows)) if (row.cells.length === width) row.cells[column]!.remove();
      expect(read(p, doc).facts.workItems, `${system} ${page} without ${header}`).toBeUndefined();
    }
  });

  it('never reads an unknown status word as draft or final', () => {
    for (const p of pages.filter((x) => x.page === 'casenotes')) {
      const doc = domOf(p.html.replace(/>(Draft|Final|Complete)</g, '>Pending review<'), p.url);
      const reading = read(p, doc);
      expect(reading.facts.caseNotes, p.case.id).toBeUndefined();
    }
  });

  it('reads a form value the practitioner has just changed', () => {
    const p = pages.find((x) => x.page === 'closure-form')!;
    const doc = domOf(p.html, p.url);
    const textarea = Array.from(doc.querySelectorAll('label')).find((l) => /^closing summary/i.test(l.textContent ?? ''))!;
    (doc.getElementById(textarea.htmlFor) as HTMLTextAreaElement).value = '   ';
    expect(read(p, doc).facts.closingSummary?.value).toBeNull();
  });
});
