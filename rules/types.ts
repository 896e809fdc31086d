/**
 * What a rule is (data plus one pure evaluate function) and what it answers.
 * rules/ imports only the record model: no DOM, no browser, no storage, no clock.
 */
import type { CaseRecord, FactKey, InvolvementKind, PageKind, Source } from '../record/schema';

export const STATUSES = ['met', 'unmet', 'unknown', 'n/a'] as const;
export type Status = (typeof STATUSES)[number];
export type Level = 'must' | 'should';

/** A source in the practice documents: seed file, section and a short quote. */
export interface Citation {
  /** Source letter of closure-rules.md (A–E), or 'DfE' for the national census guide. */
  source: 'A' | 'B' | 'C' | 'D' | 'E' | 'DfE';
  section: string;
  quote: string;
}

/** A numeric parameter a pack may set, with its bounds. */
export interface ParamSpec {
  default: number;
  min: number;
  max: number;
  /** 'yes/no' parameters are 0 (no) or 1 (yes): a switch a pack can set, such as pack E's NFA exemption. */
  unit: 'days' | 'words' | 'yes/no';
  label: string;
}

export interface RuleContext {
  /** ISO date of the check: an input, never read from a clock inside a rule. */
  today: string;
  /** The pack's parameters for this rule (defaults filled in): a rule never asks which pack it is in. */
  params: Record<string, number>;
}

/** One fact a verdict rests on, with where it was seen. */
export interface Evidence {
  fact: FactKey;
  /** What was seen, in words: "last updated 12 Nov 2026". */
  text: string;
  source: Source;
}

export interface Verdict {
  status: Exclude<Status, never>;
  /** One line in plain words: what was found. */
  message: string;
  evidence: Evidence[];
  /** What to do next, when not met. */
  next?: string;
  /** For timescale rules: the ISO due date. */
  due?: string;
  /** Days past due, for overdue items. */
  overdueDays?: number;
  /** For unknown: the facts still needed and the page kind that shows each. */
  missing?: { fact: FactKey; lookOn: PageKind }[];
  /**
   * For unknown: words the pages showed that the host profile does not know (a note type, a pick-list
   * option), so the verdict cannot be told. The cure is a council profile, not another page.
   */
  unrecognised?: { fact: FactKey; words: string[] }[];
  /**
   * For met: on time but not finished (a letter requested and not yet due). The catalogue reads
   * it as met; the panel shows it as Waiting, with `due`, and never counts it as done.
   */
  waiting?: boolean;
}

export interface Rule {
  id: string;
  /** A short title; `{name}` stands for the pack's value of parameter `name` ("within {days} days"). */
  title: string;
  /** The requirement, in plain words; `{name}` placeholders as in the title. */
  statement: string;
  /** Why it matters to the child and family, for the guidance panel. */
  why: string;
  level: Level;
  /** Case kinds it applies to; 'all' when it applies to every case. The engine checks this before `evaluate`. */
  appliesTo: readonly InvolvementKind[] | 'all';
  sources: readonly Citation[];
  params?: Record<string, ParamSpec>;
  evaluate(record: CaseRecord, context: RuleContext): Verdict;
}

/** A met verdict that says it is on time but not finished: shown as Waiting, never counted as done. */
export const isWaiting = (verdict: Pick<Verdict, 'status' | 'waiting'>): boolean => verdict.status === 'met' && verdict.waiting === true;
