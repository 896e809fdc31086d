/** The Mosaic-style adapter: reads a person's case pages (and the closure form in its iframe). */
import type { FactPages } from '../../record/merge';
import type { FactKey, PageKind, PageReading } from '../../record/schema';
import { labelledCheckboxes, readClosureRecord } from '../common/closure';
import { readOpenSiblings } from '../common/family';
import { documentFrom, find, listRows, rememberedRow, rememberRow, showsColumns } from '../common/lists';
import { cellText, clean, columns, emptyToNull, field, labelledValues, PageReader, parseDate, tables, valueOf } from '../common/page';
import { agencyFrom, ageFrom, involvementKind, involvementRole, noteStatus, outcomeFrom } from '../common/vocabulary';
import type { Adapter, CasePage } from '../types';
import * as L from './labels';

const CLOSURE_FORM_FACTS: FactKey[] = [
  'decisionDate', 'closureReason', 'closingSummary', 'reasonForInvolvement', 'whatChanged', 'riskAndCapacity', 'nextSteps',
  'childViews', 'parentViews', 'stepDownTo', 'actionsForOthers', 'familyInformed', 'childInformed', 'professionalsInformed',
  'keyHealthProfessional', 'letterRequested', 'letterSent', 'copyToFamily', 'supportingFamilies', 'oversightActions',
  'supervisionActions', 'demographicsVerified', 'managerAuthorisation', 'checklist',
];

const factPages = {
  childName: 'summary', childAge: 'summary', siblingsOpen: 'summary', involvements: 'summary', assessmentOutcome: 'summary',
  workItems: 'summary', relationships: 'summary', caseNotes: 'case-notes', chronologyStatus: 'chronology',
  chronologyLastUpdated: 'chronology', chronologyEntries: 'chronology', documents: 'documents', closureStatus: 'closure',
  // Mosaic shows no co-team closure record of its own: the co-team closes its own step elsewhere,
  // so this stays unknown and the rule says so rather than guessing.
  coTeamClosureStatus: 'co-team-closure',
  ...Object.fromEntries(CLOSURE_FORM_FACTS.map((k) => [k, 'closure-form'])),
} as FactPages;

function detect(doc: Document, url: URL): CasePage | null {
  try {
    const match = L.PERSON_PATH.exec(url.pathname);
    if (!match) return null;
    const page = L.PAGE_PATHS[(match[2] ?? '').toLowerCase() as keyof typeof L.PAGE_PATHS];
    if (!page) return null;
    const body = doc.body?.textContent ?? '';
    if (page === 'closure-form') return Array.from(doc.querySelectorAll('label')).some((l) => L.FORM_MARK.test(l.textContent ?? '')) ? { personId: match[1]!, page } : null;
    return L.bannerFor(match[1]!).test(body) ? { personId: match[1]!, page } : null;
  } catch {
    return null;
  }
}

function readSummary(r: PageReader, doc: Document): void {
  const pairs = labelledValues(doc);
  const name = field(r, pairs, 'name', L.DETAILS.name);
  if (name) r.set('childName', clean(String(valueOf(name))), name.label, name.element);
  const age = field(r, pairs, 'age', L.DETAILS.age);
  const dob = pairs.find((p) => L.DETAILS.dob.test(p.label));
  if (age || dob) {
    const years = ageFrom(age ? String(valueOf(age)) : '', dob ? parseDate(String(valueOf(dob))) : null, r.seenAt.slice(0, 10));
    r.set('childAge', years, (age ?? dob)!.label, (age ?? dob)!.element);
  }
  const all = tables(doc);

  const inv = find(r, all, 'involvements', L.SECTIONS.involvements, L.COLUMNS.involvement);
  const invRows = inv && listRows(r, L.EMPTY_LIST, inv.table, 'involvements');
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
    if (values.every(Boolean)) r.set('involvements', values, 'Involvements', inv.table.element);
    else r.warn('an involvement it cannot read');
  }

  const rels: unknown[] = [];
  let relsOk = true;
  for (const [group, title] of [['worker', L.SECTIONS.workers], ['professional', L.SECTIONS.professionals]] as const) {
    const t = find(r, all, `${group} relationships`, title, L.COLUMNS.relationship, ['organisation']);
    const rows = t && listRows(r, L.EMPTY_LIST, t.table, `${group} relationships`);
    if (!t || !rows || !showsColumns(r, `${group} relationships`, t.cols, { organisation: 'Organisation' })) {
      relsOk = false;
      continue;
    }
    for (const row of rows) {
      const role = cellText(row, t.cols.role);
      const organisation = emptyToNull(cellText(row, t.cols.organisation));
      const start = parseDate(cellText(row, t.cols.start));
      const end = parseDate(cellText(row, t.cols.end));
      if (start === undefined || end === undefined) relsOk = false;
      rels.push({ role, name: cellText(row, t.cols.name), organisation, agency: agencyFrom(role, organisation), group, start: start ?? null, end: end ?? null });
    }
  }
  if (relsOk) r.set('relationships', rels, 'Worker and professional relationships', all.find((t) => L.SECTIONS.professionals.test(t.title))?.element);

  const fam = find(r, all, 'family members', L.SECTIONS.family, L.COLUMNS.family, ['id', 'dob']);
  const famRows = fam && listRows(r, L.EMPTY_LIST, fam.table, 'family members');
  if (fam && famRows) readOpenSiblings(r, famRows, fam.cols, { sibling: L.SIBLING, yes: L.YES, no: L.NO }, 'Family members', fam.table.element);

  const steps = find(r, all, 'workflow steps', null, L.COLUMNS.steps, ['authorisedBy']);
  const stepRows = steps && listRows(r, L.EMPTY_LIST, steps.table, 'workflow steps');
  if (steps && stepRows) {
    const items: unknown[] = [];
    let closure: 'incomplete' | 'complete' | 'missing' = 'missing';
    let outcome: string | null = null;
    let ok = true;
    for (const row of stepRows) {
      const cell = row.cells[steps.cols.step]!;
      const title = clean(cell.querySelector('a')?.textContent ?? cell.firstChild?.textContent ?? cell.textContent);
      const type = cellText(row, steps.cols.type);
      const statusWord = cellText(row, steps.cols.status);
      const status = L.STEP_STATUS.open.test(statusWord) ? 'open' : L.STEP_STATUS.complete.test(statusWord) ? 'complete' : undefined;
      if (!status) {
        r.warn(`workflow step status "${statusWord}" it does not know`);
        ok = false;
        continue;
      }
      if (L.STEP_TYPES.closure.test(type)) {
        closure = status === 'complete' ? 'complete' : 'incomplete';
        continue;
      }
      const kind = L.STEP_TYPES.assessment.test(type) ? 'assessment' : L.STEP_TYPES.review.test(type) ? 'review' : L.STEP_TYPES.plan.test(type) ? 'plan' : undefined;
      if (!kind) {
        r.warn(`workflow step type "${type}" it does not know`);
        ok = false;
        continue;
      }
      const text = clean(cell.textContent);
      const shared = L.SHARED.exec(text);
      const sharedDate = shared ? parseDate(shared[1]) : null;
      const outcomeText = L.OUTCOME.exec(text)?.[1] ?? null;
      if (outcomeText && kind === 'assessment') outcome = outcomeText;
      const authorised = cellText(row, steps.cols.authorisedBy);
      const started = parseDate(cellText(row, steps.cols.started));
      const completed = parseDate(cellText(row, steps.cols.completed));
      if (started === undefined || completed === undefined || sharedDate === undefined) ok = false;
      items.push({
        title, kind, status, started: started ?? null, completed: completed ?? null,
        authorisedBy: L.AWAITING.test(authorised) ? null : emptyToNull(authorised),
        sharedWithFamily: sharedDate ?? null,
        ...(outcomeText ? { outcome: clean(outcomeText) } : {}),
      });
    }
    if (ok) {
      // Without an "Authorised by" column the grid cannot say who authorised a step: the work
      // items are unknown, not "never authorised".
      if (showsColumns(r, 'workflow steps', steps.cols, { authorisedBy: 'Authorised by' })) r.set('workItems', items, 'Current workflow steps', steps.table.element);
      r.set('assessmentOutcome', outcomeFrom(outcome), 'Current workflow steps · Outcome', steps.table.element);
      r.set('closureStatus', closure, 'Current workflow steps · Case Closure', steps.table.element);
    }
  }
}

function readCaseNotes(r: PageReader, doc: Document): void {
  const t = find(r, tables(doc), 'case notes', null, L.COLUMNS.notes);
  if (!t) return;
  if (t.table.rows.length === 0 && t.table.notes.some((n) => !L.EMPTY_LIST.test(n))) return; // still loading: read again when the rows arrive
  const rows = listRows(r, L.EMPTY_LIST, t.table, 'case notes');
  if (!rows) return;
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
    notes.push(rememberRow(row, { date, type: cellText(row, t.cols.type), subject: emptyToNull(cellText(row, t.cols.subject)), author: emptyToNull(cellText(row, t.cols.author)), status }));
  }
  r.set('caseNotes', notes, 'Case notes', t.table.element);
}

function readChronology(r: PageReader, doc: Document): void {
  if (L.CHRONOLOGY.none.test(doc.body?.textContent ?? '') && !tables(doc).some((t) => columns(t, L.COLUMNS.chronology))) {
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
  }
  const t = find(r, tables(doc), 'chronology entries', null, L.COLUMNS.chronology, ['source']);
  const rows = t && listRows(r, L.EMPTY_LIST, t.table, 'chronology entries');
  if (t && rows && showsColumns(r, 'chronology entries', t.cols, { source: 'Source' })) {
    r.set('chronologyEntries', rows.map((row) => ({ date: parseDate(cellText(row, t.cols.date)) ?? null, event: cellText(row, t.cols.event), source: emptyToNull(cellText(row, t.cols.source)) })), 'Significant events', t.table.element);
  }
}

function readDocuments(r: PageReader, doc: Document): void {
  const t = find(r, tables(doc), 'documents', null, L.COLUMNS.documents);
  const rows = t && listRows(r, L.EMPTY_LIST, t.table, 'documents');
  if (!t || !rows) return;
  r.set('documents', rows.map((row) => documentFrom(cellText(row, t.cols.title), cellText(row, t.cols.category), parseDate(cellText(row, t.cols.date)) ?? null)), 'Documents', t.table.element);
}

function readClosureStep(r: PageReader, doc: Document): void {
  if (L.NO_CLOSURE_STEP.test(doc.body?.textContent ?? '')) {
    r.set('closureStatus', 'missing', 'Case Closure');
    return;
  }
  const status = field(r, labelledValues(doc), 'step status', L.CLOSURE_STEP_STATUS);
  if (!status) return;
  const word = clean(String(valueOf(status)));
  const value = L.STEP_STATUS.complete.test(word) ? 'complete' : L.STEP_STATUS.open.test(word) ? 'incomplete' : undefined;
  if (value) r.set('closureStatus', value, status.label, status.element);
  else r.warn(`closure step status "${word}" it does not know`);
}

function read(doc: Document, url: URL, seenAt: string): PageReading {
  const found = detect(doc, url);
  const page: PageKind = found?.page ?? 'summary';
  const r = new PageReader('mosaic', page, url.href, seenAt, page === 'closure-form');
  try {
    if (!found) r.warn('not a Mosaic case page');
    else if (page === 'summary') readSummary(r, doc);
    else if (page === 'case-notes') readCaseNotes(r, doc);
    else if (page === 'chronology') readChronology(r, doc);
    else if (page === 'documents') readDocuments(r, doc);
    else if (page === 'closure') readClosureStep(r, doc);
    else if (page === 'closure-form') readClosureRecord(r, labelledValues(doc), tables(doc), labelledCheckboxes(doc), L.CLOSURE);
  } catch (error) {
    // An adapter never throws: what it could not read stays unknown.
    r.warn(`stopped reading: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (r.warnings.length) console.warn(`Closure Companion (Mosaic adapter): ${r.warnings.join('; ')}`);
  return { system: 'mosaic', personId: found?.personId ?? '', page, url: url.href, seenAt, facts: r.facts as PageReading['facts'], warnings: r.warnings };
}

function pageUrl(page: PageKind, personId: string, base: URL): string | null {
  // The closure form is opened through its workflow step, as practitioners do.
  const kind = page === 'closure-form' ? 'closure' : page;
  const path = Object.entries(L.PAGE_PATHS).find(([key, k]) => k === kind && key !== '')?.[0];
  if (!path) return null;
  // Keep whatever base path the council hosts Mosaic under.
  const prefix = base.pathname.replace(L.PERSON_PATH, '');
  return new URL(`${prefix}/person/${personId}/${path}`, base.origin).href;
}

export const mosaic: Adapter = { system: 'mosaic', factPages, detect, read, pageUrl };
