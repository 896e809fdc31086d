/**
 * Reads a closure record (a form in Mosaic, display spans in Care Assess) by its labels.
 * Each system passes its own label words; the reading is the same.
 */
import type { CensusCode } from '../../record/schema';
import { listRows, showsColumns } from './lists';
import { cellText, clean, columns, emptyToNull, field, followedByContent, isTickBox, parseDate, valueOf, type LabelledValue, type PageReader, type Table } from './page';

/** The label words of one system's closure record. */
export interface ClosureLabels {
  decisionDate: RegExp;
  reason: RegExp;
  stepDownTo: RegExp;
  closingSummary: RegExp;
  reasonForInvolvement: RegExp;
  whatChanged: RegExp;
  riskAndCapacity: RegExp;
  nextSteps: RegExp;
  actionsForOthers: RegExp;
  childViews: RegExp;
  parentViews: RegExp;
  familyInformed: RegExp;
  childInformedDate: RegExp;
  /** A tick box "not appropriate to inform the child", where the system has one. */
  childNotAppropriate?: RegExp;
  childNotInformedReason: RegExp;
  copyToFamily: RegExp;
  keyHealthProfessional: RegExp;
  letterRequested: RegExp;
  letterSent: RegExp;
  inProgramme: RegExp;
  sfEvidence: RegExp;
  oversightActions: RegExp;
  oversightReason: RegExp;
  supervisionActions: RegExp;
  supervisionReason: RegExp;
  demographics: RegExp;
  authorisedBy: RegExp;
  authorisedOn: RegExp;
  /** Words that mark a label as a reason rather than a status ("Reason if … not required"). */
  reasonWord: RegExp;
  /** Columns of the professionals-informed grid. */
  professionals: { name: RegExp; role: RegExp; informed: RegExp; written: RegExp; method: RegExp };
  /** Words a grid uses to say it is empty ("No professionals added"). */
  emptyList: RegExp;
  /** Tick boxes that are not checklist items. */
  notChecklist: RegExp;
  /** The words of the actions pick list. */
  actionWords: { complete: RegExp; outstanding: RegExp; notNeeded: RegExp };
  yes: RegExp;
  no: RegExp;
}

function text(reader: PageReader, pairs: LabelledValue[], key: string, name: string, pattern: RegExp, exclude?: RegExp): void {
  const pair = field(reader, pairs, name, pattern, 'text', exclude);
  if (!pair) return;
  const value = valueOf(pair);
  reader.set(key, typeof value === 'string' ? emptyToNull(value) : null, pair.label, pair.element);
}

function date(reader: PageReader, pairs: LabelledValue[], name: string, pattern: RegExp, exclude?: RegExp): { value: string | null; pair: LabelledValue } | undefined {
  const pair = field(reader, pairs, name, pattern, 'text', exclude);
  if (!pair) return undefined;
  const parsed = parseDate(String(valueOf(pair)));
  if (parsed === undefined) {
    reader.warn(`"${pair.label}" holds no date it can read`);
    return undefined;
  }
  return { value: parsed, pair };
}

function setDate(reader: PageReader, pairs: LabelledValue[], key: string, name: string, pattern: RegExp, exclude?: RegExp): void {
  const found = date(reader, pairs, name, pattern, exclude);
  if (found) reader.set(key, found.value, found.pair.label, found.pair.element);
}

/** Yes / No / not answered; undefined (with a warning) for words it does not know. */
function yesNo(reader: PageReader, pair: LabelledValue, labels: ClosureLabels): boolean | null | undefined {
  const v = emptyToNull(String(valueOf(pair)));
  if (v === null) return null;
  if (labels.yes.test(v)) return true;
  if (labels.no.test(v)) return false;
  reader.warn(`"${pair.label}" says "${v}", which is neither yes nor no`);
  return undefined;
}

export function readClosureRecord(reader: PageReader, pairs: LabelledValue[], tablesOnPage: Table[], checkboxes: { label: string; box: HTMLInputElement }[], L: ClosureLabels): void {
  setDate(reader, pairs, 'decisionDate', 'date of decision to close', L.decisionDate);

  const reason = field(reader, pairs, 'reason for closure', L.reason);
  if (reason) {
    const label = emptyToNull(String(valueOf(reason)));
    // The census code is read only when the label literally is one (closure-rules.md reading 17).
    const code = label && /^RC([1-9])\b/.exec(label);
    reader.set('closureReason', label ? { label, code: code ? (`RC${code[1]}` as CensusCode) : null } : null, reason.label, reason.element);
  }

  text(reader, pairs, 'stepDownTo', 'service stepped down to', L.stepDownTo, L.reason);
  text(reader, pairs, 'closingSummary', 'closing summary', L.closingSummary);
  text(reader, pairs, 'reasonForInvolvement', 'reason for involvement', L.reasonForInvolvement);
  text(reader, pairs, 'whatChanged', 'what has changed for the child', L.whatChanged);
  text(reader, pairs, 'riskAndCapacity', 'risk reduced / parental capacity', L.riskAndCapacity);
  text(reader, pairs, 'nextSteps', 'next steps', L.nextSteps);
  text(reader, pairs, 'actionsForOthers', 'actions for other professionals', L.actionsForOthers);
  text(reader, pairs, 'childViews', "child's views", L.childViews);
  text(reader, pairs, 'parentViews', "parents' views", L.parentViews);
  setDate(reader, pairs, 'familyInformed', 'date parents/carers informed', L.familyInformed);
  setDate(reader, pairs, 'copyToFamily', 'copy sent to family', L.copyToFamily);
  text(reader, pairs, 'keyHealthProfessional', 'key health professional', L.keyHealthProfessional);
  setDate(reader, pairs, 'letterRequested', 'closure letter requested', L.letterRequested);
  setDate(reader, pairs, 'letterSent', 'closure letter sent', L.letterSent, L.letterRequested);
  setDate(reader, pairs, 'demographicsVerified', 'demographics checked', L.demographics);

  // The child informed: a date, or "not appropriate" with a reason.
  const childDate = date(reader, pairs, 'date child informed', L.childInformedDate);
  const reasonPair = field(reader, pairs, 'reason the child was not informed', L.childNotInformedReason);
  const tick = L.childNotAppropriate ? field(reader, pairs, 'not appropriate to inform the child', L.childNotAppropriate, 'check') : undefined;
  if (childDate && reasonPair && (!L.childNotAppropriate || tick)) {
    const why = emptyToNull(String(valueOf(reasonPair)));
    // Where the system has no tick box, a recorded reason is what says "not appropriate".
    const notAppropriate = tick ? valueOf(tick) === true : why !== null;
    reader.set('childInformed', { date: childDate.value, notAppropriate, reason: why }, childDate.pair.label, childDate.pair.element);
  }

  const inProgramme = field(reader, pairs, 'Supporting Families programme', L.inProgramme, 'text', L.sfEvidence);
  const sfEvidence = field(reader, pairs, 'Supporting Families evidence', L.sfEvidence);
  if (inProgramme && sfEvidence) {
    const a = yesNo(reader, inProgramme, L);
    const b = yesNo(reader, sfEvidence, L);
    if (a !== undefined && b !== undefined) reader.set('supportingFamilies', { inProgramme: a, evidenceComplete: b }, inProgramme.label, inProgramme.element);
  }

  for (const [key, name, statusPattern, reasonPattern] of [
    ['oversightActions', 'initial management oversight actions', L.oversightActions, L.oversightReason],
    ['supervisionActions', 'supervision actions', L.supervisionActions, L.supervisionReason],
  ] as const) {
    const status = field(reader, pairs, name, statusPattern, 'text', L.reasonWord);
    const why = field(reader, pairs, `reason (${name} not required)`, reasonPattern);
    if (!status || !why) continue;
    const word = emptyToNull(String(valueOf(status)));
    const mapped = word === null ? null : L.actionWords.complete.test(word) ? 'complete' : L.actionWords.outstanding.test(word) ? 'outstanding' : L.actionWords.notNeeded.test(word) ? 'not-needed' : undefined;
    if (mapped === undefined) {
      reader.warn(`"${status.label}" says "${word}", a word it does not know`);
      continue;
    }
    reader.set(key, { status: mapped, reason: emptyToNull(String(valueOf(why))) }, status.label, status.element);
  }

  const by = field(reader, pairs, 'authorised by', L.authorisedBy);
  const on = date(reader, pairs, 'date authorised', L.authorisedOn);
  if (by && on) reader.set('managerAuthorisation', { name: emptyToNull(String(valueOf(by))), date: on.value }, by.label, by.element);

  // Professionals informed: the grid with Name and Date informed columns.
  const grid = tablesOnPage.map((t) => ({ t, cols: columns(t, L.professionals, ['role', 'method']) })).filter((x) => x.cols);
  if (grid.length !== 1) reader.warn(grid.length ? 'more than one professionals-informed grid' : 'no professionals-informed grid');
  else if (showsColumns(reader, 'professionals-informed', grid[0]!.cols!, { role: 'Role', method: 'Method' })) {
    const { t, cols } = grid[0]!;
    const rows: unknown[] = [];
    let unreadable = false;
    const gridRows = listRows(reader, L.emptyList, t, 'professionals-informed');
    for (const row of gridRows ?? []) {
      const name = emptyToNull(cellText(row, cols!.name));
      if (!name) continue;
      const informed = parseDate(cellText(row, cols!.informed));
      const written = parseDate(cellText(row, cols!.written));
      if (informed === undefined || written === undefined) unreadable = true;
      rows.push({ name, role: emptyToNull(cellText(row, cols!.role)), informed: informed ?? null, written: written ?? null, method: emptyToNull(cellText(row, cols!.method)) });
    }
    if (unreadable) reader.warn('a professionals-informed date it cannot read');
    else if (gridRows) reader.set('professionalsInformed', rows, 'Professionals informed', t.element);
  }

  const items = checkboxes.filter((c) => !L.notChecklist.test(c.label));
  // A tick box without words, or words without a tick box, may be an unticked step: the list is
  // unknown rather than shorter (a shorter list of ticked items would read as complete).
  const table = items[0]?.box.closest('table');
  const named = new Set<Element>(checkboxes.map((c) => c.box));
  const target = (l: HTMLLabelElement) => (l.htmlFor ? l.ownerDocument.getElementById(l.htmlFor) : l.querySelector('input'));
  const unpaired = table && (Array.from(table.querySelectorAll('input[type=checkbox]')).some((b) => !named.has(b)) || Array.from(table.querySelectorAll('label')).some((l) => !isTickBox(target(l))));
  if (unpaired) reader.warn('a closure checklist item without its label or its tick box');
  else if (items.length && !followedByContent(items[items.length - 1]!.box.closest('table') ?? items[items.length - 1]!.box)) reader.warn('the page ends inside the closure checklist (cut short?)');
  else if (items.length) reader.set('checklist', items.map((c) => ({ label: c.label, ticked: c.box.checked })), 'Closure checklist', items[0]!.box.closest('table') ?? items[0]!.box);
  else reader.warn('no closure checklist');
}

/** Every tick box with its label's words. */
export function labelledCheckboxes(doc: Document): { label: string; box: HTMLInputElement }[] {
  return Array.from(doc.querySelectorAll('input[type=checkbox]')).flatMap((box) => {
    const label = box.id ? Array.from(doc.querySelectorAll('label')).find((l) => l.htmlFor === box.id) : box.closest('label');
    return label ? [{ label: clean(label.textContent), box: box as HTMLInputElement }] : [];
  });
}
