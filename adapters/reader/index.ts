/**
 * The one generic reader: a page of any host system, read with that system's profile into a
 * PageReading. Never throws: what it cannot find stays unknown, with a warning and a line of the
 * reading report saying what it looked for.
 */
import type { FactKey, PageReading } from '../../record/schema';
import type { Profile } from '../profiles/merge';
import { detectPage } from './detect';
import { readerOf, type FactReaders } from './fact-readers';
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

function* readFacts(r: PageReader, readers: Partial<FactReaders>): Steps<void> {
  const facts = r.profile.pages[r.page]?.facts ?? {};
  // A page whose profile changed under it (a council's import, a field mapped in administrator mode)
  // may expect a fact the script it was given has no reader for: unknown until the page is loaded again.
  for (const key of Object.keys(facts) as FactKey[]) {
    if (facts[key] && !readers[readerOf(key, facts)]) r.miss(key, 'unreadable', `"${key}" is not read by the script this page was given: load the page again`);
  }
  yield* r.readLists();
  if (facts.childName) readers.childName?.(r, facts.childName);
  if (facts.childAge) readers.childAge?.(r, facts.childAge);
  // Unknown when the page lists the involvements but they could not be read: the work list then
  // cannot tell a co-working team's closure record by its team's name.
  const involvements = facts.involvements ? ((readers.involvements && (yield* readers.involvements(r, facts.involvements))) ?? 'unknown') : [];
  if (facts.relationships && readers.relationships) yield* readers.relationships(r, facts.relationships);
  if (facts.siblingsOpen) readers.siblingsOpen?.(r, facts.siblingsOpen);
  if (facts.workItems && readers.workItems) yield* readers.workItems(r, facts.workItems, involvements);
  if (facts.caseNotes && readers.caseNotes) yield* readers.caseNotes(r, facts.caseNotes);
  if ((facts.chronologyStatus || facts.chronologyLastUpdated || facts.chronologyEntries) && readers.chronology) yield* readers.chronology(r, facts);
  if (facts.documents && readers.documents) yield* readers.documents(r, facts.documents);
  // A record's own page: its status first; a record never started has no fields to read.
  let started = true;
  if (facts.closureStatus && !facts.closureStatus.fromList && readers.recordStatus) started = readers.recordStatus(r, 'closureStatus', facts.closureStatus);
  if (facts.coTeamClosureStatus && !facts.coTeamClosureStatus.fromList && readers.recordStatus) started = readers.recordStatus(r, 'coTeamClosureStatus', facts.coTeamClosureStatus) && started;
  if (started && readers.closureFields) yield* readers.closureFields(r, facts);
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
export function* readInSteps(profile: Profile, doc: Document, url: URL, seenAt: string, readers: Partial<FactReaders>): Steps<ReadResult> {
  const found = detectPage(profile, doc, url);
  const page = found?.page ?? Object.keys(profile.pages)[0]!;
  const r = new PageReader(profile, doc, page, url.href, seenAt, Boolean(profile.pages[page]?.framedIn));
  let user: string | undefined;
  try {
    if (!found) r.warnings.push(`${profile.system}: not one of its case pages`);
    else {
      yield* readFacts(r, readers);
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
export const readWith = (profile: Profile, doc: Document, url: URL, seenAt: string, readers: Partial<FactReaders>): ReadResult => runToEnd(readInSteps(profile, doc, url, seenAt, readers));
