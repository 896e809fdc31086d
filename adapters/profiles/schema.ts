/**
 * The host profile format: everything that is a word or a pattern of one host system — its
 * addresses, the words that mark its pages, the labels, column headers and headings that hold each
 * fact, its status words, note types, roles, agencies, document categories and closure-reason pick
 * list — as a validated data file, read by one generic reader (adapters/reader/). Documented field by
 * field in docs/profiles.md; a test keeps the two in step.
 *
 * A profile is data only: words (matched as adapters/profiles/words.ts says), address templates and
 * class names. No regular expressions, no selectors, no code, no remote address.
 */
import * as z from 'zod/mini';
import { AGENCIES, CENSUS_CODES, ID_PATTERN, NOTE_KINDS } from '../../record/kinds';

/** The current format; a profile names it so a later format can migrate older files. */
export const PROFILE_FORMAT = 1;

const MAX_PHRASE = 200;
const MAX_PHRASES = 300;

// eslint-disable-next-line no-control-regex -- the point is to refuse control characters
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** A word or phrase as the host shows it; "*" stands for any text. */
const phrase = z.string().check(z.minLength(1), z.maxLength(MAX_PHRASE), z.regex(NO_CONTROL, 'no control characters'), z.refine((s) => (s.match(/\*/g) ?? []).length <= 6, 'at most six "*" in a phrase'), z.refine((s) => s.replace(/[*\s]/g, '') !== '', 'a phrase needs some words, not only "*"'));
/** The words of one label, header, heading or status: any one of them matches. */
export const words = z.array(phrase).check(z.maxLength(MAX_PHRASES));
export type Words = z.infer<typeof words>;

const id = z.string().check(z.maxLength(40), z.regex(ID_PATTERN, 'lower-case words joined by hyphens'));
/** An HTML class name, as a word (no dots or brackets: never a selector). */
const className = z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[A-Za-z_][\w-]*$/, 'a class name: letters, digits, "-" and "_"'));

/** Word lists by meaning, e.g. `{ "open": ["Active"], "closed": ["Finished"] }`. */
function wordsOf<const K extends readonly [string, ...string[]]>(keys: K) {
  return z.partialRecord(z.enum(keys), words);
}

// ── Where the pages are ───────────────────────────────────────────────────────────────────────

/**
 * One address of a page kind: a path template ending the address's path ("/person/{id}/summary";
 * councils may host the system under any base path) and query parameters the address must carry
 * ("ClientID": "{id}", "Team": "CoTeam"). `{id}` is the person's id in the system.
 */
const address = z.strictObject({
  path: z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^\/[\w\-./{}]*$/, 'a path starting with "/", of letters, digits, "-", "_", ".", "/" and {id}')),
  query: z.optional(z.record(z.string().check(z.regex(/^\w{1,40}$/, 'a parameter name')), z.string().check(z.maxLength(100), z.regex(NO_CONTROL))))
});
export type Address = z.infer<typeof address>;

/** What marks a loaded page as this system's: any one mark will do. */
const mark = z.strictObject({
  /** Words found in the page's text ("Person ID {id}"), {id} being the person's id. */
  text: z.optional(phrase),
  /** Words of the page's title ("* - Care Assess"). */
  title: z.optional(words),
  /** A label found on the page (a form that has no banner of its own). */
  label: z.optional(words),
  /** The name of a form control the system puts on every page ("__VIEWSTATE"). */
  field: z.optional(z.string().check(z.regex(/^[\w$.-]{1,60}$/, 'a field name'))),
});

// ── How each fact is read ────────────────────────────────────────────────────────────────────

/** One labelled value: the label's words, and words that look alike but are another field. */
const field = z.strictObject({ label: words, not: z.optional(words) });
const optionalField = z.optional(field);

/** A list (a table or a grid) found by its column headers, optionally under a heading. */
function list<const C extends readonly [string, ...string[]]>(columns: C) {
  return z.strictObject({
    /** The heading the list sits under (a card title, a legend, a section heading). */
    heading: z.optional(words),
    columns: z.partialRecord(z.enum(columns), words),
  });
}

const relationshipColumns = ['role', 'name', 'organisation', 'agency', 'start', 'end'] as const;

/** Every fact a page can show, and how: a key per fact of the record (record/schema.ts). */
const facts = z.strictObject({
  childName: z.optional(z.strictObject({ label: z.optional(words), forename: z.optional(words), surname: z.optional(words) })),
  childAge: z.optional(z.strictObject({ age: z.optional(words), dob: z.optional(words) })),
  involvements: z.optional(list(['title', 'team', 'role', 'start', 'end'] as const)),
  relationships: z.optional(
    z.strictObject({
      /** One list, or several (a system with a table for its own staff and another for everyone else). */
      lists: z.array(list(relationshipColumns)).check(z.minLength(1), z.maxLength(5)),
    }),
  ),
  siblingsOpen: z.optional(list(['relationship', 'name', 'id', 'dob', 'open'] as const)),
  workItems: z.optional(
    z.strictObject({
      heading: z.optional(words),
      columns: z.partialRecord(z.enum(['title', 'type', 'status', 'started', 'completed', 'authorisedBy', 'shared', 'outcome'] as const), words),
      /** Values written inside another column's cell after a label ("Shared with family: 12/03/2026"). */
      inCell: z.optional(z.partialRecord(z.enum(['shared', 'outcome'] as const), z.strictObject({ column: z.enum(['title', 'type', 'status'] as const), after: words }))),
    }),
  ),
  assessmentOutcome: z.optional(z.strictObject({ fromList: z.literal('workItems') })),
  /** The closure record's status: from the work list, from a field on its own page, or "not started" words. */
  closureStatus: z.optional(z.strictObject({ fromList: z.optional(z.literal('workItems')), label: z.optional(words), notStarted: z.optional(words) })),
  coTeamClosureStatus: z.optional(z.strictObject({ fromList: z.optional(z.literal('workItems')), label: z.optional(words), notStarted: z.optional(words) })),
  caseNotes: z.optional(list(['date', 'type', 'subject', 'author', 'status'] as const)),
  chronologyStatus: z.optional(z.strictObject({ label: words, none: z.optional(words) })),
  chronologyLastUpdated: optionalField,
  chronologyEntries: z.optional(list(['date', 'event', 'source'] as const)),
  documents: z.optional(list(['title', 'category', 'date'] as const)),
  decisionDate: optionalField,
  closureReason: optionalField,
  closingSummary: optionalField,
  reasonForInvolvement: optionalField,
  whatChanged: optionalField,
  riskAndCapacity: optionalField,
  nextSteps: optionalField,
  childViews: optionalField,
  parentViews: optionalField,
  stepDownTo: optionalField,
  actionsForOthers: optionalField,
  familyInformed: optionalField,
  childInformed: z.optional(
    z.strictObject({
      date: field,
      /** Why the child was not told; where the system has no question or tick box of its own, a reason given says "not appropriate". */
      reason: field,
      /** A tick box "not appropriate to inform", or a question whose answer (in `answers`) says so. */
      notAppropriate: z.optional(z.strictObject({ label: words, not: z.optional(words), answers: z.optional(words) })),
    }),
  ),
  professionalsInformed: z.optional(list(['name', 'role', 'informed', 'written', 'method'] as const)),
  keyHealthProfessional: optionalField,
  letterRequested: optionalField,
  letterSent: optionalField,
  copyToFamily: optionalField,
  supportingFamilies: z.optional(z.strictObject({ inProgramme: field, evidence: field })),
  oversightActions: z.optional(z.strictObject({ status: field, reason: field })),
  supervisionActions: z.optional(z.strictObject({ status: field, reason: field })),
  demographicsVerified: optionalField,
  managerAuthorisation: z.optional(z.strictObject({ by: field, on: field })),
  /** The closure form's own checklist: its tick boxes, but for those named in `not`. */
  checklist: z.optional(z.strictObject({ heading: z.optional(words), not: z.optional(words) })),
});
export type FactSpecs = z.infer<typeof facts>;

const page = z.strictObject({
  /** The page's name as a practitioner knows it ("Person summary"): "Open the Person summary page". Needed once the profile is complete. */
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(80), z.regex(NO_CONTROL))),
  /** Its addresses (a council profile's are added to the built-in ones). Needed once the profile is complete. */
  addresses: z.optional(z.array(address).check(z.minLength(1), z.maxLength(10))),
  /** The page kind whose page shows this one inside a frame (a form opened in its workflow step). */
  framedIn: z.optional(id),
  /** What marks this page kind as the system's, when it differs from the system's `marks`. */
  marks: z.optional(z.array(mark).check(z.minLength(1), z.maxLength(10))),
  /** A case-note editor: the page where a drafted note can be inserted. */
  caseNoteEditor: z.optional(z.boolean()),
  facts: z.optional(facts),
});
export type PageSpec = z.infer<typeof page>;

const closureReason = z.strictObject({
  label: phrase,
  /** The census reason this option literally is (RC1–RC9). */
  code: z.optional(z.enum(CENSUS_CODES)),
  /** Whether the option is a step-down (closure-rules.md reading 7). */
  stepDown: z.optional(z.boolean()),
  /** The census code a local option is returned as, where it is always the same ("Moved out of area" → RC5). */
  census: z.optional(z.enum(CENSUS_CODES)),
});

const vocabulary = z.strictObject({
  /** Shown in place of an empty value ("—", "Not recorded"): read as empty. */
  empty: z.optional(words),
  /** Words that say a list is empty ("No case notes recorded"). */
  emptyList: z.optional(words),
  /** Words that say a list is still being drawn ("Loading…"): read again when it changes. */
  loading: z.optional(words),
  yes: z.optional(words),
  no: z.optional(words),
  involvementKinds: z.optional(wordsOf(['assessment', 'early-help', 'cin', 'cp', 'cla'] as const)),
  teamRoles: z.optional(wordsOf(['primary', 'co-team'] as const)),
  /** Words of the co-team's closure record in the work list ("Case Closure Record (Co-team)"), beside its team's name. */
  coTeamRecord: z.optional(words),
  workTypes: z.optional(wordsOf(['assessment', 'plan', 'review', 'closure'] as const)),
  workStatuses: z.optional(wordsOf(['open', 'complete'] as const)),
  /** Words in the "Authorised by" column that mean nobody has yet ("Awaiting authorisation"). */
  notAuthorised: z.optional(words),
  outcomes: z.optional(wordsOf(['nfa', 'step-down', 'plan'] as const)),
  noteTypes: z.optional(wordsOf(NOTE_KINDS)),
  noteStatuses: z.optional(wordsOf(['draft', 'final', 'timed-out'] as const)),
  /** The case's own allocated worker and team manager, by relationship role. */
  staffRoles: z.optional(wordsOf(['allocated-worker', 'team-manager'] as const)),
  /** Words of an Agency column. */
  agencies: z.optional(wordsOf(AGENCIES)),
  /** Words in a role or an organisation's name that tell its agency, where no Agency column says so (whole words). */
  agencyWords: z.optional(wordsOf(AGENCIES)),
  siblings: z.optional(words),
  chronologyStatuses: z.optional(wordsOf(['open', 'closed'] as const)),
  recordStatuses: z.optional(wordsOf(['incomplete', 'complete'] as const)),
  actionStatuses: z.optional(wordsOf(['complete', 'outstanding', 'not-needed'] as const)),
  /** Document categories; a child's safety plan names the child after the words (`"Safety Plan (Child - *)"`). */
  documentCategories: z.optional(wordsOf(['safety-plan-professionals', 'safety-plan-parents', 'safety-plan-child', 'letter'] as const)),
  closureReasons: z.optional(z.array(closureReason).check(z.maxLength(100))),
});
export type Vocabulary = z.infer<typeof vocabulary>;

export const profileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  /** The system's id: "mosaic", "care-assess", "lcs", or a new one for a system described from scratch. */
  system: id,
  /** The built-in profile this one adds to or changes; absent for a whole system. */
  extends: z.optional(id),
  /** Who wrote it and for what, shown on the options page ("Northshire's Mosaic, 2026 release"). */
  name: z.string().check(z.minLength(1), z.maxLength(120), z.regex(NO_CONTROL)),
  /** Whether the system's paths and parameter names care about case (a Java app) or not (IIS). */
  caseSensitivePaths: z.optional(z.boolean()),
  /** The person id's characters: "digits" or "letters-and-digits". */
  personId: z.optional(z.enum(['digits', 'letters-and-digits'])),
  /** Date formats, in order of trust: "dd/mm/yyyy", "dd-MMM-yyyy", "d MMM yyyy", "yyyy-mm-dd". */
  dates: z.optional(z.array(z.enum(['dd/mm/yyyy', 'dd-MMM-yyyy', 'd MMM yyyy', 'yyyy-mm-dd'])).check(z.minLength(1))),
  /** What marks a page as this system's: any one will do. */
  marks: z.optional(z.array(mark).check(z.maxLength(10))),
  /** Class names of table cells or spans that label the cell or span after them ("fieldLabel"). */
  labelClasses: z.optional(z.array(className).check(z.maxLength(30))),
  /** Class names of elements that head a section, beyond h1–h4, legends and captions ("panelHdr"). */
  headingClasses: z.optional(z.array(className).check(z.maxLength(30))),
  /** Where the page shows the signed-in user's name ("Logged in as"): a label, its value the name. */
  signedInUser: z.optional(words),
  vocabulary: z.optional(vocabulary),
  /** The page kinds, in the order a practitioner visits them; keys are page-kind ids. */
  pages: z.optional(z.record(id, page)),
});

/** A profile as a file holds it: a whole system, or changes to a built-in one (`extends`). */
export type ProfileFile = z.infer<typeof profileSchema>;
