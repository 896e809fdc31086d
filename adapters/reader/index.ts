/**
 * The one generic reader: a page of any host system, read with that system's profile into a
 * PageReading. Never throws: what it cannot find stays unknown, with a warning and a line of the
 * reading report saying what it looked for.
 */
import type { PageReading } from '../../record/schema';
import type { Profile } from '../profiles/merge';
import { detectPage } from './detect';
import { readChronology } from './facts/chronology';
import { readClosureFields } from './facts/closure';
import { readDocuments } from './facts/documents';
import { readSiblings } from './facts/family';
import { readInvolvements } from './facts/involvements';
import { readCaseNotes } from './facts/notes';
import { readChildAge, readChildName } from './facts/person';
import { readRelationships } from './facts/relationships';
import { readRecordStatus } from './facts/status';
import { readWorkItems } from './facts/work';
import { PageReader, type ReportLine } from './page-reader';
import { runToEnd, type Steps } from './steps';
import { valueOf } from './pairs';
import { matches } from '../profiles/words';
import { clean } from './text';

export type { ReportLine };

/** A reading, with the report of what the profile expected on this page and what became of it. */
export interface ReadResult {
  reading: PageReading;
  report: ReportLine[];
}

function* readFacts(r: PageReader): Steps<void> {
  const facts = r.profile.pages[r.page]?.facts ?? {};
  yield* r.readLists();
  if (facts.childName) readChildName(r, facts.childName);
  if (facts.childAge) readChildAge(r, facts.childAge);
  // Unknown when the page lists the involvements but they could not be read: the work list then
  // cannot tell a co-working team's closure record by its team's name.
  const involvements = facts.involvements ? (readInvolvements(r, facts.involvements) ?? 'unknown') : [];
  if (facts.relationships) readRelationships(r, facts.relationships);
  if (facts.siblingsOpen) readSiblings(r, facts.siblingsOpen);
  if (facts.workItems) readWorkItems(r, facts.workItems, involvements);
  if (facts.caseNotes) yield* readCaseNotes(r, facts.caseNotes);
  if (facts.chronologyStatus || facts.chronologyLastUpdated || facts.chronologyEntries) yield* readChronology(r, facts);
  if (facts.documents) readDocuments(r, facts.documents);
  // A record's own page: its status first; a record never started has no fields to read.
  let started = true;
  if (facts.closureStatus && !facts.closureStatus.fromList) started = readRecordStatus(r, 'closureStatus', facts.closureStatus);
  if (facts.coTeamClosureStatus && !facts.coTeamClosureStatus.fromList) started = readRecordStatus(r, 'coTeamClosureStatus', facts.coTeamClosureStatus) && started;
  if (started) readClosureFields(r, facts);
}

/**
 * The signed-in user's name where the page shows it (for "confirmed by"); never a case fact. Looked
 * for among the label pairs of a page whose facts are read by label (a summary, a form), which every
 * case has: the service worker keeps the name for the case. A page of lists only is not searched
 * whole for it: on a page of 5,000 notes that search was 8 ms of the page's main thread, every read.
 */
function signedInUser(r: PageReader): string | undefined {
  const pair = r.pairsIfRead?.find((p) => matches(p.label, r.profile.signedInUser));
  const name = pair && clean(String(valueOf(pair)));
  return name ? name.slice(0, 100) : undefined;
}

/** Reads the page with the profile, in steps (the page must be one of its system's: see detectPage). */
export function* readInSteps(profile: Profile, doc: Document, url: URL, seenAt: string): Steps<ReadResult> {
  const found = detectPage(profile, doc, url);
  const page = found?.page ?? Object.keys(profile.pages)[0]!;
  const r = new PageReader(profile, doc, page, url.href, seenAt, Boolean(profile.pages[page]?.framedIn));
  let user: string | undefined;
  try {
    if (!found) r.warnings.push(`${profile.system}: not one of its case pages`);
    else {
      yield* readFacts(r);
      user = signedInUser(r);
    }
  } catch (error) {
    // The reader never throws: what it could not read stays unknown.
    r.warnings.push(`${profile.system}: stopped reading: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (r.warnings.length) console.warn(`Closure Companion (${profile.name}): ${r.warnings.join('; ')}`);
  const reading: PageReading = { system: profile.system, personId: found?.personId ?? '', page, url: url.href, seenAt, facts: r.facts as PageReading['facts'], warnings: r.warnings, ...(user ? { user } : {}) };
  return { reading, report: r.report };
}

/** Reads the page with the profile, at once. */
export const readWith = (profile: Profile, doc: Document, url: URL, seenAt: string): ReadResult => runToEnd(readInSteps(profile, doc, url, seenAt));
