/**
 * The case record: every fact the closure rules need, each either known (with
 * where it was seen) or unknown (with which page would show it).
 *
 * Nothing unseen defaults to empty, false or zero: a fact the pages have not shown
 * is `{ known: false }`. A fact seen empty on the page is known with value `null`
 * (closure-rules.md reading 15: blank, white space and placeholders such as "—"
 * are empty, so adapters hand them over as `null`).
 *
 * zod/mini keeps the validator small enough for the content script budget.
 */
import * as z from 'zod/mini';

export { SYSTEMS, NOT_SHOWN, FACT_KEYS, INVOLVEMENT_KINDS, AGENCIES, CENSUS_CODES, NOTE_KINDS, STAFF_ROLES } from './kinds';
export type { HostSystem, PageKind, InvolvementKind, Agency, CensusCode, NoteKind, StaffRole, FactKey } from './kinds';
import { FACT_KEYS, ID_PATTERN, INVOLVEMENT_KINDS, AGENCIES, CENSUS_CODES, NOTE_KINDS, STAFF_ROLES, type FactKey, type HostSystem, type PageKind } from './kinds';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const nullableDate = z.nullable(isoDate);
const text = z.nullable(z.string());
/** A system or page-kind id from a host profile. */
const id = z.string().check(z.maxLength(40), z.regex(ID_PATTERN));

export const sourceSchema = z.object({
  page: id,
  url: z.string(),
  /** The label, column or row the value came from, in the host's own words. */
  label: z.string(),
  /** CSS selector of the element, for "Show me"; within the frame when `frame` is set. */
  selector: z.optional(z.string()),
  /** Set when the element lives in the closure form's iframe. */
  frame: z.optional(z.boolean()),
  /** ISO date-time of the observation: the newest observation of a fact wins. */
  seenAt: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;



const involvement = z.object({
  kind: z.enum(INVOLVEMENT_KINDS),
  title: z.string(),
  team: text,
  role: z.enum(['primary', 'co-team']),
  start: nullableDate,
  end: nullableDate,
});

const workItem = z.object({
  title: z.string(),
  kind: z.enum(['assessment', 'plan', 'review']),
  status: z.enum(['open', 'complete']),
  started: nullableDate,
  completed: nullableDate,
  authorisedBy: text,
  sharedWithFamily: nullableDate,
  /** The outcome line shown on an assessment, as written ("No further action"). */
  outcome: z.optional(text),
  /** Where this row is on the page, for "Show me". */
  selector: z.optional(z.string()),
});

const caseNote = z.object({
  date: nullableDate,
  /** The note's type in the host's own words, as shown. */
  type: z.string(),
  /** What the type means, from the host profile's note types; null for a type the profile does not know. */
  kind: z.nullable(z.enum(NOTE_KINDS)),
  subject: text,
  author: text,
  status: z.enum(['draft', 'final', 'timed-out']),
  selector: z.optional(z.string()),
});

const chronologyEntry = z.object({ date: nullableDate, event: z.string(), source: text });

const documentRow = z.object({
  title: z.string(),
  category: z.string(),
  date: nullableDate,
  kind: z.enum(['safety-plan', 'letter', 'other']),
  /** For safety plans: who it is written for. */
  audience: z.optional(z.enum(['professionals', 'parents', 'child'])),
  /** For a child's safety plan: the child's name as the page gives it. */
  childName: z.optional(text),
  selector: z.optional(z.string()),
});

const relationship = z.object({
  role: z.string(),
  name: z.string(),
  organisation: text,
  agency: z.enum(AGENCIES),
  /** The case's own allocated worker or team manager (from the profile's role words); null for a professional to inform. */
  staff: z.nullable(z.enum(STAFF_ROLES)),
  start: nullableDate,
  end: nullableDate,
  selector: z.optional(z.string()),
});

const professionalInformed = z.object({
  name: z.string(),
  role: text,
  informed: nullableDate,
  written: nullableDate,
  method: text,
  selector: z.optional(z.string()),
});

const sibling = z.object({ id: text, name: z.string(), ageYears: z.nullable(z.number()) });


const actions = z.object({
  status: z.nullable(z.enum(['complete', 'outstanding', 'not-needed'])),
  reason: text,
});

/** The value schema of every fact, by key. The key list is the record's vocabulary. */
export const FACT_VALUES = {
  childName: z.string(),
  childAge: z.nullable(z.number()),
  siblingsOpen: z.array(sibling),
  involvements: z.array(involvement),
  /** Outcome of the assessment that opened the episode: nfa, step-down, plan, other. */
  assessmentOutcome: z.nullable(z.enum(['nfa', 'step-down', 'plan', 'other'])),
  workItems: z.array(workItem),
  caseNotes: z.array(caseNote),
  chronologyStatus: z.enum(['open', 'closed', 'none']),
  chronologyLastUpdated: nullableDate,
  chronologyEntries: z.array(chronologyEntry),
  documents: z.array(documentRow),
  relationships: z.array(relationship),
  closureStatus: z.enum(['missing', 'incomplete', 'complete']),
  decisionDate: nullableDate,
  closureReason: z.nullable(
    z.object({
      label: z.string(),
      /** The census reason when the option chosen literally is one (RC1–RC9); null for a local option. */
      code: z.nullable(z.enum(CENSUS_CODES)),
      /**
       * Whether the option is a step-down (closure-rules.md reading 7), as the host profile's pick list says;
       * null for an option the profile does not know (and that is not literally a census reason).
       */
      stepDown: z.nullable(z.boolean()),
    }),
  ),
  closingSummary: text,
  reasonForInvolvement: text,
  whatChanged: text,
  riskAndCapacity: text,
  nextSteps: text,
  childViews: text,
  parentViews: text,
  stepDownTo: text,
  actionsForOthers: text,
  familyInformed: nullableDate,
  childInformed: z.object({ date: nullableDate, notAppropriate: z.boolean(), reason: text }),
  professionalsInformed: z.array(professionalInformed),
  keyHealthProfessional: text,
  letterRequested: nullableDate,
  letterSent: nullableDate,
  copyToFamily: nullableDate,
  supportingFamilies: z.object({ inProgramme: z.nullable(z.boolean()), evidenceComplete: z.nullable(z.boolean()) }),
  oversightActions: actions,
  supervisionActions: actions,
  demographicsVerified: nullableDate,
  managerAuthorisation: z.object({ name: text, date: nullableDate }),
  checklist: z.array(z.object({ label: z.string(), ticked: z.boolean(), selector: z.optional(z.string()) })),
  coTeamClosureStatus: z.enum(['missing', 'incomplete', 'complete']),
} as const satisfies Record<FactKey, z.ZodMiniType>;

// FACT_KEYS (record/kinds.ts) and these value schemas name the same facts: record/merge.test.ts checks it.
export type FactValue<K extends FactKey> = z.infer<(typeof FACT_VALUES)[K]>;

export type KnownFact<T> = { known: true; value: T; source: Source };
/** Not seen yet; `lookOn` is the page kind that would show it. */
export type UnknownFact = { known: false; lookOn: PageKind };
export type Fact<T> = KnownFact<T> | UnknownFact;

export type Facts = { [K in FactKey]: Fact<FactValue<K>> };

export const RECORD_VERSION = 1;

export interface CaseRecord {
  version: typeof RECORD_VERSION;
  system: HostSystem;
  personId: string;
  /** Page kinds seen for this case, newest observation time for each. */
  pagesSeen: Partial<Record<PageKind, string>>;
  facts: Facts;
}

/** What one adapter read from one page: only the facts that page showed. */
export interface PageReading {
  system: HostSystem;
  personId: string;
  page: PageKind;
  url: string;
  /** ISO date-time of the reading. */
  seenAt: string;
  facts: Partial<{ [K in FactKey]: KnownFact<FactValue<K>> }>;
  /** Selectors the adapter expected and did not find: the facts they hold stay unknown. */
  warnings: string[];
  /** The signed-in user's name, where the page shows it (who confirms an item by hand); not a case fact. */
  user?: string;
}

function knownFactSchema(value: z.ZodMiniType) {
  return z.object({ known: z.literal(true), value, source: sourceSchema });
}

// Typed by PageReading below; the schema checks shape at run time.
const readingFacts = z.partial(
  z.object(Object.fromEntries(FACT_KEYS.map((k) => [k, knownFactSchema(FACT_VALUES[k] as z.ZodMiniType)]))),
);

export const pageReadingSchema = z.object({
  system: id,
  personId: z.string().check(z.minLength(1)),
  page: id,
  url: z.string(),
  seenAt: z.string(),
  facts: readingFacts,
  warnings: z.array(z.string()),
  user: z.optional(z.string().check(z.maxLength(100))),
});

/** Validates a reading at the boundary (from a content script, from storage). */
export function parsePageReading(input: unknown): PageReading | { error: string } {
  const result = pageReadingSchema.safeParse(input);
  if (result.success) return result.data as PageReading;
  const first = result.error.issues[0];
  return { error: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid reading'}` };
}
