/**
 * The record's vocabulary without its validator: what the content script needs (system,
 * page kinds, the case key) without carrying zod onto every case page.
 *
 * Host systems and their page kinds are data: each comes from a host profile
 * (adapters/profiles/), so a council can describe a system of its own without a release.
 */

/** A host system's id, as its profile names it ("mosaic", "care-assess", "lcs", or a council's own). */
export type HostSystem = string;
/** The systems the extension reads out of the box (their profiles are built in). */
export const SYSTEMS = ['mosaic', 'care-assess', 'lcs'] as const;

/** A kind of page in a host system ("summary", "closure-form" …), as its profile names it. */
export type PageKind = string;

/** Where to look for a fact no page of the system shows (a Mosaic-style co-team closure record): nowhere to open. */
export const NOT_SHOWN: PageKind = 'not-shown';

/** Ids of systems and page kinds: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const INVOLVEMENT_KINDS = ['assessment', 'early-help', 'cin', 'cp', 'cla'] as const;
export type InvolvementKind = (typeof INVOLVEMENT_KINDS)[number];

export const AGENCIES = ['health', 'education', 'police', 'social-care', 'voluntary', 'housing', 'other'] as const;
export type Agency = (typeof AGENCIES)[number];

export const CENSUS_CODES = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'] as const;
export type CensusCode = (typeof CENSUS_CODES)[number];

/**
 * What a case note is for, as the adapter reads its type (the host's own words stay in `type`).
 * Meetings with professionals are three kinds, so a rule can name the one it found.
 */
export const NOTE_KINDS = ['case-summary', 'management-oversight', 'cin-meeting', 'core-group', 'professionals-meeting', 'supervision', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The case's own staff (closure-rules.md reading 1); everyone else in a relationship is a professional to inform. */
export const STAFF_ROLES = ['allocated-worker', 'team-manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Every fact of the case record, by key: the record's vocabulary (record/schema.ts gives each its
 * value schema). Here, without the schemas, for the overlay script.
 */
export const FACT_KEYS = [
  'childName',
  'childAge',
  'siblingsOpen',
  'involvements',
  'assessmentOutcome',
  'workItems',
  'caseNotes',
  'chronologyStatus',
  'chronologyLastUpdated',
  'chronologyEntries',
  'documents',
  'relationships',
  'closureStatus',
  'decisionDate',
  'closureReason',
  'closingSummary',
  'reasonForInvolvement',
  'whatChanged',
  'riskAndCapacity',
  'nextSteps',
  'childViews',
  'parentViews',
  'stepDownTo',
  'actionsForOthers',
  'familyInformed',
  'childInformed',
  'professionalsInformed',
  'keyHealthProfessional',
  'letterRequested',
  'letterSent',
  'copyToFamily',
  'supportingFamilies',
  'oversightActions',
  'supervisionActions',
  'demographicsVerified',
  'managerAuthorisation',
  'checklist',
  'coTeamClosureStatus',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** `system:personId`, the one key that keeps two cases apart. */
export function caseKey(system: HostSystem, personId: string): string {
  return `${system}:${personId}`;
}
