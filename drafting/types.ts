/**
 * What a closure document is made of: who each part is written for, its sections (the
 * guidance's question, its source, a first draft from known facts) and how the parts join
 * into one text. Pure data: the drafting modules fill it, the drafting view shows it.
 */
import type { CaseRecord, FactKey, FactValue, PageKind, Source } from '../record/schema';
import type { EvaluatedRule } from '../rules/engine';
import type { Citation } from '../rules/types';

export const DOCUMENT_IDS = ['closing-summary', 'manager-oversight', 'professional-letter', 'letter-request', 'safety-plan'] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** Who a part of a document is written for. */
export type Audience = 'record' | 'family' | 'child' | 'manager' | 'professional' | 'business-support' | 'professionals' | 'parents';
export type AgeBand = 'under-8' | '8-12' | '13+';

export type Relationship = FactValue<'relationships'>[number];

/** A child of the case: the case's own child or an open sibling. */
export interface Child {
  /** The child's person id where the page gives one. */
  id: string | null;
  name: string | null;
  age: number | null;
}

/** Everything a document is drafted from. No clock and no page: `today` and the page names are inputs. */
export interface DraftInput {
  record: CaseRecord;
  /** The verdicts of the pack in force, in its order. */
  verdicts: readonly EvaluatedRule[];
  packId: string;
  /** Items confirmed by hand, by rule id: never evidence. */
  confirmations: Readonly<Record<string, { reason: string; at: string }>>;
  today: string;
  /** The name of a page kind as the practitioner knows it. */
  pageTitle: (page: PageKind) => string;
}

/** One part of a document: a version of it, or the person it is written for. */
export interface Part {
  /**
   * Stable across visits ('record', 'family', 'child:<id>', 'professional:<name>', …). It can
   * hold a name, so it is never stored in plain text.
   */
  key: string;
  audience: Audience;
  /** How the practitioner picks it: "Letter to the family", "Sanjay Mehta, Designated safeguarding lead". */
  label: string;
  child?: Child;
  professional?: Relationship;
}

/** A fact the text uses, with where it was seen. */
export interface FactUsed {
  fact: FactKey;
  source: Source;
}

export interface DraftSection {
  id: string;
  title: string;
  /** The question the guidance asks of this part. */
  prompt: string;
  source: Citation;
  /** The first draft: known facts only; what is not known is said in [brackets]. */
  text: string;
  facts: FactUsed[];
  /** Facts not seen yet, and the page that shows them. */
  notKnown: { fact: FactKey; page: string }[];
  /** What the record says that the writer should weigh, without it being put in their mouth. */
  consider: { label: string; text: string; source: Source | null }[];
}

/** Where the practitioner will put the text: the copy message says so. */
export type PasteInto = 'case-note' | 'letter' | 'email' | 'safety-plan' | 'oversight-note';

export interface DraftDocument {
  document: DocumentId;
  part: Part;
  /** The document's name ("Closing summary"). */
  title: string;
  /** Records and notes keep their section titles; letters and plans addressed to people read as prose. */
  layout: 'headed' | 'letter';
  pasteInto: PasteInto;
  /** Addressed to a family or a child: the plain-English checks apply, to this target. */
  plainEnglish: 'family' | 'child' | null;
  band: AgeBand | null;
  /** A line at the top of the printed copy (the case it is about), or none for a letter. */
  printHeading: string | null;
  sections: DraftSection[];
}
