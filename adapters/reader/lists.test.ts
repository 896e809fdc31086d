// Rows already read are parsed again only when they change: whatever changes, a reading of the page
// is the reading of a fresh copy of it, and an unchanged page gives back the very same rows.
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../../test/support/fixture-pages';
import { BUILT_IN } from '../profiles';
import { readWith } from '.';
import { ALL_FACT_READERS } from './facts/all';
import { listsOn } from './lists';
import { PageReader } from './page-reader';

const SEEN = '2026-11-20T10:00:00.000Z';
const page = fixturePages().find((f) => f.case.system === 'care-assess' && f.page === 'casenotes')!;
const profile = BUILT_IN['care-assess']!;
const read = (doc: Document) => readWith(profile, doc, page.url, SEEN, ALL_FACT_READERS).reading.facts;
/** The same page as a new document: none of its rows read before. */
const fresh = (doc: Document) => read(domOf(doc.documentElement.outerHTML, page.url));

const rowsOf = (doc: Document) => [...doc.querySelectorAll('tr')].filter((tr) => tr.querySelectorAll('td').length > 3);

const CHANGES: Record<string, (doc: Document) => void> = {
  // Only the words of a text node: no element added or removed.
  'a status reworded': (doc) => ((rowsOf(doc)[1]!.cells[3]!.querySelector('span')!.firstChild as Text).data = 'Draft'),
  'a subject hidden': (doc) => rowsOf(doc)[0]!.querySelector('td a, td span')?.setAttribute('hidden', ''),
  'the last row moved to the top': (doc) => {
    const rows = rowsOf(doc);
    rows[0]!.before(rows.at(-1)!);
  },
  'a row taken away': (doc) => rowsOf(doc)[2]!.remove(),
  'two column headers swapped': (doc) => {
    const head = [...doc.querySelectorAll('tr')].find((tr) => tr.querySelector('th'))!;
    const [a, b] = [head.cells[1]!, head.cells[2]!];
    [a.textContent, b.textContent] = [b.textContent, a.textContent];
  },
};

describe('rows read once', () => {
  it('gives back the very same rows from a page that has not changed', () => {
    const doc = domOf(page.html, page.url);
    const first = read(doc).caseNotes!.value;
    const again = read(doc).caseNotes!.value;
    expect(again.length).toBeGreaterThan(2);
    again.forEach((note, i) => expect(note).toBe(first[i]));
  });

  for (const [change, make] of Object.entries(CHANGES)) {
    it(`reads a page whose ${change} as a fresh copy of it is read, at once`, () => {
      const doc = domOf(page.html, page.url);
      read(doc);
      make(doc);
      // No turn of the event loop: the change has not been handed to any observer yet.
      const now = read(doc);
      expect(now).not.toEqual(read(domOf(page.html, page.url)));
      expect(now).toEqual(fresh(doc));
    });
  }
});

describe('an ARIA grid holding another', () => {
  it('keeps each grid’s own rows and cells, the inner grid a list of its own', () => {
    const cell = (text: string) => `<div role="gridcell">${text}</div>`;
    const head = (...names: string[]) => `<div role="row">${names.map((n) => `<div role="columnheader">${n}</div>`).join('')}</div>`;
    const inner = `<div role="grid">${head('Step', 'Done')}<div role="row">${cell('Visit')}${cell('Yes')}</div></div>`;
    const doc = domOf(`<body><div role="grid">${head('Date', 'Detail')}<div role="row">${cell('1 Nov 2026')}<div role="gridcell">${inner}</div></div><div role="row">${cell('2 Nov 2026')}${cell('Call')}</div></div></body>`, page.url);
    const lists = listsOn(doc, new Set());
    expect(lists.map((l) => [l.headers, l.rows.map((r) => Array.from(r.cells, (c) => c.textContent))])).toEqual([
      [['Date', 'Detail'], [['1 Nov 2026', 'StepDoneVisitYes'], ['2 Nov 2026', 'Call']]],
      [['Step', 'Done'], [['Visit', 'Yes']]],
    ]);
  });
});

describe('a reading in steps', () => {
  it('searches the whole page at most once a step, so a page of thousands of rows is never searched many times over before a pause', () => {
    const grid = `<h2>Work</h2><div role="grid"><div role="row"><div role="columnheader">Task</div><div role="columnheader">Due</div></div><div role="row"><div role="gridcell">Visit</div><div role="gridcell">1 Dec</div></div></div>`;
    const doc = domOf(`<body><h2 class="sect">Notes</h2><table><tr><th>Date</th><th>Subject</th></tr><tr><td>1 Nov</td><td>Visit</td></tr></table>${grid}</body>`, page.url);
    // What each whole-page search asks the document, by kind; the element's own searches are not counted.
    let step = 0;
    const searches: { step: number; kind: string }[] = [];
    const spy = <K extends 'querySelectorAll' | 'getElementsByTagName'>(name: K) => {
      const own = doc[name].bind(doc) as (q: string) => unknown;
      (doc as unknown as Record<string, unknown>)[name] = (q: string) => {
        // (jsdom asks for every element itself, "*", in working out other answers)
        if (q !== '*') searches.push({ step, kind: q === 'table' ? 'tables' : q.includes('role=grid') ? 'grids' : q.includes('class') ? 'classes' : 'headings' });
        return own(q);
      };
    };
    spy('querySelectorAll');
    spy('getElementsByTagName');
    // The page's reader, as a reading starts: the profile's classes found, then its lists.
    const reader = new PageReader(profile, doc, 'case-notes', page.url.href, SEEN, false);
    const steps = reader.readLists();
    for (let next = steps.next(); !next.done; next = steps.next()) step++;
    expect(reader.lists.map((l) => l.heading)).toEqual(['Notes', 'Work']);
    const kindsByStep = new Map<number, Set<string>>();
    for (const { step: at, kind } of searches) kindsByStep.set(at, (kindsByStep.get(at) ?? new Set()).add(kind));
    expect([...new Set(searches.map((x) => x.kind))].sort()).toEqual(['classes', 'grids', 'headings', 'tables']);
    for (const kinds of kindsByStep.values()) expect([...kinds]).toHaveLength(1);
  });
});
