// Each case page is given a smaller overlay script carrying only some of the fact readers: it must
// read exactly what the script with every reader reads there, and a fact whose reader it lacks is
// reported unread, never left out in silence.
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../../test/support/fixture-pages';
import { BUILT_IN } from '../profiles';
import { readWith } from '.';
import { pageAt } from './detect';
import { EVERY_READER_SCRIPT, OVERLAY_SCRIPTS, overlayScriptFor, readersFor, type FactReaders, type OverlayScript } from './fact-readers';
import { ALL_FACT_READERS } from './facts/all';

const SEEN = '2026-11-20T10:00:00.000Z';

/** Only the readers the script carries, taken from the whole set. */
const readersOf = (script: OverlayScript): Partial<FactReaders> => Object.fromEntries(script.readers.map((name) => [name, ALL_FACT_READERS[name]]));

const pages = fixturePages().map((p) => {
  const profile = BUILT_IN[p.case.system]!;
  const kind = pageAt(profile, p.url)!.page;
  return { ...p, profile, kind, script: overlayScriptFor([profile.pages[kind]?.facts ?? {}]) };
});

describe('the overlay scripts’ fact readers', () => {
  it('has one script with every reader', () => {
    expect([...EVERY_READER_SCRIPT.readers].sort()).toEqual(Object.keys(ALL_FACT_READERS).sort());
  });

  it('gives the pages of lists, of closure records and of the case’s summary each a script without the others’ readers', () => {
    const scriptOf = (system: string, kind: string) => overlayScriptFor([BUILT_IN[system]!.pages[kind]!.facts ?? {}]).file;
    for (const system of ['mosaic', 'care-assess', 'lcs']) {
      for (const kind of ['case-notes', 'chronology', 'documents', 'case-note-editor']) expect(scriptOf(system, kind), `${system} ${kind}`).toBe('/overlay-lists.js');
    }
    for (const [system, kind] of [['mosaic', 'closure-form'], ['mosaic', 'closure'], ['care-assess', 'closure'], ['care-assess', 'co-team-closure'], ['lcs', 'closure-details'], ['lcs', 'closure-informing'], ['lcs', 'closure-management']] as const) {
      expect(scriptOf(system, kind), `${system} ${kind}`).toBe('/overlay-record.js');
    }
    for (const [system, kind] of [['mosaic', 'summary'], ['care-assess', 'summary'], ['care-assess', 'forms'], ['lcs', 'overview'], ['lcs', 'workflow']] as const) {
      expect(scriptOf(system, kind), `${system} ${kind}`).toBe('/overlay-case.js');
    }
  });

  it('gives a page two profiles may own a script with the readers of both', () => {
    const notes = BUILT_IN.mosaic!.pages['case-notes']!.facts!;
    const form = BUILT_IN.mosaic!.pages['closure-form']!.facts!;
    expect(overlayScriptFor([notes, form])).toBe(EVERY_READER_SCRIPT);
    expect(readersFor(form)).toEqual(new Set(['closureFields']));
  });

  it.each(pages.map((p) => [`${p.case.id} ${p.page} (${p.script.file})`, p] as const))('reads %s as the script with every reader does', (_, p) => {
    const whole = readWith(p.profile, domOf(p.html, p.url), p.url, SEEN, ALL_FACT_READERS);
    const given = readWith(p.profile, domOf(p.html, p.url), p.url, SEEN, readersOf(p.script));
    expect(given).toEqual(whole);
  });

  it('reports each fact a script has no reader for as unread, and reads none of them', () => {
    const p = pages.find((q) => q.case.system === 'mosaic' && q.kind === 'closure-form')!;
    const lists = OVERLAY_SCRIPTS.find((s) => s.file === '/overlay-lists.js')!;
    const { reading, report } = readWith(p.profile, domOf(p.html, p.url), p.url, SEEN, readersOf(lists));
    const expected = Object.keys(p.profile.pages[p.kind]!.facts!);
    expect(Object.keys(reading.facts)).toEqual([]);
    expect(report.map((l) => l.fact).sort()).toEqual([...expected].sort());
    for (const line of report) expect(line).toMatchObject({ outcome: 'unreadable', detail: expect.stringContaining('load the page again') });
  });
});
