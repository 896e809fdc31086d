// @vitest-environment jsdom
// The panel's parts on plain data: what is not seen yet grouped by the page that shows it (from
// `missing`, never the message), words the host profile does not know in a group of their own,
// waiting apart from done, the pack choice read-only under policy, and the width rules.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PART_SETS, type CaseState } from '../messaging/protocol';
import { summarise, type EvaluatedRule } from '../rules/engine';
import { Overlay } from './Overlay';
import { panelParts } from './panel-parts';
import { MIN_WIDTH, maxWidth, shownWidth } from './panel-width';
import { groupToCheck } from './to-check';

const verdict = (rule: string, extra: Partial<EvaluatedRule>): EvaluatedRule => ({
  rule,
  level: 'must',
  title: rule,
  statement: '',
  why: '',
  sources: [],
  status: 'unknown',
  message: 'Not seen yet.',
  evidence: [],
  ...extra,
});

const VERDICTS = [
  verdict('closure-reason', { missing: [{ fact: 'closureReason', lookOn: 'closure-form' }] }),
  verdict('closing-summary', { missing: [{ fact: 'closingSummary', lookOn: 'closure-form' }] }),
  verdict('chronology-updated', { missing: [{ fact: 'chronologyLastUpdated', lookOn: 'chronology' }, { fact: 'decisionDate', lookOn: 'closure-form' }] }),
  verdict('census-reason-consistent', { level: 'should', unrecognised: [{ fact: 'closureReason', words: ['Closed – other'] }], missing: [] }),
  verdict('no-open-work', { message: 'This check could not be made (boom).' }),
  verdict('closure-letter', { status: 'met', waiting: true, due: '2026-12-07', message: 'Requested; not sent yet, due by 7 Dec 2026.', evidence: [{ fact: 'letterRequested', text: 'requested', source: { page: 'closure-form', url: 'x', label: 'l', seenAt: 's' } }] }),
  verdict('family-informed', { status: 'met', message: 'Told.', evidence: [{ fact: 'familyInformed', text: 'told', source: { page: 'closure-form', url: 'x', label: 'l', seenAt: 's' } }] }),
];

function state(extra: Partial<CaseState> = {}): CaseState {
  return {
    caseKey: 'mosaic:2071534',
    system: 'mosaic',
    personId: '2071534',
    childName: 'Ruby Ashcroft',
    packId: 'derbyshire-practice-matters',
    packTitle: 'Practice Matters: Case closure (B)',
    packChoice: 'auto',
    defaultPack: { id: 'derbyshire-practice-matters', title: 'Practice Matters: Case closure (B)' },
    packLocked: false,
    packs: [
      { id: 'derbyshire-practice-matters', title: 'Practice Matters: Case closure (B)' },
      { id: 'nct-good-practice', title: 'Good Practice guide – Case Closure (C)' },
    ],
    pageTitles: { summary: 'Person summary', 'closure-form': 'Closure form', 'case-notes': 'Case notes', chronology: 'Chronology' },
    result: { packId: 'derbyshire-practice-matters', verdicts: VERDICTS, summary: summarise(VERDICTS) },
    otherGaps: [],
    confirmations: {},
    panel: { collapsed: false, adminMode: false },
    ...extra,
  };
}

const host = document.createElement('div');
afterEach(() => {
  render(null, host);
  fakeBrowser.reset();
});

function show(s: CaseState) {
  render(
    <Overlay
      system="mosaic"
      caseKey={s.caseKey}
      personId={s.personId}
      currentPage="summary"
      pageTitle={(page) => s.pageTitles[page] ?? page}
      framedIn={() => undefined}
      loadReport={() => Promise.resolve([])}
      mapping={null}
      state={s}
      collapsed={false}
      disconnected={false}
      problem=""
      pageUrl={(page) => `http://host/${page}`}
      onCollapse={() => {}}
      onPack={() => {}}
      onConfirm={() => {}}
      onDraft={() => {}}
      insertTarget={null}
      focusRequest={0}
      width={380}
      maxWidth={700}
      onResize={() => {}}
    />,
    host,
  );
  return host;
}

describe('what is not seen yet', () => {
  it('is grouped by the first page an item needs, from `missing`, each item once', () => {
    const groups = groupToCheck(VERDICTS);
    expect(groups.pages.map((g) => [g.page, g.items.map((i) => [i.verdict.rule, i.also])])).toEqual([
      ['closure-form', [['closure-reason', []], ['closing-summary', []]]],
      ['chronology', [['chronology-updated', ['closure-form']]]],
    ]);
    expect(groups.unrecognised).toEqual({ words: ['Closed – other'], items: [VERDICTS[3]] });
    expect(groups.other.map((v) => v.rule)).toEqual(['no-open-work']);
  });

  it('shows one heading per page, the unknown words in their own small group, and every item with its status', () => {
    const panel = show(state());
    const headings = [...panel.querySelectorAll('[data-group="unknown"] .cc-page-title')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Open the Closure form: 2 items',
      'Open the Chronology: 1 item',
      'The case system used words this extension does not know: “Closed – other”: 1 item',
      'Could not tell yet: 1 item',
    ]);
    expect(panel.querySelector('[data-look-on="closure-form"] .cc-page-title a')!.getAttribute('href')).toBe('http://host/closure-form');
    // The item that needs a second page says so; the others leave the page to their heading.
    expect(panel.querySelector('[data-rule="chronology-updated"] .cc-lookon')!.textContent).toBe('Also needs: open Closure form');
    expect(panel.querySelector('[data-rule="closure-reason"] .cc-lookon')).toBeNull();
    expect([...panel.querySelectorAll('[data-group="unknown"] [data-rule]')].map((e) => e.getAttribute('data-status'))).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
});

describe('a waiting item', () => {
  it('keeps data-status="met", adds data-waiting, and sits apart from done, out of the musts met', () => {
    const panel = show(state());
    const letter = panel.querySelector('[data-rule="closure-letter"]')!;
    expect([letter.getAttribute('data-status'), letter.getAttribute('data-waiting'), letter.closest('[data-group]')!.getAttribute('data-group')]).toEqual(['met', 'true', 'waiting']);
    expect(letter.querySelector('.cc-status-word')!.textContent).toBe('Waiting');
    expect(letter.querySelector('.cc-due')!.textContent).toBe('Due 7 Dec 2026');
    // Evidence on another page links to it by the system's own address (a framed form opens inside its page).
    expect(letter.querySelector('.cc-evidence a')!.getAttribute('href')).toBe('http://host/closure-form');
    expect(panel.querySelector('[data-rule="family-informed"]')!.getAttribute('data-waiting')).toBeNull();
    expect(panel.querySelector('.cc-summary')!.textContent).toBe('1 of 6 musts met · 5 to check · 1 waiting');
  });
});

describe('what is shown on request', () => {
  const flush = () => new Promise((r) => setTimeout(r));

  it('makes an item’s guidance only once it is opened, from the parts loaded then, and says so to assistive technology', async () => {
    // What the service worker does on the request (entrypoints/background/overlay-start.ts): the parts' script, injected.
    fakeBrowser.runtime.onMessage.addListener(() => {
      (globalThis as unknown as Record<string, unknown>)[PART_SETS.panel] = panelParts;
      return Promise.resolve({ ok: true });
    });
    const withGuidance = VERDICTS.map((v) => (v.rule === 'closure-reason' ? { ...v, statement: 'A reason is recorded.', sources: [{ source: 'A', section: '2. Reasons', quote: 'The reason for closure is a required field.' }] } : v)) as EvaluatedRule[];
    const panel = show(state({ result: { packId: 'derbyshire-practice-matters', verdicts: withGuidance, summary: summarise(withGuidance) } }));
    const guidance = panel.querySelector('[data-rule="closure-reason"] .cc-guidance')!;
    const button = guidance.querySelector('button.cc-disclosure') as HTMLButtonElement;
    expect([button.getAttribute('aria-expanded'), button.hasAttribute('aria-controls'), guidance.textContent]).toEqual(['false', false, 'Guidance for closure-reason']);
    button.click();
    await vi.waitFor(() => expect(guidance.querySelector('footer')).not.toBeNull());
    const region = [...guidance.querySelectorAll('[id]')].find((e) => e.id === button.getAttribute('aria-controls'))!;
    expect([button.getAttribute('aria-expanded'), region.hasAttribute('hidden'), region.textContent]).toEqual(['true', false, 'A reason is recorded.“The reason for closure is a required field.”' + region.querySelector('footer')!.textContent]);
    button.click();
    await flush();
    expect([button.getAttribute('aria-expanded'), guidance.querySelector('.cc-disclosed')]).toEqual(['false', null]);
  });

  it('keeps a folded group’s items on the page, hidden, each with its data-rule and data-status', async () => {
    const na = [...VERDICTS, verdict('step-down-recorded', { status: 'n/a', message: 'Not a step-down.' })];
    const panel = show(state({ result: { packId: 'derbyshire-practice-matters', verdicts: na, summary: summarise(na) } }));
    const group = panel.querySelector('[data-group="n/a"]')!;
    const item = group.querySelector('[data-rule="step-down-recorded"]')!;
    expect([item.getAttribute('data-status'), item.closest('[hidden]') !== null]).toEqual(['n/a', true]);
    (group.querySelector('button.cc-disclosure') as HTMLButtonElement).click();
    await flush();
    expect(item.closest('[hidden]')).toBeNull();
  });
});

describe('the pack choice', () => {
  it('is for this case, its default named', () => {
    const select = show(state()).querySelector('select[name=pack]') as HTMLSelectElement;
    expect(select.disabled).toBe(false);
    expect(select.options[0]!.textContent).toBe('Default: Practice Matters: Case closure (B)');
    expect(show(state()).querySelector('.cc-pack label')!.textContent).toBe('Policy pack for this case');
  });

  it('is read-only, “Set by your organisation”, when policy sets the pack', () => {
    const panel = show(state({ packLocked: true, packId: 'nct-good-practice' }));
    const select = panel.querySelector('select[name=pack]') as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(select.value).toBe('nct-good-practice');
    expect(panel.querySelector(`#${select.getAttribute('aria-describedby')}`)!.textContent).toBe('Set by your organisation.');
  });
});

describe('the panel’s width', () => {
  it('narrows by default on small screens, and keeps a choice within bounds', () => {
    expect(shownWidth(undefined, 1400)).toBe(380);
    expect(shownWidth(undefined, 1024)).toBe(307);
    expect(shownWidth(undefined, 800)).toBe(MIN_WIDTH);
    expect(shownWidth(500, 1400)).toBe(500);
    expect(shownWidth(2000, 1024)).toBe(maxWidth(1024));
    expect(shownWidth(100, 1024)).toBe(MIN_WIDTH);
  });
});
