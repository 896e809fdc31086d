/** The Care Assess-style adapter: WebForms pages, GridView tables, closure records with tabs. */
import type { FactPages } from '../../record/merge';
import type { FactKey, PageKind, PageReading } from '../../record/schema';
import { labelledCheckboxes, readClosureRecord } from '../common/closure';
import { readOpenSiblings } from '../common/family';
import { documentFrom, find, listRows, rememberedRow, rememberRow, showsColumns } from '../common/lists';
import { cellText, clean, emptyToNull, field, labelledValues, PageReader, parseDate, tables, valueOf } from '../common/page';
import { agencyFrom, ageFrom, involvementKind, involvementRole, noteStatus, outcomeFrom } from '../common/vocabulary';
import type { Adapter, CasePage } from '../types';
import * as L from './labels';

const CLOSURE_FACTS: FactKey[] = [
  'decisionDate', 'closureReason', 'closingSummary', 'reasonForInvolvement', 'whatChanged', 'riskAndCapacity', 'nextSteps',
  'childViews', 'parentViews', 'stepDownTo', 'actionsForOthers', 'familyInformed', 'childInformed', 'professionalsInformed',
  'keyHealthProfessional', 'letterRequested', 'letterSent', 'copyToFamily', 'supportingFamilies', 'oversightActions',
  'supervisionActions', 'demographicsVerified', 'managerAuthorisation', 'checklist', 'closureStatus',
];

const factPages = {
  childName: 'summary', childAge: 'summary', siblingsOpen: 'summary', involvements: 'summary', relationships: 'summary',
  assessmentOutcome: 'forms', workItems: 'forms', caseNotes: 'case-notes', chronologyStatus: 'chronology',
  chronologyLastUpdated: 'chronology', chronologyEntries: 'chronology', documents: 'documents',
  coTeamClosureStatus: 'co-team-closure',
  ...Object.fromEntries(CLOSURE_FACTS.map((k) => [k, 'closure'])),
} as FactPages;

/** A query parameter by name, whatever its case (IIS ignores case). */
function param(url: URL, name: RegExp): string | null {
  for (const [key, value] of url.searchParams) if (name.test(key)) return value;
  return null;
}

function detect(doc: Document, url: URL): CasePage | null {
  try {
    const match = L.PAGE_PATH.exec(url.pathname);
    const personId = param(url, L.CLIENT_PARAM);
    if (!match || !personId || !/^\w+$/.test(personId)) return null;
    const file = match[2]!.toLowerCase() as keyof typeof L.PAGE_FILES;
    let page: PageKind | undefined = L.PAGE_FILES[file];
    if (!page) return null;
    if (page === 'closure' && L.CO_TEAM.test(param(url, L.TEAM_PARAM) ?? '')) page = 'co-team-closure';
    const webForms = doc.querySelector(L.WEBFORMS) !== null || L.PRODUCT.test(doc.title);
    return webForms ? { personId, page } : null;
  } catch {
    return null;
  }
}

/** The cell's own words, without the hidden detail panel some cells carry (the case note's text). */
function ownText(cell: Element | undefined): string {
  if (!cell) return '';
  let text = '';
  for (let n = cell.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || (n.nodeType === 1 && (n as Element).tagName !== 'DIV')) text += ` ${n.textContent}`;
  }
  return clean(text);
}

function readSummary(r: PageReader, doc: Document): void {
  const pairs = labelledValues(doc);
  const forename = field(r, pairs, 'forename', L.DETAILS.forename);
  const surname = field(r, pairs, 'surname', L.DETAILS.surname);
  if (forename && surname) {
    const [first, last] = [clean(String(valueOf(forename))), clean(String(valueOf(surname)))];
    // Half a name is not the child's name: unknown rather than a surname read as the whole name.
    if (first && last) r.set('childName', `${first} ${last}`, 'Forename(s) · Surname', forename.element);
    else r.warn('a blank forename or surname');
  }
  const age = pairs.find((p) => L.DETAILS.age.test(p.label));
  const dob = pairs.find((p) => L.DETAILS.dob.test(p.label));
  if (age || dob) r.set('childAge', ageFrom(age ? String(valueOf(age)) : '', dob ? parseDate(String(valueOf(dob))) : null, r.seenAt.slice(0, 10)), (age ?? dob)!.label, (age ?? dob)!.element);
  else r.warn('no "Age" or "Date of birth" field');

  const all = tables(doc);
  const inv = find(r, all, 'involvements', L.SECTIONS.involvements, L.COLUMNS.involvement);
  const invRows = inv && listRows(r, L.EMPTY_LIST, inv.table, 'involvements');
  let coTeams: string[] | undefined;
  if (inv && invRows) {
    const values = invRows.map((row) => {
      const title = cellText(row, inv.cols.title);
      const kind = involvementKind(title);
      const role = involvementRole(cellText(row, inv.cols.role));
      const start = parseDate(cellText(row, inv.cols.start));
      const end = parseDate(cellText(row, inv.cols.end));
      if (!kind || !role || start === undefined || end === undefined) return undefined;
      return { kind, title, team: emptyToNull(cellText(row, inv.cols.team)), role, start, end };
    });
    if (values.every(Boolean)) {
      r.set('involvements', values, 'Involvements', inv.table.element);
      coTeams = values.filter((v) => v!.role === 'co-team').map((v) => v!.team ?? '').filter(Boolean);
    } else r.warn('an involvement it cannot read');
  }

  const people = find(r, all, 'key people', L.SECTIONS.keyPeople, L.COLUMNS.keyPeople, ['organisation', 'agency']);
  const peopleRows = people && listRows(r, L.EMPTY_LIST, people.table, 'key people');
  // The Agency column is the system's own word for each person's service. A guess from the role and
  // organisation instead can be wrong (a team manager read as "other"): without it, unknown.
  if (people && peopleRows && showsColumns(r, 'key people', people.cols, { organisation: 'Organisation', agency: 'Agency' })) {
    let ok = true;
    const rels = peopleRows.map((row) => {
      const role = cellText(row, people.cols.role);
      const organisation = emptyToNull(cellText(row, people.cols.organisation));
      const agency = agencyFrom(emptyToNull(cellText(row, people.cols.agency)), role, organisation);
      const start = parseDate(cellText(row, people.cols.start));
      const end = parseDate(cellText(row, people.cols.end));
      if (start === undefined || end === undefined) ok = false;
      // The council's own staff: the allocated worker and manager, and social-care staff of a co-team.
      const coTeamStaff = agency === 'social-care' && (L.CO_TEAM_ROLE.test(role) || (coTeams ?? []).some((t) => (organisation ?? '').startsWith(t)));
      return { role, name: cellText(row, people.cols.name), organisation, agency, group: L.OWN_STAFF.test(role) || coTeamStaff ? ('worker' as const) : ('professional' as const), start: start ?? null, end: end ?? null };
    });
    if (ok) r.set('relationships', rels, 'Key people', people.table.element);
    else r.warn('a key-people date it cannot read');
  }

  const fam = find(r, all, 'family group', L.SECTIONS.family, L.COLUMNS.family, ['id', 'dob']);
  const famRows = fam && listRows(r, L.EMPTY_LIST, fam.table, 'family group');
  if (fam && famRows) readOpenSiblings(r, famRows, fam.cols, { sibling: L.SIBLING, yes: L.YES, no: L.NO }, 'Family group', fam.table.element);
}

function readForms(r: PageReader, doc: Document): void {
  const t = find(r, tables(doc), 'forms', null, L.COLUMNS.forms, ['shared', 'outcome', 'authorisedBy']);
  const rows = t && listRows(r, L.EMPTY_LIST, t.table, 'forms');
  if (!t || !rows) return;
  const items: unknown[] = [];
  let primary: 'missing' | 'incomplete' | 'complete' = 'missing';
  let coTeam: 'missing' | 'incomplete' | 'complete' = 'missing';
  let outcome: string | null = null;
  for (const row of rows) {
    const title = cellText(row, t.cols.title);
    const type = cellText(row, t.cols.type);
    const word = cellText(row, t.cols.status);
    const status = L.FORM_STATUS.open.test(word) ? 'open' : L.FORM_STATUS.complete.test(word) ? 'complete' : undefined;
    if (!status) {
      r.warn(`form status "${word}" it does not know`);
      return;
    }
    if (L.FORM_TYPES.closure.test(type)) {
      const value = status === 'complete' ? 'complete' : 'incomplete';
      if (L.CO_TEAM_FORM.test(title)) coTeam = value;
      else primary = value;
      continue;
    }
    const kind = L.FORM_TYPES.assessment.test(type) ? 'assessment' : L.FORM_TYPES.review.test(type) ? 'review' : L.FORM_TYPES.plan.test(type) ? 'plan' : undefined;
    if (!kind) {
      r.warn(`form type "${type}" it does not know`);
      return;
    }
    const started = parseDate(cellText(row, t.cols.started));
    const completed = parseDate(cellText(row, t.cols.completed));
    const shared = parseDate(cellText(row, t.cols.shared));
    if (started === undefined || completed === undefined || shared === undefined) {
      r.warn(`a date it cannot read on "${title}"`);
      return;
    }
    const outcomeText = emptyToNull(cellText(row, t.cols.outcome));
    if (outcomeText && kind === 'assessment') outcome = outcomeText;
    items.push({ title, kind, status, started, completed, authorisedBy: emptyToNull(cellText(row, t.cols.authorisedBy)), sharedWithFamily: shared, ...(outcomeText ? { outcome: outcomeText } : {}) });
  }
  // Without an Outcome column the grid says nothing about the assessment's outcome, nor any form's
  // own: unknown, not "none recorded". Without its "Authorised by" or "Shared with family" column it
  // cannot say whether a form was authorised or shared: the work items are unknown, not "never".
  const outcomeShown = showsColumns(r, 'forms', t.cols, { outcome: 'Outcome' });
  if (outcomeShown && showsColumns(r, 'forms', t.cols, { authorisedBy: 'Authorised by', shared: 'Shared with family' })) r.set('workItems', items, 'Forms', t.table.element);
  if (outcomeShown) r.set('assessmentOutcome', outcomeFrom(outcome), 'Forms · Outcome', t.table.element);
  // The grid lists every closure record that has been started: one that is not listed was never started.
  r.set('closureStatus', primary, 'Forms · Case Closure Record (Primary)', t.table.element);
  r.set('coTeamClosureStatus', coTeam, 'Forms · Case Closure Record (Co-team)', t.table.element);
}

function readCaseNotes(r: PageReader, doc: Document): void {
  const t = find(r, tables(doc), 'case notes', null, L.COLUMNS.notes);
  const rows = t && listRows(r, L.EMPTY_LIST, t.table, 'case notes');
  if (!t || !rows) return;
  const notes = [];
  for (const row of rows) {
    const cached = rememberedRow(row);
    if (cached) {
      notes.push(cached);
      continue;
    }
    const word = cellText(row, t.cols.status);
    const status = noteStatus(word);
    const date = parseDate(cellText(row, t.cols.date));
    if (!status || date === undefined) {
      r.warn(`a case note with status "${word}" or a date it cannot read`);
      return;
    }
    notes.push(rememberRow(row, { date, type: cellText(row, t.cols.type), subject: emptyToNull(ownText(row.cells[t.cols.subject])), author: emptyToNull(cellText(row, t.cols.author)), status }));
  }
  r.set('caseNotes', notes, 'Case notes', t.table.element);
}

function readChronology(r: PageReader, doc: Document): void {
  const all = tables(doc);
  if (L.CHRONOLOGY.none.test(doc.body?.textContent ?? '') && !all.some((t) => t.headers.some((h) => L.COLUMNS.chronology.event.test(h)))) {
    r.set('chronologyStatus', 'none', 'Chronology');
    r.set('chronologyLastUpdated', null, 'Chronology');
    r.set('chronologyEntries', [], 'Chronology');
    return;
  }
  const pairs = labelledValues(doc);
  const status = field(r, pairs, 'chronology status', L.CHRONOLOGY.status);
  if (status) {
    const word = clean(String(valueOf(status)));
    const value = L.CHRONOLOGY.open.test(word) ? 'open' : L.CHRONOLOGY.closed.test(word) ? 'closed' : undefined;
    if (value) r.set('chronologyStatus', value, status.label, status.element);
    else r.warn(`chronology status "${word}" it does not know`);
  }
  const updated = field(r, pairs, 'last updated', L.CHRONOLOGY.lastUpdated);
  if (updated) {
    const date = parseDate(String(valueOf(updated)));
    if (date !== undefined) r.set('chronologyLastUpdated', date, updated.label, updated.element);
    else r.warn('a last-updated date it cannot read');
  }
  const t = find(r, all, 'chronology entries', null, L.COLUMNS.chronology, ['source']);
  const rows = t && listRows(r, L.EMPTY_LIST, t.table, 'chronology entries');
  if (t && rows && showsColumns(r, 'chronology entries', t.cols, { source: 'Source' })) r.set('chronologyEntries', rows.map((row) => ({ date: parseDate(cellText(row, t.cols.date)) ?? null, event: cellText(row, t.cols.event), source: emptyToNull(cellText(row, t.cols.source)) })), 'Chronology entries', t.table.element);
}

function readDocuments(r: PageReader, doc: Document): void {
  const t = find(r, tables(doc), 'documents', null, L.COLUMNS.documents);
  const rows = t && listRows(r, L.EMPTY_LIST, t.table, 'documents');
  if (!t || !rows) return;
  r.set('documents', rows.map((row) => documentFrom(cellText(row, t.cols.title), cellText(row, t.cols.category), parseDate(cellText(row, t.cols.date)) ?? null)), 'Documents', t.table.element);
}

/** The record's status; 'missing' when the page says none was started. */
function recordStatus(r: PageReader, doc: Document, key: 'closureStatus' | 'coTeamClosureStatus'): boolean {
  if (L.NO_RECORD.test(doc.body?.textContent ?? '')) {
    r.set(key, 'missing', 'No closure record has been started');
    return false;
  }
  const status = field(r, labelledValues(doc), 'record status', L.RECORD_STATUS);
  if (!status) return false;
  const word = clean(String(valueOf(status)));
  const value = L.RECORD_WORDS.complete.test(word) ? 'complete' : L.RECORD_WORDS.incomplete.test(word) ? 'incomplete' : undefined;
  if (!value) {
    r.warn(`record status "${word}" it does not know`);
    return true;
  }
  r.set(key, value, status.label, status.element);
  return true;
}

function read(doc: Document, url: URL, seenAt: string): PageReading {
  const found = detect(doc, url);
  const page: PageKind = found?.page ?? 'summary';
  const r = new PageReader('care-assess', page, url.href, seenAt);
  try {
    if (!found) r.warn('not a Care Assess case page');
    else if (page === 'summary') readSummary(r, doc);
    else if (page === 'forms') readForms(r, doc);
    else if (page === 'case-notes') readCaseNotes(r, doc);
    else if (page === 'chronology') readChronology(r, doc);
    else if (page === 'documents') readDocuments(r, doc);
    else if (page === 'closure') {
      if (recordStatus(r, doc, 'closureStatus')) readClosureRecord(r, labelledValues(doc), tables(doc), labelledCheckboxes(doc), L.CLOSURE);
    } else if (page === 'co-team-closure') recordStatus(r, doc, 'coTeamClosureStatus');
  } catch (error) {
    // An adapter never throws: what it could not read stays unknown.
    r.warn(`stopped reading: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (r.warnings.length) console.warn(`Closure Companion (Care Assess adapter): ${r.warnings.join('; ')}`);
  return { system: 'care-assess', personId: found?.personId ?? '', page, url: url.href, seenAt, facts: r.facts as PageReading['facts'], warnings: r.warnings };
}

function pageUrl(page: PageKind, personId: string, base: URL): string | null {
  const address = L.PAGE_ADDRESSES[page as keyof typeof L.PAGE_ADDRESSES];
  if (!address) return null;
  // Keep whatever base path the council hosts Care Assess under (…/CareAssess/).
  const root = base.pathname.replace(/\/(client|forms)\/[^/]*$/i, '/');
  const team = page === 'co-team-closure' ? '&Team=CoTeam' : page === 'closure' ? '&Team=Primary' : '';
  return new URL(`${root}${address}?ClientID=${encodeURIComponent(personId)}${team}`, base.origin).href;
}

export const careAssess: Adapter = { system: 'care-assess', factPages, detect, read, pageUrl };
