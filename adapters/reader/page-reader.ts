/**
 * What one page reading collects: the facts read (each with where it was seen), warnings for what
 * was expected and not found, and the reading report's lines (which label each fact came from, which
 * words of the profile found nothing), with the page's label pairs and lists read once.
 */
import type { FactKey, KnownFact, PageKind, Source } from '../../record/schema';
import type { Profile } from '../profiles/merge';
import type { Words } from '../profiles/schema';
import { containsPhrase, matches } from '../profiles/words';
import { parseDate } from './dates';
import { listsOn, listsOnInSteps, type List } from './lists';
import { isTickBox, labelledValues, valueOf, type LabelledValue } from './pairs';
import type { Steps } from './steps';
import { clean, followedByContent, selectorFor, withClass } from './text';

/** One line of the reading report: a fact the profile expects on this page, and what became of it. */
export interface ReportLine {
  fact: FactKey;
  /** read: found and understood; missing: no label/list matched; ambiguous: several did; unreadable: found, value not understood. */
  outcome: 'read' | 'missing' | 'ambiguous' | 'unreadable';
  /** The page's own words it was read from (a label, a list's headers), never a case value. */
  from?: string;
  /** What it looked for and did not find, or why it could not use what it found. */
  detail?: string;
}

export class PageReader {
  readonly facts: Partial<Record<FactKey, KnownFact<unknown>>> = {};
  readonly warnings: string[] = [];
  readonly report: ReportLine[] = [];
  private pairsCache: LabelledValue[] | undefined;
  private listsCache: List[] | undefined;
  private classedCache: Element[] | undefined;
  readonly labelClasses: ReadonlySet<string>;
  readonly headingClasses: ReadonlySet<string>;

  constructor(
    readonly profile: Profile,
    readonly doc: Document,
    readonly page: PageKind,
    readonly url: string,
    readonly seenAt: string,
    private readonly framed: boolean,
  ) {
    this.labelClasses = new Set((profile.labelClasses ?? []).map((c) => c.toLowerCase()));
    this.headingClasses = new Set((profile.headingClasses ?? []).map((c) => c.toLowerCase()));
  }

  /** The page's elements of any class the profile names, found once for its labels and its headings. */
  private get classed(): Element[] {
    return (this.classedCache ??= withClass(this.doc, new Set([...this.labelClasses, ...this.headingClasses])));
  }

  get pairs(): LabelledValue[] {
    return (this.pairsCache ??= labelledValues(this.doc, this.labelClasses, this.classed));
  }

  /** The label pairs, if a fact has asked for them (undefined otherwise: not searched for). */
  get pairsIfRead(): readonly LabelledValue[] | undefined {
    return this.pairsCache;
  }

  get lists(): List[] {
    return (this.listsCache ??= listsOn(this.doc, this.headingClasses, this.classed));
  }

  /** Reads the page's lists ahead of the facts that need them, pausing in long ones (and after the search for the profile's classes, a step of its own). */
  *readLists(): Steps<void> {
    if (this.listsCache) return;
    const classed = this.classed;
    yield;
    this.listsCache = yield* listsOnInSteps(this.doc, this.headingClasses, classed);
  }

  get vocabulary() {
    return this.profile.vocabulary;
  }

  /** The day of the reading (ages are worked out on it). */
  get today(): string {
    return this.seenAt.slice(0, 10);
  }

  source(label: string, element?: Element): Source {
    return { page: this.page, url: this.url, label, seenAt: this.seenAt, ...(element ? { selector: selectorFor(element) } : {}), ...(this.framed ? { frame: true } : {}) };
  }

  set(key: FactKey, value: unknown, label: string, element?: Element): void {
    this.facts[key] = { known: true, value, source: this.source(label, element) };
    if (!this.report.some((l) => l.fact === key && l.outcome === 'read')) this.report.push({ fact: key, outcome: 'read', from: label });
  }

  /** Something expected was not found or not understood: the fact stays unknown, and the report says why. */
  miss(key: FactKey, outcome: Exclude<ReportLine['outcome'], 'read'>, detail: string): void {
    this.warnings.push(`${this.profile.system}: ${detail} on ${this.page}`);
    this.report.push({ fact: key, outcome, detail });
  }

  /** Text the page shows in place of a value ("—", "Not recorded") is empty. */
  emptyToNull(text: string): string | null {
    const t = clean(text);
    return t === '' || matches(t, this.vocabulary.empty) ? null : t;
  }

  /** A date in the system's formats; null when empty; undefined when it holds none it can trust. */
  date(text: string): string | null | undefined {
    const t = this.emptyToNull(text);
    return t === null ? null : parseDate(t, this.profile.dates);
  }

  /**
   * The one labelled value whose label is one of `label` (and none of `not`), of the kind asked:
   * a tick box or anything else. Unknown (reported) when absent, ambiguous, or at the end of a page
   * cut short.
   */
  field(key: FactKey, spec: { label: Words; not?: Words }, name: string, kind: 'text' | 'check' = 'text'): LabelledValue | undefined {
    const hits = this.pairs.filter((p) => matches(p.label, spec.label) && !matches(p.label, spec.not) && (kind === 'check') === isTickBox(p.control));
    const distinct = hits.filter((p, i) => hits.findIndex((q) => q.element === p.element) === i);
    if (distinct.length === 1 && !followedByContent(distinct[0]!.element)) {
      this.miss(key, 'unreadable', `the page ends inside "${name}" (cut short?)`);
      return undefined;
    }
    // A chosen answer without words ("" would read as not answered): what was chosen is unknown.
    if (distinct.length === 1 && distinct[0]!.radios?.some((b) => b.box.checked && !b.label)) {
      this.miss(key, 'unreadable', `the answer chosen for "${name}" has no words`);
      return undefined;
    }
    if (distinct.length === 1) return distinct[0];
    if (distinct.length === 0) this.miss(key, 'missing', `no "${name}" field (looked for ${quoted(spec.label)})`);
    else this.miss(key, 'ambiguous', `${distinct.length} fields look like "${name}": ${distinct.map((p) => `"${p.label}"`).join(', ')}`);
    return undefined;
  }

  /** A field's value as text, empty as null. */
  text(pair: LabelledValue): string | null {
    const value = valueOf(pair);
    return typeof value === 'string' ? this.emptyToNull(value) : null;
  }

  /** The words on the page that the profile says mean "not there" (a page saying none was started). */
  says(phrases: Words | undefined): boolean {
    if (!phrases?.length) return false;
    const body = this.doc.body?.textContent ?? '';
    return phrases.some((p) => containsPhrase(body, p));
  }
}

export const quoted = (words: Words) => words.slice(0, 4).map((w) => `"${w}"`).join(', ') + (words.length > 4 ? ' …' : '');
