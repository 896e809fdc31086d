/**
 * Small helpers every rule uses: reading facts, naming what is missing, and the
 * shapes of the four answers. Pure: no DOM, no storage, no clock.
 */
import type { CaseRecord, FactKey, FactValue, InvolvementKind, KnownFact } from '../../record/schema';
import { formatDate } from '../../record/dates';
import type { Evidence, Verdict } from '../types';

/** The fact if the pages have shown it. */
export function fact<K extends FactKey>(record: CaseRecord, key: K): KnownFact<FactValue<K>> | undefined {
  const f = record.facts[key];
  return f.known ? (f as KnownFact<FactValue<K>>) : undefined;
}

/**
 * Evidence from a known fact, in words. `row`: the one item of a list the words are about (a note, a
 * relationship), so "Show me" outlines that row rather than the whole list.
 */
export function evidence(record: CaseRecord, key: FactKey, text: string, row?: { selector?: string }): Evidence {
  const f = record.facts[key];
  if (!f.known) throw new Error(`evidence from unknown fact ${key}`);
  return { fact: key, text, source: row?.selector ? { ...f.source, selector: row.selector } : f.source };
}

/** The one item a list's evidence is about, when it is about one (for its row); undefined for several or none. */
export const only = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

export function met(message: string, evidenceSeen: Evidence[], extra: Partial<Verdict> = {}): Verdict {
  // A rule never answers met without evidence it saw.
  if (evidenceSeen.length === 0) throw new Error('met without evidence');
  return { status: 'met', message, evidence: evidenceSeen, ...extra };
}

export function unmet(message: string, evidenceSeen: Evidence[], next: string, extra: Partial<Verdict> = {}): Verdict {
  return { status: 'unmet', message, evidence: evidenceSeen, next, ...extra };
}

export function notApplicable(message: string, evidenceSeen: Evidence[] = []): Verdict {
  return { status: 'n/a', message, evidence: evidenceSeen };
}

/**
 * Unknown: the facts not seen yet, and the pages that would show them. The page to open is named
 * by the overlay from `missing` (page titles belong to the host profile, not to rules).
 */
export function unknown(record: CaseRecord, keys: FactKey[], what: string, evidenceSeen: Evidence[] = []): Verdict {
  const missing = keys.flatMap((fact) => {
    const f = record.facts[fact];
    return f.known ? [] : [{ fact, lookOn: f.lookOn }];
  });
  return { status: 'unknown', message: `Not seen yet: ${what}.`, evidence: evidenceSeen, missing };
}

/** Unknown because the page showed words the host profile does not know: never read as "not done". */
export function notRecognised(fact: FactKey, words: string[], what: string, evidenceSeen: Evidence[] = []): Verdict {
  const unique = [...new Set(words)];
  return {
    status: 'unknown',
    message: `Cannot tell ${what}: the case system says ${unique.map((w) => `“${w}”`).join(', ')}, which this extension’s host profile does not know.`,
    evidence: evidenceSeen,
    unrecognised: [{ fact, words: unique }],
  };
}

/** Unknown facts among `keys`. */
export function unseen(record: CaseRecord, keys: FactKey[]): FactKey[] {
  return keys.filter((k) => !record.facts[k].known);
}

/** Empty as closure-rules.md reading 15 reads it: missing, blank, white space or a placeholder dash. */
export function isEmpty(text: string | null | undefined): boolean {
  return text == null || /^[\s\u2014\u2013-]*$/.test(text);
}

export function day(iso: string): string {
  return formatDate(iso);
}

/** The case kinds of every involvement, or undefined when the involvements are not seen yet. */
export function caseKinds(record: CaseRecord): Set<InvolvementKind> | undefined {
  const f = fact(record, 'involvements');
  return f ? new Set(f.value.map((i) => i.kind)) : undefined;
}

/**
 * Whether a rule for these kinds applies: a verdict (n/a, or unknown while the
 * involvements are unseen) when it does not apply or cannot tell, undefined when it applies.
 * The engine asks this of every rule whose `appliesTo` names kinds.
 */
export function applicability(record: CaseRecord, kinds: readonly InvolvementKind[], what: string): Verdict | undefined {
  const found = caseKinds(record);
  if (!found) return unknown(record, ['involvements'], `the case's involvements, to see whether “${what}” applies`);
  if (kinds.some((k) => found.has(k))) return undefined;
  return notApplicable(`Applies to ${kinds.join(', ').toUpperCase()} cases; this case's involvements are ${[...found].join(', ') || 'none'}.`, [
    evidence(record, 'involvements', `involvements: ${[...found].join(', ') || 'none'}`),
  ]);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
