import { describe, expect, it } from 'vitest';
import { isCaseSystemAddress } from './addresses';
import type { CaseSystemAddress } from './settings';

const council: CaseSystemAddress[] = [{ origin: 'https://mosaic.harbrook.gov.uk', system: 'mosaic' }];

describe('whether a page is on a case system', () => {
  it('accepts a council address on any path and port, as the granted match pattern does', () => {
    expect(isCaseSystemAddress('https://mosaic.harbrook.gov.uk/mosaic/person/12/summary', council, true)).toBe(true);
    expect(isCaseSystemAddress('https://mosaic.harbrook.gov.uk:8443/anything?x=1', council, true)).toBe(true);
  });

  it('refuses another scheme, a look-alike host, a sub-domain and what is not a web address', () => {
    for (const href of [
      'http://mosaic.harbrook.gov.uk/mosaic/person/12/summary',
      'https://mosaic.harbrook.gov.uk.example.com/mosaic/person/12/summary',
      'https://evil.mosaic.harbrook.gov.uk/',
      'https://example.com/?next=https://mosaic.harbrook.gov.uk/',
      'file:///mosaic/person/12/summary',
      'not an address',
    ]) {
      expect(isCaseSystemAddress(href, council, true), href).toBe(false);
    }
  });

  it('accepts this machine in the demo and test build only', () => {
    expect(isCaseSystemAddress('http://127.0.0.1:4173/mosaic/person/12/summary', [], false)).toBe(true);
    expect(isCaseSystemAddress('http://localhost:8080/', [], false)).toBe(true);
    expect(isCaseSystemAddress('http://127.0.0.1:4173/mosaic/person/12/summary', [], true)).toBe(false);
    expect(isCaseSystemAddress('http://127.0.0.3/', [], false)).toBe(false);
  });
});
