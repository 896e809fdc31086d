// Mapping a field by pointing at it, on the saved demo pages with a label reworded as a release
// would: the words come from the page's label or header, the change reads the fact from what was
// pointed at, and anything else (no label, a label that would read another field, a case value) is
// refused with a reason.
import { describe, expect, it } from 'vitest';
import { domOf, fixturePages } from '../test/support/fixture-pages';
import { fieldLabels, reword } from '../test/support/labels';
import { propose, slotsOf, withMapping } from './mapping';
import { BUILT_IN, BUILT_IN_FILES } from './profiles';
import { checkProfile } from './profiles/check';
import { matches } from './profiles/words';
import { readWith } from './reader';
import { ALL_FACT_READERS } from './reader/facts/all';

const SEEN = '2026-11-20T10:00:00.000Z';
const mosaic = BUILT_IN.mosaic!;
const page = (kind: string) => fixturePages().find((p) => p.case.system === 'mosaic' && p.page === kind)!;

/** The closure form with its decision-date label reworded; the label element and the date as the whole page gives it. */
function reworded(newWords: string) {
  const p = page('closure-form');
  const original = readWith(mosaic, domOf(p.html, p.url), p.url, SEEN, ALL_FACT_READERS).reading.facts.decisionDate!.value;
  const doc = domOf(p.html, p.url);
  const [label] = fieldLabels(doc, mosaic.pages['closure-form']!.facts!.decisionDate!.label);
  if (!label) throw new Error('the demo closure form has no decision-date label');
  reword(label, newWords);
  return { p, doc, label, original };
}

describe('mapping a field by pointing at it', () => {
  const slot = slotsOf('decisionDate', mosaic.pages['closure-form']!.facts!.decisionDate).find((s) => s.kind === 'label')!;

  it('offers the fact’s label and its parts, and a list’s columns', () => {
    expect(slot).toMatchObject({ fact: 'decisionDate', path: ['label'] });
    expect(slotsOf('childInformed', mosaic.pages['closure-form']!.facts!.childInformed).map((s) => s.path.join('.'))).toEqual(['date.label', 'notAppropriate.label', 'reason.label']);
    expect(slotsOf('chronologyEntries', mosaic.pages.chronology!.facts!.chronologyEntries).map((s) => s.path.join('.'))).toEqual(['columns.date', 'columns.event', 'columns.source']);
  });

  it('maps the reworded label, pointed at itself or at its value, to what the original page gives', () => {
    const { p, doc, label, original } = reworded('When was closure agreed with the manager?');
    expect(readWith(mosaic, doc, p.url, SEEN, ALL_FACT_READERS).reading.facts.decisionDate, 'reworded, the built-in profile cannot read it').toBeUndefined();
    // The value: the control a <label> names, or the cell beside a label cell.
    const value = label.tagName === 'LABEL' ? (label as HTMLLabelElement).control! : label.nextElementSibling!;
    for (const target of [label, value]) {
      const proposal = propose(mosaic, doc, p.url, 'closure-form', slot, target, SEEN);
      expect(proposal).toMatchObject({ ok: true, words: 'When was closure agreed with the manager?', value: original });
      if (!proposal.ok) return;
      const checked = checkProfile(proposal.change, BUILT_IN_FILES);
      expect(checked.ok, 'the change is a council profile the options page would import').toBe(true);
      expect(JSON.stringify(proposal.change), 'no case value in the profile').not.toContain(String(original));
    }
  });

  it('refuses what no label goes with', () => {
    const { p, doc } = reworded('When was closure agreed?');
    const proposal = propose(mosaic, doc, p.url, 'closure-form', slot, doc.querySelector('h1, h2, legend')!, SEEN);
    expect(proposal).toMatchObject({ ok: false });
    expect(!proposal.ok && proposal.reason).toContain('never by where it sits');
  });

  it('refuses words that would read another field, saying so', () => {
    // The release reuses another field's words for the decision date: those words read two fields.
    const next = mosaic.pages['closure-form']!.facts!.nextSteps!.label;
    const other = domOf(page('closure-form').html, page('closure-form').url);
    const nextLabel = fieldLabels(other, next)[0]!.textContent!;
    const { p, doc, label } = reworded(nextLabel);
    const proposal = propose(mosaic, doc, p.url, 'closure-form', slot, label, SEEN);
    expect(proposal.ok).toBe(false);
  });

  it('refuses a case detail as words', () => {
    const { p, doc, label } = reworded('12/11/2026');
    expect(propose(mosaic, doc, p.url, 'closure-form', slot, label, SEEN)).toMatchObject({ ok: false });
  });

  it('maps a reworded column header, pointed at the header or at a cell under it', () => {
    const p = page('chronology');
    const doc = domOf(p.html, p.url);
    const sourceWords = mosaic.pages.chronology!.facts!.chronologyEntries!.columns.source!;
    const header = Array.from(doc.querySelectorAll('th')).find((th) => matches(th.textContent ?? '', sourceWords))!;
    header.textContent = 'Where the information came from';
    expect(readWith(mosaic, doc, p.url, SEEN, ALL_FACT_READERS).reading.facts.chronologyEntries).toBeUndefined();
    const column = slotsOf('chronologyEntries', mosaic.pages.chronology!.facts!.chronologyEntries).find((s) => s.path.at(-1) === 'source')!;
    const cell = header.closest('table')!.querySelector('tbody tr td:nth-child(' + String(Array.from(header.parentElement!.children).indexOf(header) + 1) + ')') ?? header;
    for (const target of [header, cell]) {
      const proposal = propose(mosaic, doc, p.url, 'chronology', column, target, SEEN);
      expect(proposal).toMatchObject({ ok: true, words: 'Where the information came from' });
    }
  });

  it('adds a mapping to the council’s profile for the system, keeping what it had', () => {
    const { p, doc, label } = reworded('When was closure agreed?');
    const proposal = propose(mosaic, doc, p.url, 'closure-form', slot, label, SEEN);
    if (!proposal.ok) throw new Error(proposal.reason);
    const before = { format: 1 as const, system: 'mosaic', extends: 'mosaic', name: 'Northshire', vocabulary: { yes: ['Aye'] } };
    const after = withMapping(before, proposal.change);
    expect(after).toMatchObject({ system: 'mosaic', extends: 'mosaic', name: 'Northshire', vocabulary: { yes: ['Aye'] } });
    expect(after.pages?.['closure-form']?.facts?.decisionDate?.label).toEqual(['When was closure agreed?']);
  });
});
