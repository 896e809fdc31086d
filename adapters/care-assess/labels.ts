/**
 * Every word and address the Care Assess-style adapter relies on, each with why.
 * Matched case-insensitively; a release that rewords a label past these leaves the
 * fact unknown, never guessed.
 */
import type { ClosureLabels } from '../common/closure';

/** IIS paths are case-insensitive: /CareAssess/Client/Summary.aspx, /CareAssess/Forms/ClosureRecord.aspx. */
export const PAGE_PATH = /\/(client|forms)\/([a-z]+)\.aspx$/i;
export const CLIENT_PARAM = /^clientid$/i;
export const TEAM_PARAM = /^team$/i;
export const CO_TEAM = /^co-?team$/i;

export const PAGE_FILES = {
  summary: 'summary',
  forms: 'forms',
  casenotes: 'case-notes',
  casenoteedit: 'case-note-editor',
  chronology: 'chronology',
  documents: 'documents',
  closurerecord: 'closure',
} as const;

/** The system's own addresses, by page kind. */
export const PAGE_ADDRESSES = {
  summary: 'Client/Summary.aspx',
  forms: 'Client/Forms.aspx',
  'case-notes': 'Client/CaseNotes.aspx',
  'case-note-editor': 'Client/CaseNoteEdit.aspx',
  chronology: 'Client/Chronology.aspx',
  documents: 'Client/Documents.aspx',
  closure: 'Forms/ClosureRecord.aspx',
  'co-team-closure': 'Forms/ClosureRecord.aspx',
} as const;

/** WebForms pages carry a view state; the page title names the product too. */
export const WEBFORMS = 'input[name="__VIEWSTATE"], form#aspnetForm';
export const PRODUCT = /care ?assess/i;

export const DETAILS = {
  forename: /^forenames?(\(s\))?$|^first names?$/i,
  surname: /^surname$|^last name$|^family name$/i,
  age: /^age$/i,
  dob: /^(date of birth|DOB)$/i,
};

export const COLUMNS = {
  involvement: { title: /involvement|type/i, team: /^team$/i, role: /role/i, start: /start/i, end: /end/i },
  keyPeople: { role: /relationship|role/i, name: /^name$/i, organisation: /organisation/i, agency: /agency/i, start: /start/i, end: /end/i },
  family: { relationship: /relationship/i, name: /^name$/i, id: /client id|^id$/i, dob: /DOB|date of birth/i, open: /open to/i },
  forms: { title: /^form$|^name$/i, type: /^type$/i, status: /status/i, started: /start/i, completed: /complet/i, authorisedBy: /authorised by/i, shared: /shared/i, outcome: /outcome/i },
  notes: { date: /date/i, type: /type/i, subject: /subject/i, author: /recorded by|author/i, status: /status/i },
  chronology: { date: /date/i, event: /event/i, source: /source/i },
  documents: { title: /^document|title/i, category: /category/i, date: /date/i },
};

export const SECTIONS = { involvements: /involvement/i, keyPeople: /key people|relationships/i, family: /family/i };

export const FORM_STATUS = { open: /^(open|in progress|draft|started)$/i, complete: /^(completed?|finished|authorised)$/i };
export const FORM_TYPES = { assessment: /assessment/i, plan: /plan/i, review: /review/i, closure: /closure/i };
export const CO_TEAM_FORM = /co-?team/i;
export const OWN_STAFF = /^(allocated (social )?worker|team manager)$/i;
export const CO_TEAM_ROLE = /co-?team/i;
export const SIBLING = /sibling|brother|sister/i;
export const YES = /^(yes|y|true)$/i;
export const NO = /^(no|n|false)$/i;
export const EMPTY_LIST = /no records|no .*(found|recorded)|none/i;

export const CHRONOLOGY = { status: /chronology status|^status$/i, lastUpdated: /^last updated$/i, open: /^open$/i, closed: /^closed$/i, none: /no chronology/i };
export const RECORD_STATUS = /record status|^status$/i;
export const RECORD_WORDS = { incomplete: /^(in progress|open|draft|started)$/i, complete: /^completed?$/i };
export const NO_RECORD = /no closure record has been started/i;

export const CLOSURE: ClosureLabels = {
  decisionDate: /decision.*clos|date.*decision/i,
  reason: /^reason for closure/i,
  stepDownTo: /stepp?(ed|ing)? ?down.*\bto\b/i,
  closingSummary: /^closing summary/i,
  reasonForInvolvement: /reason for .*involve/i,
  whatChanged: /what (has )?changed/i,
  riskAndCapacity: /risk.*(reduced|capacity)|parental capacity/i,
  nextSteps: /^next steps/i,
  actionsForOthers: /actions for other|ongoing actions/i,
  childViews: /child.*views/i,
  parentViews: /parent.*views|carers.*views/i,
  familyInformed: /date (parents|family).*informed/i,
  childInformedDate: /date child.*informed/i,
  childNotInformedReason: /child not informed.*reason|reason.*not (appropriate|informed)/i,
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
  authorisedOn: /^authorised on|date authorised/i,
  reasonWord: /^reason/i,
  professionals: { name: /^name$/i, role: /role/i, informed: /informed/i, written: /written/i, method: /method|how/i },
  emptyList: /no professionals|no records|^no\b/i,
  notChecklist: /not appropriate/i,
  actionWords: { complete: /^completed?$/i, outstanding: /^outstanding$/i, notNeeded: /^not (required|needed|applicable)$/i },
  yes: /^(yes|y)$/i,
  no: /^(no|n)$/i,
};
