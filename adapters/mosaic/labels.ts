/**
 * Every word and address the Mosaic-style adapter relies on, each with why.
 * Matched case-insensitively against the page's own words: a newer release that
 * rewords a label enough to miss these leaves the fact unknown, never guessed.
 */
import type { ClosureLabels } from '../common/closure';

/** Case pages live under /person/{id}/…; councils may host Mosaic under any base path. */
export const PERSON_PATH = /\/person\/(\d+)(?:\/([a-z/]*?))?\/?$/i;

/** Page kind by the path after the person id (README of the host simulators: URL scheme). */
export const PAGE_PATHS = {
  '': 'summary',
  summary: 'summary',
  casenotes: 'case-notes',
  'casenotes/new': 'case-note-editor',
  chronology: 'chronology',
  documents: 'documents',
  'workflow/closure': 'closure',
  'workflow/closure/form': 'closure-form',
} as const;

/** Every Mosaic page but the framed form carries the person banner: "Person ID: 1052760". */
export const bannerFor = (personId: string) => new RegExp(`Person ID:?\\s*${personId}\\b`, 'i');
/** The closure form (in its iframe) has no banner: its own reason-for-closure question marks it. */
export const FORM_MARK = /reason for closure/i;

export const SECTIONS = {
  involvements: /^involvements?$/i,
  workers: /worker relationships?/i,
  professionals: /professional relationships?/i,
  family: /family members?|family group/i,
  steps: /workflow steps?|current work/i,
};

export const DETAILS = {
  name: /^(full )?name$/i,
  age: /^age$/i,
  dob: /^(date of birth|DOB)$/i,
};

export const COLUMNS = {
  involvement: { title: /^(involvement|type|involvement type)$/i, team: /team/i, role: /role/i, start: /start/i, end: /end/i },
  relationship: { role: /relationship|role/i, name: /^name$/i, organisation: /organisation|agency/i, start: /start/i, end: /end/i },
  family: { relationship: /relationship/i, name: /^name$/i, id: /person id|client id|^id$/i, dob: /date of birth|DOB/i, open: /open to/i },
  steps: { step: /^(step|name|work ?item)$/i, type: /^type$/i, status: /status/i, started: /start/i, completed: /complet/i, authorisedBy: /authoris/i },
  notes: { date: /date/i, type: /type/i, subject: /subject|title/i, author: /author|recorded by|by$/i, status: /status/i },
  chronology: { date: /date/i, event: /event/i, source: /source/i },
  documents: { title: /title|document/i, category: /category/i, date: /date/i },
};

/** Workflow step statuses: Incoming (not started) and Started are open; Completed is complete. */
export const STEP_STATUS = { open: /^(incoming|started|in progress|open)$/i, complete: /^(completed?|finished|closed)$/i };
export const STEP_TYPES = { assessment: /assessment/i, plan: /plan/i, review: /review/i, closure: /closure/i };
export const AWAITING = /awaiting|not (yet )?authoris/i;
export const SHARED = /shared with family:?\s*([^]*?)(?:outcome:|$)/i;
export const OUTCOME = /outcome:?\s*(.*)$/i;
export const SIBLING = /sibling|brother|sister/i;
export const YES = /^(yes|y|true)$/i;
export const NO = /^(no|n|false)$/i;

export const CHRONOLOGY = { status: /^status$/i, lastUpdated: /last updated/i, open: /^(active|open)$/i, closed: /^(finished|closed)$/i, none: /no chronology/i };
export const NO_CLOSURE_STEP = /no case closure step/i;
export const CLOSURE_STEP_STATUS = /^status$/i;
/** A table note that says a list is empty, as against "Loading …". */
export const EMPTY_LIST = /^no\b|none recorded|nothing recorded/i;

export const CLOSURE: ClosureLabels = {
  decisionDate: /decision.*clos|date.*decision/i,
  reason: /^reason for closure/i,
  stepDownTo: /stepp?(ed|ing)? ?down.*\bto\b|service stepped down/i,
  closingSummary: /^closing summary/i,
  reasonForInvolvement: /reason for .*involvement/i,
  whatChanged: /what (has )?changed/i,
  riskAndCapacity: /risk.*(reduced|capacity)|parental capacity/i,
  nextSteps: /^next steps/i,
  actionsForOthers: /actions for other|ongoing actions/i,
  childViews: /child.*views/i,
  parentViews: /parent.*views|carers.*views/i,
  familyInformed: /date (parents|family).*informed/i,
  childInformedDate: /date child.*informed/i,
  childNotAppropriate: /^not appropriate to inform/i,
  childNotInformedReason: /reason.*not appropriate|child not informed.*reason/i,
  copyToFamily: /cop(y|ies).*sent.*family|sent to family/i,
  keyHealthProfessional: /key health professional/i,
  letterRequested: /letter requested/i,
  letterSent: /letter sent/i,
  inProgramme: /supporting families/i,
  sfEvidence: /supporting families evidence/i,
  oversightActions: /management oversight/i,
  oversightReason: /reason.*oversight/i,
  supervisionActions: /supervision/i,
  supervisionReason: /reason.*supervision/i,
  demographics: /demographic/i,
  authorisedBy: /^authorised by/i,
  authorisedOn: /date authorised|authorised on/i,
  reasonWord: /^reason/i,
  professionals: { name: /^name$/i, role: /role|organisation/i, informed: /informed/i, written: /written/i, method: /method|how/i },
  emptyList: /no professionals|^no\b/i,
  notChecklist: /not appropriate|significant event/i,
  actionWords: { complete: /^completed?$/i, outstanding: /^outstanding$/i, notNeeded: /^not (required|needed|applicable)$/i },
  yes: /^(yes|y)$/i,
  no: /^(no|n)$/i,
};
