/**
 * Which of the reader's fact readers a page needs, and which overlay script carries them. A case page
 * is given the smallest overlay script whose readers cover every fact its profile expects there
 * (entrypoints/background/overlay-start.ts): a page of case notes is not made to compile the readers
 * of a closure record's two dozen fields, nor a closure record the readers of lists of thousands.
 * Types and names only: the service worker chooses by these without taking the readers in.
 */
import type { FactKey } from '../../record/kinds';
import type { FactSpecs } from '../profiles/schema';
import type { readChronology } from './facts/chronology';
import type { readClosureFields } from './facts/closure';
import type { readDocuments } from './facts/documents';
import type { readSiblings } from './facts/family';
import type { readInvolvements } from './facts/involvements';
import type { readCaseNotes } from './facts/notes';
import type { readChildAge, readChildName } from './facts/person';
import type { readRelationships } from './facts/relationships';
import type { readRecordStatus } from './facts/status';
import type { readWorkItems } from './facts/work';

/** The fact readers (adapters/reader/facts), by name; an overlay script carries some of them. */
export interface FactReaders {
  childName: typeof readChildName;
  childAge: typeof readChildAge;
  involvements: typeof readInvolvements;
  relationships: typeof readRelationships;
  siblingsOpen: typeof readSiblings;
  /** With the assessment's outcome and the closure records' statuses the work list shows. */
  workItems: typeof readWorkItems;
  caseNotes: typeof readCaseNotes;
  chronology: typeof readChronology;
  documents: typeof readDocuments;
  /** A closure record's own page: its status. */
  recordStatus: typeof readRecordStatus;
  /** Every field of a closure record. */
  closureFields: typeof readClosureFields;
}

export type ReaderName = keyof FactReaders;

/** Facts read by the reader of that name; any fact of a page not listed here is a closure record's field. */
const READ_BY: Partial<Record<FactKey, ReaderName>> = {
  childName: 'childName',
  childAge: 'childAge',
  involvements: 'involvements',
  relationships: 'relationships',
  siblingsOpen: 'siblingsOpen',
  workItems: 'workItems',
  assessmentOutcome: 'workItems',
  caseNotes: 'caseNotes',
  chronologyStatus: 'chronology',
  chronologyLastUpdated: 'chronology',
  chronologyEntries: 'chronology',
  documents: 'documents',
};

/** The reader of one of a page's facts: a closure record's status from the work list, or from the record's own page. */
export function readerOf(key: FactKey, facts: FactSpecs): ReaderName {
  if (key === 'closureStatus' || key === 'coTeamClosureStatus') return facts[key]?.fromList ? 'workItems' : 'recordStatus';
  return READ_BY[key] ?? 'closureFields';
}

/** The readers a page with these facts needs. */
export function readersFor(facts: FactSpecs): Set<ReaderName> {
  return new Set((Object.keys(facts) as FactKey[]).filter((key) => facts[key]).map((key) => readerOf(key, facts)));
}

/**
 * The overlay scripts (entrypoints/overlay*), smallest first, each with the readers it carries; the
 * last carries every one, for any page the others do not cover (a council's profile may put any
 * fact on any page) and for administrator mode, where a field may be mapped to any fact.
 */
export const OVERLAY_SCRIPTS = [
  { file: '/overlay-lists.js', readers: ['caseNotes', 'chronology', 'documents'] },
  { file: '/overlay-record.js', readers: ['recordStatus', 'closureFields'] },
  { file: '/overlay-case.js', readers: ['childName', 'childAge', 'involvements', 'relationships', 'siblingsOpen', 'workItems', 'recordStatus'] },
  { file: '/overlay.js', readers: ['childName', 'childAge', 'involvements', 'relationships', 'siblingsOpen', 'workItems', 'caseNotes', 'chronology', 'documents', 'recordStatus', 'closureFields'] },
] as const satisfies readonly { file: string; readers: readonly ReaderName[] }[];

export type OverlayScript = (typeof OVERLAY_SCRIPTS)[number];

/** The build with every reader (its list is checked to be whole: fact-readers.test.ts). */
export const EVERY_READER_SCRIPT: OverlayScript = OVERLAY_SCRIPTS[3];

/**
 * What the overlay script `file` must be built with: exactly its readers. Each build imports its
 * readers one by one (entrypoints/overlay*), not from ALL_FACT_READERS: a build taking them from
 * there would carry every reader, whichever it used.
 */
export type ReadersOf<F extends OverlayScript['file']> = Pick<FactReaders, Extract<OverlayScript, { file: F }>['readers'][number]>;

/** The smallest overlay script that reads every fact these pages expect (their profiles may differ: two systems can share an address). */
export function overlayScriptFor(pages: readonly FactSpecs[]): OverlayScript {
  const needed = new Set(pages.flatMap((facts) => [...readersFor(facts)]));
  return OVERLAY_SCRIPTS.find((s) => [...needed].every((name) => (s.readers as readonly ReaderName[]).includes(name)))!;
}
