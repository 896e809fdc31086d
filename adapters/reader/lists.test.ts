// Rows already read are parsed again only when they change: whatever changes, a reading of the page
// is the reading of a fresh copy of it, and an unchanged page gives back the very same rows.
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../../test/support/fixture-pages';
import { BUILT_IN } from '../profiles';
import { readWith } from '.';
import { listsOn } from './lists';

const SEEN = '2026-11-20T10:00:00.000Z';
const page = fixturePages().find((f) => f.case.system === 'care-assess' && f.page === 'casenotes')!;
const profile = BUILT_IN['care-assess']!;
const read = (doc: Document) => readWith(profile, doc, page.url, SEEN).reading.facts;
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
