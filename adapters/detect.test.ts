// Each adapter claims its own system's case pages, with the right page kind, and never another
// system's pages or an unrelated page. The page kind expected is the one in the page's recorded
// reading (test/fixtures/expected), which the own-fixtures test holds to the scenario's facts.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../record/kinds';
import { domOf, fixturePages } from '../test/support/fixture-pages';
import { ADAPTERS, adapterFor, detectCasePage, type Adapter } from './index';

const EXPECTED = resolve(import.meta.dirname, '../test/fixtures/expected');
const recordedKind = (caseId: string, page: string): string => JSON.parse(readFileSync(join(EXPECTED, caseId, `${page}.json`), 'utf8')).page;

describe('detection', () => {
  const pages = fixturePages();
  it('has saved pages of every system to test on', () => {
    expect(new Set(pages.map((p) => p.case.system))).toEqual(new Set(SYSTEMS));
  });
  for (const p of pages) {
    it(`${p.case.system} ${p.page}: claimed by its own adapter only`, () => {
      const doc = domOf(p.html, p.url);
      expect(ADAPTERS[p.case.system]!.detect(doc, p.url)).toEqual({ personId: p.case.personId, page: recordedKind(p.case.id, p.page) });
      for (const other of SYSTEMS.filter((s) => s !== p.case.system)) {
        const adapter = ADAPTERS[other]!;
        expect(adapter.detect(doc, p.url), `${other} must not claim it`).toBeNull();
        // The same page served at the other system's address is not claimed either.
        const theirs = pages.find((q) => q.case.system === other)!;
        const elsewhere = new URL(adapter.pageUrl(recordedKind(theirs.case.id, theirs.page), p.case.personId, theirs.url)!);
        expect(detectCasePage(doc, elsewhere), `at ${elsewhere.pathname}`).toBeNull();
      }
    });
  }
  it('claims nothing on an unrelated page, even at a case-like address', () => {
    const doc = domOf('<html><head><title>Intranet</title></head><body><h1>Staff news</h1><p>Person ID 123</p></body></html>', new URL('http://127.0.0.1/news'));
    expect(detectCasePage(doc, new URL('http://127.0.0.1/news'))).toBeNull();
    expect(detectCasePage(doc, new URL('http://127.0.0.1/mosaic/person/1/summary'))).toBeNull();
    expect(detectCasePage(doc, new URL('http://127.0.0.1/CareAssess/Client/Summary.aspx?ClientID=1'))).toBeNull();
  });
  it('finds a text mark however the page spaces, punctuates, cases or widens its characters, and only with the case’s own id', () => {
    const url = new URL('http://127.0.0.1/mosaic/person/2071534/summary');
    const page = (mark: string) => domOf(`<html><head><title>Person summary</title></head><body>\n<header>${mark}</header>\n<h1>Summary</h1>\n</body></html>`, url);
    expect(detectCasePage(page('Person ID 2071534'), url)?.casePage.personId).toBe('2071534');
    expect(detectCasePage(page('PERSON  ID:\n<b>2071534</b>'), url)?.casePage.personId).toBe('2071534');
    // Full-width letters and digits, as some systems print them: the same words once folded (NFKC).
    expect(detectCasePage(page('Ｐｅｒｓｏｎ ＩＤ ２０７１５３４'), url)?.casePage.personId).toBe('2071534');
    expect(detectCasePage(page('Person ID 20715345'), url)).toBeNull();
    expect(detectCasePage(page('Salesperson ID 2071534'), url)).toBeNull();
    // Letters of any script, one of two code units too, are part of the word beside them.
    for (const longer of ['éPerson ID 2071534', 'Person ID 2071534é', 'Person ID 2071534٣', '𝐀Person ID 2071534', 'Person ID 2071534𝐀']) expect(detectCasePage(page(longer), url), longer).toBeNull();
    expect(detectCasePage(page('«Person — ID» 2071534…'), url)?.casePage.personId).toBe('2071534');
    // The page's words, not its scripts' or styles' text.
    expect(detectCasePage(page('<script>var label = "Person ID 2071534";</script><style>/* Person ID 2071534 */</style>'), url)).toBeNull();
  });
  it('finds a text mark far down a long page, and never takes part of a longer word or id for it where the text is searched in pieces', () => {
    const url = new URL('http://127.0.0.1/mosaic/person/2071534/summary');
    // One text node per character, so that the pieces the page's text is searched in (8,192
    // characters, the last 1,024 searched again with the next) end exactly where this test says,
    // with text enough after the words for a second piece to be searched.
    const page = (before: number, words: string) => {
      const doc = domOf('<html><head><title>Person summary</title></head><body></body></html>', url);
      doc.body.append(...`${'.'.repeat(before)}${words}${'.'.repeat(9_000)}`.split('').map((c) => doc.createTextNode(c)));
      return detectCasePage(doc, url)?.casePage.personId ?? null;
    };
    expect(page(30_000, 'Person ID 2071534')).toBe('2071534');
    for (let edge = -3; edge <= 3; edge++) {
      // Each of these ends at, or just beside, the end of the first piece.
      expect(page(8_192 + edge - 'Person ID 2071534'.length, 'Person ID 2071534'), `mark ending ${edge} from a piece's end`).toBe('2071534');
      expect(page(8_192 + edge - 'Person ID 2071534'.length, 'Person ID 20715345'), `longer id, ${edge} from a piece's end`).toBeNull();
      // "person" at, or just beside, the start of the second piece (its first 1,024 characters the first's last).
      expect(page(7_168 + edge - 'Sales'.length, 'Salesperson ID 2071534'), `longer word, ${edge} from a piece's start`).toBeNull();
    }
    // Twenty-two pages of 40,000 text nodes each take their time to build in a test's document.
  }, 30_000);
  it('gives a page two systems claim to the more specific address, a tie to no one, and never asks a system that could only lose', () => {
    const url = new URL('http://127.0.0.1/mosaic/person/2071534/summary');
    const doc = domOf('<html><head><title>Person summary</title></head><body><header>Person ID 2071534</header></body></html>', url);
    const mosaic = ADAPTERS.mosaic!;
    // Another copy of the Mosaic-style profile at the same addresses, and one at longer ones.
    const twin = adapterFor({ ...mosaic.profile, system: 'lcs' });
    const longer = adapterFor({ ...mosaic.profile, system: 'lcs', pages: { ...mosaic.profile.pages, summary: { ...mosaic.profile.pages.summary!, addresses: [{ path: '/mosaic/person/{id}/summary' }] } } });
    expect(detectCasePage(doc, url, [mosaic, twin]), 'a tie').toBeNull();
    expect(detectCasePage(doc, url, [mosaic, longer])?.adapter).toBe(longer);
    const asked: string[] = [];
    const watched = (adapter: Adapter, name: string): Adapter => ({ ...adapter, detect: (d, u) => (asked.push(name), adapter.detect(d, u)) });
    expect(detectCasePage(doc, url, [watched(mosaic, 'less specific'), watched(longer, 'more specific')])?.casePage.personId).toBe('2071534');
    expect(asked).toEqual(['more specific']);
  });
  it('builds each system’s own addresses, keeping the council’s base path', () => {
    expect(ADAPTERS.mosaic!.pageUrl('chronology', '42', new URL('https://mosaic.example.gov.uk/live/mosaic/person/42/summary'))).toBe('https://mosaic.example.gov.uk/live/mosaic/person/42/chronology');
    expect(ADAPTERS['care-assess']!.pageUrl('co-team-closure', '7', new URL('https://ca.example.gov.uk/CareAssess/Client/Summary.aspx?ClientID=7'))).toBe('https://ca.example.gov.uk/CareAssess/Forms/ClosureRecord.aspx?ClientID=7&Team=CoTeam');
    expect(ADAPTERS.mosaic!.pageUrl('forms', '42', new URL('https://m.example/mosaic/person/42/summary'))).toBeNull();
  });
});
