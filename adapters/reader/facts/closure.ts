/**
 * The closure record's fields, by their labels: a form in a frame (Mosaic), display spans in tabs
 * (Care Assess), a wizard over three pages (LCS) — each page reads the fields it shows.
 */
import type { CensusCode, FactKey } from '../../../record/schema';
import type { FactSpecs, Words } from '../../profiles/schema';
import { matches, whichOf } from '../../profiles/words';
import { findList, rowsOf, showsColumns } from '../find-list';
import { cellText, rowSelector } from '../lists';
import { isTickBox, labelledCheckboxes, valueOf, type LabelledValue } from '../pairs';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';
import { followedByContent } from '../text';

type Field = { label: Words; not?: Words };

const TEXTS = ['closingSummary', 'reasonForInvolvement', 'whatChanged', 'riskAndCapacity', 'nextSteps', 'childViews', 'parentViews', 'stepDownTo', 'actionsForOthers', 'keyHealthProfessional'] as const;
const DATES = ['decisionDate', 'familyInformed', 'copyToFamily', 'letterRequested', 'letterSent', 'demographicsVerified'] as const;

/** A label's first words, for messages: "Date decision made to close". */
const nameOf = (spec: Field) => spec.label[0]!.replace(/\*/g, ' ').trim();

function date(r: PageReader, key: FactKey, spec: Field): { value: string | null; pair: LabelledValue } | undefined {
  const pair = r.field(key, spec, nameOf(spec));
  if (!pair) return undefined;
  const value = r.date(String(valueOf(pair)));
  if (value === undefined) {
    r.miss(key, 'unreadable', `"${pair.label}" holds no date it can read`);
    return undefined;
  }
  return { value, pair };
}

/** Yes / No / not answered; undefined (reported) for words it does not know. */
function yesNo(r: PageReader, key: FactKey, pair: LabelledValue): boolean | null | undefined {
  const value = valueOf(pair);
  if (typeof value === 'boolean') return value;
  const v = r.emptyToNull(value);
  if (v === null) return null;
  if (matches(v, r.vocabulary.yes)) return true;
  if (matches(v, r.vocabulary.no)) return false;
  r.miss(key, 'unreadable', `"${pair.label}" says "${v}", which is neither yes nor no`);
  return undefined;
}

/** The reason chosen, with its census code and whether it is a step-down, from the profile's pick list. */
function readReason(r: PageReader, spec: Field): void {
  const pair = r.field('closureReason', spec, 'reason for closure');
  if (!pair) return;
  const label = r.text(pair);
  if (!label) return r.set('closureReason', null, pair.label, pair.element);
  const option = r.vocabulary.closureReasons?.find((o) => matches(label, [o.label]));
  // A census reason written out ("RC7 …") is that reason whatever the list says (closure-rules.md reading 17).
  const literal = /^RC([1-9])\b/.exec(label);
  const code = option?.code ?? (literal ? (`RC${literal[1]}` as CensusCode) : null);
  const stepDown = option?.stepDown ?? (code ? code === 'RC9' : null);
  r.set('closureReason', { label, code, stepDown }, pair.label, pair.element);
}

function readChildInformed(r: PageReader, spec: NonNullable<FactSpecs['childInformed']>): void {
  const when = date(r, 'childInformed', spec.date);
  const reason = r.field('childInformed', spec.reason, 'reason the child was not informed');
  const asked = spec.notAppropriate;
  // A tick box where the system has one; else a question whose answer says so.
  const tick = asked && (r.pairs.some((p) => matches(p.label, asked.label) && isTickBox(p.control)) ? r.field('childInformed', asked, 'not appropriate to inform the child', 'check') : r.field('childInformed', asked, 'whether the child was told'));
  if (!when || !reason || (asked && !tick)) return;
  const why = r.text(reason);
  const answer = tick ? valueOf(tick) : null;
  // Where the system has no question or tick box, a recorded reason is what says "not appropriate".
  const notAppropriate = tick ? answer === true || (typeof answer === 'string' && matches(answer, asked!.answers)) : why !== null;
  r.set('childInformed', { date: when.value, notAppropriate, reason: why }, when.pair.label, when.pair.element);
}

function readActions(r: PageReader, key: 'oversightActions' | 'supervisionActions', spec: { status: Field; reason: Field }, name: string): void {
  const status = r.field(key, spec.status, `${name} actions`);
  const why = r.field(key, spec.reason, `reason (${name} actions not required)`);
  if (!status || !why) return;
  const word = r.text(status);
  const mapped = word === null ? null : whichOf(word, r.vocabulary.actionStatuses ?? {});
  if (mapped === undefined) return r.miss(key, 'unreadable', `"${status.label}" says "${word}", a word it does not know`);
  r.set(key, { status: mapped, reason: r.text(why) }, status.label, status.element);
}

/** In steps: a record may list everyone told of the closure, hundreds on a long case. */
function* readProfessionalsInformed(r: PageReader, spec: NonNullable<FactSpecs['professionalsInformed']>): Steps<void> {
  const found = findList(r, 'professionalsInformed', 'professionals informed', spec, ['name', 'informed', 'written']);
  if (!found || !showsColumns(r, 'professionalsInformed', 'professionals informed', found.cols, (['role', 'method'] as const).filter((k) => spec.columns[k]))) return;
  const rows = rowsOf(r, 'professionalsInformed', 'professionals informed', found.list);
  if (!rows) return;
  const { cols } = found;
  const told = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i % ROWS_PER_STEP === 0) yield;
    const name = r.emptyToNull(cellText(row, cols.name));
    if (!name) continue;
    const informed = r.date(cellText(row, cols.informed));
    const written = r.date(cellText(row, cols.written));
    if (informed === undefined || written === undefined) return r.miss('professionalsInformed', 'unreadable', 'a professionals-informed date it cannot read');
    told.push({ name, role: r.emptyToNull(cellText(row, cols.role ?? -1)), informed, written, method: r.emptyToNull(cellText(row, cols.method ?? -1)), selector: rowSelector(row) });
  }
  r.set('professionalsInformed', told, found.label, found.list.element);
}

/**
 * The closure form's own checklist. A tick box without words, or words without a tick box, may be an
 * unticked step: the list is unknown rather than shorter (a shorter list of ticked items would read
 * as complete).
 */
function readChecklist(r: PageReader, spec: NonNullable<FactSpecs['checklist']>): void {
  const boxes = labelledCheckboxes(r.doc);
  const items = boxes.filter((c) => !matches(c.label, spec.not));
  if (!items.length) return r.miss('checklist', 'missing', 'no closure checklist');
  const container = checklistOf(items.map((i) => i.box));
  const named = new Set<Element>(boxes.map((c) => c.box));
  const target = (l: HTMLLabelElement) => (l.htmlFor ? l.ownerDocument.getElementById(l.htmlFor) : l.querySelector('input'));
  const unpaired = Array.from(container.querySelectorAll('input[type=checkbox]')).some((b) => !named.has(b)) || Array.from(container.querySelectorAll('label')).some((l) => !target(l));
  if (unpaired) return r.miss('checklist', 'unreadable', 'a closure checklist item without its label or its tick box');
  if (!followedByContent(container)) return r.miss('checklist', 'unreadable', 'the page ends inside the closure checklist (cut short?)');
  r.set('checklist', items.map((c) => ({ label: c.label, ticked: c.box.checked })), 'Closure checklist', container);
}

/**
 * The nearest element holding all the items' tick boxes. A lone item's own wrapper is not the list:
 * on a page cut after the first item, the list would end with it. The list is then what holds the
 * wrapper (the item and whatever else came with it).
 */
function checklistOf(boxes: Element[]): Element {
  let node: Element = boxes[0]!.parentElement ?? boxes[0]!;
  while (node.parentElement && !boxes.every((e) => node.contains(e))) node = node.parentElement;
  if (boxes.length > 1) return node;
  while (node.parentElement && node.parentElement.tagName !== 'BODY' && node.parentElement.childElementCount === 1) node = node.parentElement;
  return node.parentElement && node.parentElement.tagName !== 'BODY' ? node.parentElement : node;
}

/** Reads every closure-record field the page's facts name, pausing in the list of professionals informed. */
export function* readClosureFields(r: PageReader, facts: FactSpecs): Steps<void> {
  if (facts.closureReason) readReason(r, facts.closureReason);
  for (const key of TEXTS) {
    const spec = facts[key];
    const pair = spec && r.field(key, spec, nameOf(spec));
    if (pair) r.set(key, r.text(pair), pair.label, pair.element);
  }
  for (const key of DATES) {
    const spec = facts[key];
    const found = spec && date(r, key, spec);
    if (found) r.set(key, found.value, found.pair.label, found.pair.element);
  }
  if (facts.childInformed) readChildInformed(r, facts.childInformed);
  if (facts.supportingFamilies) {
    const inProgramme = r.field('supportingFamilies', facts.supportingFamilies.inProgramme, 'Supporting Families programme');
    const evidence = r.field('supportingFamilies', facts.supportingFamilies.evidence, 'Supporting Families evidence');
    if (inProgramme && evidence) {
      const a = yesNo(r, 'supportingFamilies', inProgramme);
      const b = yesNo(r, 'supportingFamilies', evidence);
      if (a !== undefined && b !== undefined) r.set('supportingFamilies', { inProgramme: a, evidenceComplete: b }, inProgramme.label, inProgramme.element);
    }
  }
  if (facts.oversightActions) readActions(r, 'oversightActions', facts.oversightActions, 'initial management oversight');
  if (facts.supervisionActions) readActions(r, 'supervisionActions', facts.supervisionActions, 'supervision');
  if (facts.managerAuthorisation) {
    const by = r.field('managerAuthorisation', facts.managerAuthorisation.by, 'authorised by');
    const on = date(r, 'managerAuthorisation', facts.managerAuthorisation.on);
    if (by && on) r.set('managerAuthorisation', { name: r.text(by), date: on.value }, by.label, by.element);
  }
  if (facts.professionalsInformed) yield* readProfessionalsInformed(r, facts.professionalsInformed);
  if (facts.checklist) readChecklist(r, facts.checklist);
}
