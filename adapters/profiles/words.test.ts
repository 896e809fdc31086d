// Matching a profile's words against a page's: whole text, case and spacing aside, "*" for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPhrase, containsWords, matches, whichOf } from './words';

describe('matches', () => {
  it('is the whole text, whatever the case, spacing or a trailing colon or required-field star', () => {
    expect(matches('  Reason for  closure: *', ['Reason for closure'])).toBe(true);
    expect(matches('Reason for closure (local)', ['Reason for closure'])).toBe(false);
  });
  it('reads "*" as any text, at the ends and between words', () => {
    expect(matches('Date closure letter requested from Business Services', ['*letter requested*'])).toBe(true);
    expect(matches('Date copy of closure summary sent to family', ['*copy*sent*family*'])).toBe(true);
    expect(matches('Date copy sent', ['*copy*sent*family*'])).toBe(false);
  });
  it('never stalls, however many stars and however long the text', () => {
    const start = Date.now();
    expect(matches('a'.repeat(400), ['*a*a*a*a*a*b'])).toBe(false);
    expect(Date.now() - start).toBeLessThan(200);
  });
  it('treats markup and regex characters as plain words', () => {
    expect(matches('<b>Yes</b>', ['<b>Yes</b>'])).toBe(true);
    expect(matches('Yes', ['.*'])).toBe(false);
  });
});

describe('matches, on a list of whole phrases', () => {
  // Texts near the phrases: other cases, spacing, endings, other forms of the same letters, and longer.
  const PARTS = ['Not', 'not', 'NOT', 'recorded', ' ', '  ', '\t', '\u00a0', ':', '*', '-', '—', 'ｎｏｔ', 'e\u0301', 'é', 'x'];
  const text = fc.array(fc.constantFrom(...PARTS), { maxLength: 8 }).map((parts) => parts.join(''));
  const phrases = fc.array(fc.constantFrom('Not recorded', 'not', '—', '-', 'é', 'NOT RECORDED:', 'recorded x'), { minLength: 1, maxLength: 4 });

  it('says what a list with a wildcard phrase that never fits says: the quick answer for longer texts is the same', () => {
    fc.assert(
      fc.property(text, phrases, (t, list) => {
        // A phrase with "*" in the list makes every text be compared in full.
        expect(matches(t, list)).toBe(matches(t, [...list, 'zzqq*zzqq']));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
  it('answers a text that comparing would only lower-case as it answers the same text folded in full', () => {
    // A trailing space is trimmed by comparing, and makes the text be folded the long way.
    const words = fc.array(fc.constantFrom('Not', 'recorded', 'NOT', 'x', '-', '—', 'Note', '12', 'a:b'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, phrases, (t, list) => {
        expect(matches(t, list)).toBe(matches(`${t} `, list));
        expect(matches(t, [...list, 'zz*'])).toBe(matches(`${t} `, [...list, 'zz*']));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});

describe('whichOf, containsWords, containsPhrase', () => {
  it('gives the first meaning whose words match', () => {
    expect(whichOf('Completed', { open: ['Started'], complete: ['Completed'] })).toBe('complete');
    expect(whichOf('Archived', { open: ['Started'], complete: ['Completed'] })).toBeUndefined();
  });
  it('answers a text asked again as the first time, for each word lists of its own, past the answers it keeps', () => {
    const uncached = (text: string, lists: Record<string, string[]>) => Object.keys(lists).find((k) => matches(text, lists[k]));
    const one = { open: ['Open', 'In progress'], closed: ['Closed*'] };
    const other = { closed: ['Open'], open: ['Closed*'] };
    const text = fc.oneof(fc.constantFrom('Open', 'open ', 'In Progress:', 'Closed today', 'closed', 'Shut', ''), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 700 }), (texts) => {
        for (const t of [...texts, ...texts]) {
          expect(whichOf(t, one), t).toBe(uncached(t, one));
          expect(whichOf(t, other), t).toBe(uncached(t, other));
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });
  it('finds whole words only', () => {
    expect(containsWords('GP surgery', ['GP'])).toBe(true);
    expect(containsWords('Group work', ['GP'])).toBe(false);
    expect(containsWords('Little Acorns Nursery', ['nurse'])).toBe(false);
  });
  it('finds a phrase in a long page text, parts in order', () => {
    expect(containsPhrase(`${'x '.repeat(5000)}No closure record has been started for this team`, '*no closure record*started*')).toBe(true);
    expect(containsPhrase('started no closure record', 'no closure record*started')).toBe(false);
  });
});
