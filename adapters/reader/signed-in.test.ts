// Who is signed in, for "confirmed by": read from a page whose facts are read by label, where the
// page shows it as a label and its value; a page of lists only is not searched whole for it.
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../../test/support/fixture-pages';
import { BUILT_IN } from '../profiles';
import { readWith } from '.';
import { ALL_FACT_READERS } from './facts/all';

const SEEN = '2026-11-20T10:00:00.000Z';
const profile = BUILT_IN['care-assess']!;
const BANNER = '<dl class="signed-in"><dt>Logged in as</dt><dd>Jo Bloggs</dd></dl>';

/** The fixture page with the signed-in banner at the top of its body. */
function withBanner(page: 'summary' | 'casenotes') {
  const found = fixturePages().find((f) => f.case.system === 'care-assess' && f.page === page)!;
  return { doc: domOf(found.html.replace(/<body([^>]*)>/, `<body$1>${BANNER}`), found.url), url: found.url };
}

describe('the signed-in user', () => {
  it('is read from a page whose facts are read by label', () => {
    const { doc, url } = withBanner('summary');
    const { reading } = readWith(profile, doc, url, SEEN, ALL_FACT_READERS);
    expect(reading.facts.childName?.known).toBe(true);
    expect(reading.user).toBe('Jo Bloggs');
  });

  it('is not looked for on a page of lists only, which is read as before', () => {
    const { doc, url } = withBanner('casenotes');
    const { reading } = readWith(profile, doc, url, SEEN, ALL_FACT_READERS);
    expect(reading.facts.caseNotes?.known).toBe(true);
    expect(reading.user).toBeUndefined();
  });
});
