import { describe, expect, it } from 'vitest';
import { wordDiff } from './diff';
import { acceptOffer, declineOffer, EARLIER_DRAFT, refresh, type KeptSection } from './refresh';
import type { DraftSection } from './types';

const fresh = (id: string, text: string): DraftSection => ({ id, title: id, prompt: '', source: { source: 'A', section: 'Musts', quote: '' }, text, facts: [], notKnown: [], consider: [] });
const NOT_SEEN = '[Not seen yet: open the Closure form page.]';

describe('keeping a draft up to date with the record', () => {
  it('takes the record’s text for a new draft, to be saved at once', () => {
    expect(refresh(null, [fresh('a', 'A')])).toEqual({ sections: [{ id: 'a', title: 'a', text: 'A', base: 'A' }], offers: [], notAdded: [], changed: true });
  });

  it('refills a section the practitioner has not edited as facts arrive', () => {
    const kept: KeptSection[] = [{ id: 'views', title: 'views', text: NOT_SEEN, base: NOT_SEEN }];
    const r = refresh(kept, [fresh('views', 'Child: happy.')]);
    expect(r.sections).toEqual([{ id: 'views', title: 'views', text: 'Child: happy.', base: 'Child: happy.' }]);
    expect(r).toMatchObject({ offers: [], changed: true });
    expect(refresh(r.sections, [fresh('views', 'Child: happy.')]).changed).toBe(false);
  });

  it('never overwrites an edited section: it offers what the record now says, to take or to decline', () => {
    const kept: KeptSection[] = [{ id: 'views', title: 'views', text: `${NOT_SEEN} I spoke to Ruby.`, base: NOT_SEEN }];
    const r = refresh(kept, [fresh('views', 'Child: happy.')]);
    expect(r.sections[0]!.text).toBe(`${NOT_SEEN} I spoke to Ruby.`);
    expect(r.offers).toEqual([{ id: 'views', title: 'views', mine: `${NOT_SEEN} I spoke to Ruby.`, fromRecord: 'Child: happy.' }]);
    expect(r.changed).toBe(false);
    expect(acceptOffer(r.sections, r.offers[0]!)).toEqual([{ id: 'views', title: 'views', text: 'Child: happy.', base: 'Child: happy.' }]);
    const declined = declineOffer(r.sections, r.offers[0]!);
    expect(declined[0]!.text).toBe(`${NOT_SEEN} I spoke to Ruby.`);
    // Declined: not offered again until the record changes again.
    expect(refresh(declined, [fresh('views', 'Child: happy.')]).offers).toEqual([]);
    expect(refresh(declined, [fresh('views', 'Child: very happy.')]).offers).toHaveLength(1);
  });

  it('adds sections the record now gives, drops unedited ones it no longer gives, and keeps edited ones', () => {
    const kept: KeptSection[] = [
      { id: 'a', title: 'a', text: 'A', base: 'A' },
      { id: 'gone', title: 'gone', text: 'old', base: 'old' },
      { id: 'mine', title: 'mine', text: 'typed', base: 'old' },
    ];
    const r = refresh(kept, [fresh('a', 'A'), fresh('b', 'B')]);
    expect(r.sections.map((s) => s.id)).toEqual(['a', 'b', 'mine']);
    expect(r.changed).toBe(true);
  });

  it('keeps a draft from before sections whole, and adds the record’s sections only when asked', () => {
    const kept: KeptSection[] = [{ id: EARLIER_DRAFT, title: 'Your earlier draft', text: 'Dear Gemma', base: '' }];
    const r = refresh(kept, [fresh('a', 'A')]);
    expect(r.sections).toEqual(kept);
    expect(r.notAdded.map((s) => s.id)).toEqual(['a']);
    expect(r.changed).toBe(false);
  });
});

describe('what would change, word by word', () => {
  it('marks removed and added words between what is kept', () => {
    expect(wordDiff('Not seen yet. I spoke to Ruby.', 'Child: happy. I spoke to Ruby.')).toEqual([
      { kind: 'removed', text: 'Not seen yet.' },
      { kind: 'added', text: 'Child: happy.' },
      { kind: 'same', text: ' I spoke to Ruby.' },
    ]);
    expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });
  it('shows a very long change whole rather than building a huge table', () => {
    const long = 'word '.repeat(2000);
    expect(wordDiff(long, `${long}more`)).toEqual([{ kind: 'removed', text: long }, { kind: 'added', text: `${long}more` }]);
  });
});
