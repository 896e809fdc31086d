// A reading in slices gives the page its main thread back between slices, and reads the same facts
// as a reading at once.
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../../test/support/fixture-pages';
import { BUILT_IN } from '../profiles';
import { readInSteps, readWith } from '.';
import { ALL_FACT_READERS } from './facts/all';
import { runInSlices, type Steps } from './steps';

const SEEN = '2026-11-20T10:00:00.000Z';

/** A case notes page of the demo grown to `n` rows by copying its first note. */
function grownNotesPage(n: number) {
  const p = fixturePages().find((f) => f.case.system === 'care-assess' && f.page === 'casenotes')!;
  const doc = domOf(p.html, p.url);
  const first = [...doc.querySelectorAll('tr')].find((tr) => tr.querySelectorAll('td').length > 3)!;
  for (let i = 0; i < n; i++) first.parentElement!.insertBefore(first.cloneNode(true), first);
  return { doc, url: p.url };
}

describe('reading in steps', () => {
  it('pauses in a long list, and reads what a reading at once reads', () => {
    const { doc, url } = grownNotesPage(1000);
    const profile = BUILT_IN['care-assess']!;
    const steps = readInSteps(profile, doc, url, SEEN, ALL_FACT_READERS);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Every hundred rows, in the list's reading and in the notes' own.
    expect(pauses).toBeGreaterThanOrEqual(20);
    const notes = next.value.reading.facts.caseNotes?.value as unknown[];
    expect(notes.length).toBeGreaterThan(1000);
    expect(next.value.reading.facts).toEqual(readWith(profile, doc, url, SEEN, ALL_FACT_READERS).reading.facts);
  });

  // A case open for years may list hundreds of professionals or work items (and its closure record
  // everyone told) and thousands of documents: each of those readers pauses in its own rows too,
  // not only the search for the lists.
  it.each(['documents', 'relationships', 'workItems', 'involvements', 'professionalsInformed'] as const)('pauses in a long %s list as well', (fact) => {
    const pages = fixturePages().filter((p) => {
      const read = readWith(BUILT_IN[p.case.system]!, domOf(p.html, p.url), p.url, SEEN, ALL_FACT_READERS).reading.facts[fact];
      return read?.known && (read.value as unknown[]).length > 0;
    });
    const systems = new Set(pages.map((p) => p.case.system));
    expect(systems.size, `a demo page of each system lists ${fact}`).toBe(3);
    for (const system of systems) {
      const p = pages.find((page) => page.case.system === system)!;
      const profile = BUILT_IN[system]!;
      const pausesOf = (doc: Document) => {
        const steps = readInSteps(profile, doc, p.url, SEEN, ALL_FACT_READERS);
        let pauses = 0;
        let next = steps.next();
        for (; !next.done; next = steps.next()) pauses++;
        return { pauses, facts: next.value.reading.facts };
      };
      const doc = domOf(p.html, p.url);
      const before = pausesOf(doc);
      const list = doc.querySelector(before.facts[fact]!.source.selector!)!;
      const row = (list.tagName === 'TABLE' ? [...list.querySelectorAll('tr')].filter((tr) => tr.querySelector('td')) : [...list.querySelectorAll('[role=row]')].filter((r) => r.querySelector('[role=gridcell], [role=cell]'))).at(-1)!;
      for (let i = 0; i < 1000; i++) row.after(row.cloneNode(true));
      const grown = pausesOf(doc);
      expect((grown.facts[fact]!.value as unknown[]).length, system).toBeGreaterThan(1000);
      // Every hundred rows in finding the list, and every hundred again in reading its rows.
      expect(grown.pauses - before.pauses, system).toBeGreaterThanOrEqual(19);
      expect(grown.facts).toEqual(readWith(profile, doc, p.url, SEEN, ALL_FACT_READERS).reading.facts);
    }
  });

  it('lets the page run between slices', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    function* slow(): Steps<boolean> {
      const until = Date.now() + 60;
      while (Date.now() < until) yield;
      return ran;
    }
    // 60 ms of work in slices of 5: the page's timer gets its turn before the work ends.
    expect(await runInSlices(slow(), 5)).toBe(true);
  });

  it('lets the page run first when asked to, before any step', async () => {
    let ran = false;
    /** A task of the page's, already waiting its turn. */
    const pageTask = () => {
      ran = false;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        ran = true;
        channel.port1.close();
      };
      channel.port2.postMessage(undefined);
    };
    // No step at all: all it tells is whether the page ran before it.
    // eslint-disable-next-line require-yield
    function* quick(): Steps<boolean> {
      return ran;
    }
    pageTask();
    expect(await runInSlices(quick(), 5)).toBe(false);
    pageTask();
    expect(await runInSlices(quick(), 5, { pageFirst: true })).toBe(true);
  });
});
