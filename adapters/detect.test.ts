// Each adapter claims its own system's case pages, with the right page kind, and never the
// other system's pages or an unrelated page.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../test/support/fixture-pages';
import { ADAPTERS, detectCasePage } from './index';

const KIND: Record<string, string> = {
  summary: 'summary', casenotes: 'case-notes', 'casenote-new': 'case-note-editor', 'casenote-edit': 'case-note-editor',
  chronology: 'chronology', documents: 'documents', closure: 'closure', 'closure-form': 'closure-form', forms: 'forms',
  'closure-primary': 'closure', 'closure-coteam': 'co-team-closure',
};

describe('detection', () => {
  const pages = fixturePages();
  it('has saved pages of both systems to test on', () => {
    expect(new Set(pages.map((p) => p.case.system))).toEqual(new Set(['mosaic', 'care-assess']));
  });
  for (const p of pages) {
    it(`${p.case.system} ${p.page}: claimed by its own adapter only`, () => {
      const doc = domOf(p.html, p.url);
      const own = ADAPTERS[p.case.system]!;
      const other = ADAPTERS[p.case.system === 'mosaic' ? 'care-assess' : 'mosaic']!;
      expect(own.detect(doc, p.url)).toEqual({ personId: p.case.personId, page: KIND[p.page] });
      expect(other.detect(doc, p.url), 'the other system must not claim it').toBeNull();
      // The same page served at another system's address is not claimed either.
      const elsewhere = new URL(p.case.system === 'mosaic' ? `/CareAssess/Client/Summary.aspx?ClientID=${p.case.personId}` : `/mosaic/person/${p.case.personId}/summary`, p.url);
      expect(detectCasePage(doc, elsewhere)).toBeNull();
    });
  }
  it('claims nothing on an unrelated page, even at a case-like address', () => {
    const doc = domOf('<html><head><title>Intranet</title></head><body><h1>Staff news</h1><p>Person ID 123</p></body></html>', new URL('http://127.0.0.1/news'));
    expect(detectCasePage(doc, new URL('http://127.0.0.1/news'))).toBeNull();
    expect(detectCasePage(doc, new URL('http://127.0.0.1/mosaic/person/1/summary'))).toBeNull();
    expect(detectCasePage(doc, new URL('http://127.0.0.1/CareAssess/Client/Summary.aspx?ClientID=1'))).toBeNull();
  });
  it('builds each system’s own addresses, keeping the council’s base path', () => {
    expect(ADAPTERS.mosaic!.pageUrl('chronology', '42', new URL('https://mosaic.example.gov.uk/live/mosaic/person/42/summary'))).toBe('https://mosaic.example.gov.uk/live/mosaic/person/42/chronology');
    expect(ADAPTERS['care-assess']!.pageUrl('co-team-closure', '7', new URL('https://ca.example.gov.uk/CareAssess/Client/Summary.aspx?ClientID=7'))).toBe('https://ca.example.gov.uk/CareAssess/Forms/ClosureRecord.aspx?ClientID=7&Team=CoTeam');
    expect(ADAPTERS.mosaic!.pageUrl('forms', '42', new URL('https://m.example/mosaic/person/42/summary'))).toBeNull();
  });
});
