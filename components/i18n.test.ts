// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../public/_locales/en_GB/messages.json';
import { pageMessages } from '../entrypoints/background/page-messages';
import { fillMessage, receiveMessages, t, WITHOUT_API, type KeyWithPlaceholders, type LocaleMessage, type MessageKey } from './i18n';
import { readabilityReport } from '../drafting/readability';
import { Overlay } from './Overlay';
import { Readability } from './Readability';
import { statusInWords, summaryInWords } from './words';

const MESSAGES: Record<string, LocaleMessage> = messages;
const root = join(__dirname, '..');
const componentFiles = readdirSync(join(root, 'components'))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(root, 'components', f), 'utf8') }));

/** The string literals in each `t(...)`'s first argument: `t('key'` and `t(cond ? 'a' : 'b'`. */
function keysUsedByT(source: string): string[] {
  const keys: string[] = [];
  for (const call of source.matchAll(/(?<![\w.$])t\(/g)) {
    let depth = 0;
    let end = call.index + call[0].length;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    const first = source.slice(call.index + call[0].length, end);
    // A key is a literal at the start or in a branch of a condition, not one compared against.
    for (const literal of first.matchAll(/(?:^|[?:])\s*(?:'([^'\n]*)'|"([^"\n]*)")/g)) keys.push(literal[1] ?? literal[2]!);
  }
  return keys;
}

const placeholdersIn = (message: string) => new Set([...message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));

describe('UI strings in _locales/en_GB/messages.json', () => {
  it('has every key the components ask t() for', () => {
    const used = componentFiles.flatMap(({ file, text }) => keysUsedByT(text).map((key) => ({ file, key })));
    // The scan itself works: it finds the plain and the conditional forms.
    expect(used.map((u) => u.key)).toEqual(expect.arrayContaining(['panelHeading', 'summaryToDo', 'overdueByOneDay', 'overdueByDays', 'ageUnder8', 'age13AndOver']));
    expect(used.filter(({ key }) => !(key in MESSAGES))).toEqual([]);
  });

  it('uses every message: in a component or in the manifest', () => {
    const manifest = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const sources = componentFiles.map((f) => f.text).join('\n');
    const unused = Object.keys(MESSAGES).filter((key) => !sources.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('describes every message, with a camelCase key and no space at either end', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(key, key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).toBe(entry.message);
      expect(entry.message, key).not.toBe('');
      expect(typeof entry.description, key).toBe('string');
      expect(entry.description.trim().length, key).toBeGreaterThan(3);
    }
  });

  it('declares exactly the placeholders each message uses, each taking one substitution', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const declared = Object.keys(entry.placeholders ?? {});
      expect(new Set(declared.map((n) => n.toLowerCase())), key).toEqual(placeholdersIn(entry.message));
      // $1, $2, … in order, once each: the substitutions array lines up with the placeholders.
      expect(declared.map((n) => entry.placeholders![n]!.content), key).toEqual(declared.map((_, i) => `$${i + 1}`));
      // Any other `$` would be read by the browser as a substitution: write `$$` for a dollar sign.
      expect(entry.message.replace(/\$[a-zA-Z0-9_@]+\$|\$\$/g, ''), key).not.toContain('$');
    }
  });
});

describe('t()', () => {
  afterEach(() => vi.restoreAllMocks());

  it('where the extension has gone from under the page (no i18n API), still says so in words, the locale file’s', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    for (const [key, words] of Object.entries(WITHOUT_API)) {
      expect(t(key as 'didNotWork'), key).toBe(words);
      expect(words, `${key} as in messages.json`).toBe((messages as Record<string, { message: string }>)[key]!.message);
    }
    expect(t('panelHeading'), 'anything else is its key, never a blank').toBe('panelHeading');
  });

  it('fills placeholders as the browser does (the test setup gives the fake browser the locale file)', () => {
    expect(t('summaryToDo', '3')).toBe('3 to do');
    expect(t('summaryToDo', ['0'])).toBe('0 to do');
    expect(t('enterWholeDays', ['1', '365'])).toBe('Enter a whole number of days from 1 to 365.');
    expect(t('importedPack', ['Our pack', t('policyPack')])).toBe('Imported “Our pack”. Choose it under Policy pack to use it.');
    expect(t('confirmedByHand', ['Daniel Frost', '3 Dec 2026 at 14:05', 'Checked with the family by phone'])).toBe('Confirmed by hand by Daniel Frost, 3 Dec 2026 at 14:05: “Checked with the family by phone”');
    // A substitution is put in as it is: its own `$1`, `$$` or `$NAME$` is not read again.
    expect(t('nextStep', '$1 costs $$ per $STEP$')).toBe('Next: $1 costs $$ per $STEP$');
  });

  it('fills placeholders by name in any case, $$ as $, and missing substitutions as nothing', () => {
    const entry: LocaleMessage = { message: '$Who$ paid $AMOUNT$ $$ to $who$ and $OTHER$.', description: 'x', placeholders: { WHO: { content: '$1' }, amount: { content: '$2' }, other: { content: '$3' } } };
    expect(fillMessage(entry, ['Ann', '5'])).toBe('Ann paid 5 $ to Ann and .');
  });

  it('is typed: a key not in messages.json, or a message without its substitutions, does not compile', () => {
    // @ts-expect-error: a typo in a key
    expect(t('panelHeadng')).toBe('panelHeadng');
    // @ts-expect-error: summaryToDo needs its count
    expect(t('summaryToDo')).toBe(' to do');
  });

  it('reads through the browser i18n API when there is one', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `[${key}:${String(subs)}]`);
    expect(t('summaryToDo', '4')).toBe('[summaryToDo:4]');
    expect(getMessage).toHaveBeenCalledWith('summaryToDo', '4');
    // An empty answer (a key this locale lacks) is never shown as a blank label.
    getMessage.mockReturnValue('');
    expect(t('groupDone')).toBe('groupDone');
  });
});

describe('t() with the messages the service worker handed over', () => {
  afterEach(() => {
    receiveMessages({});
    vi.restoreAllMocks();
  });

  it('says every message as the browser would, substitutions put in as they are, without asking the browser', () => {
    const all = messages as Record<string, LocaleMessage>;
    const handed = pageMessages();
    expect(Object.keys(handed).sort()).toEqual(Object.keys(all).sort());
    receiveMessages(handed);
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const subs = ['Ann $1', '$$5', '$NAME$', '4', '5', '6', '7', '8', '9'];
    for (const [key, entry] of Object.entries(all)) {
      const said = entry.placeholders ? t(key as KeyWithPlaceholders, subs) : t(key as Exclude<MessageKey, KeyWithPlaceholders>);
      expect(said, key).toBe(fillMessage(entry, entry.placeholders ? subs : []));
    }
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('marks the places of substitutions with a character no message has', () => {
    for (const [key, entry] of Object.entries(messages as Record<string, LocaleMessage>)) expect(entry.message, key).not.toContain('\uE000');
  });
});

describe('the overlay in its strings', () => {
  const props = {
    system: 'mosaic' as const,
    caseKey: 'mosaic:123',
    personId: '123',
    currentPage: 'summary' as const,
    state: null,
    disconnected: true,
    problem: '',
    pageUrl: () => null,
    onCollapse: () => {},
    onPack: () => {},
    onConfirm: () => {},
    onDraft: () => {},
    insertTarget: null,
    focusRequest: 0,
    width: 380,
    maxWidth: 700,
    onResize: () => {},
    pageTitle: (page: string) => page,
    framedIn: () => undefined,
    loadReport: () => Promise.resolve([]),
    mapping: null,
  };

  it('reads as it did before the strings moved, spaces and all', () => {
    const host = document.createElement('div');
    render(h(Overlay, { ...props, collapsed: false }), host);
    const panel = host.querySelector('.cc-panel')!;
    expect(panel.getAttribute('aria-label')).toBe('Closure Companion: closure readiness');
    expect(host.querySelector('.cc-collapse')!.textContent).toBe('Hide the closure checklist');
    expect(host.querySelector('.cc-case')!.textContent).toBe('Person ID 123');
    expect(host.querySelector('.cc-summary')!.textContent).toBe('Reading the case…');
    expect(host.querySelector('.cc-alert')!.textContent).toBe('The extension was updated or restarted. Reload this page to see the checklist again.');
    render(h(Overlay, { ...props, collapsed: true }), host);
    const tab = host.querySelector('.cc-tab')!;
    // Named by its own words first, then what it does (WCAG 2.5.3): no aria-label to hide them.
    expect(tab.getAttribute('aria-label')).toBeNull();
    expect(tab.textContent).toBe('Closure …, show the closure checklist');
    render(null, host);
  });
});

describe('the summary, statuses and plain-English figures in their strings', () => {
  it('read as they did before the strings moved', () => {
    const summary = { mustsMet: 8, mustsApplicable: 12, shouldsMet: 0, shouldsApplicable: 0, done: 8, waiting: 1, toDo: 1, toCheck: 3, notApplicable: 0, overdue: 1 };
    expect(summaryInWords(summary)).toBe('8 of 12 musts met · 1 to do · 3 to check · 1 waiting · 1 overdue');
    expect(summaryInWords({ ...summary, toDo: 0, toCheck: 0, waiting: 0, overdue: 0 })).toBe('8 of 12 musts met');
    expect((['met', 'unmet', 'unknown', 'n/a'] as const).map(statusInWords)).toEqual(['Done', 'To do', 'To check', 'Not applicable']);

    const host = document.createElement('div');
    render(h(Readability, { report: readabilityReport('The LAC review is done. Call 07700 900123.', 'family') }), host);
    const figure = (m: string) => host.querySelector(`[data-measure="${m}"]`)!.textContent;
    expect(host.querySelector('h2')!.textContent).toBe('Plain English');
    expect(figure('flesch')).toMatch(/^[✓!] -?[\d.]+ \(aim for \d+ or more\)$/);
    expect(figure('sentence-length')).toMatch(/^[✓!] [\d.]+ words \(aim for \d+ or fewer\)$/);
    expect(figure('jargon')).toMatch(/^! “LAC”: try “.+”$/);
    expect(figure('third-party')).toMatch(/^! “07700 900123”: .+$/);
    render(h(Readability, { report: readabilityReport('', 'child') }), host);
    expect(figure('flesch')).toBe('! no text yet');
    expect(figure('jargon')).toBe('✓ none found');
    render(null, host);
  });
});
