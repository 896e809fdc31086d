/**
 * The team manager's oversight case note at closure (Managerial Practice Note, sections 3–4):
 * the decision, each of the nine checklist items as the checklist reads it (what the record
 * shows and its date, not shown yet, or confirmed by hand and marked so), the manager's own
 * reasons (asked for, never written for them) and the responsibilities left with others.
 * It is for the manager to read against the record and finish, not to sign unseen.
 */
import { formatDate } from '../record/dates';
import { actionLines } from './actions';
import { CHECKLIST_ITEMS, checklistCitation, readItem } from './checklist';
import { list, professionals } from './people';
import type { DraftDocument, DraftInput, Part } from './types';
import { sectionsOf, type SectionSpec } from './writing';

const OVERSIGHT = { source: 'E', section: '3. In all Cases', quote: 'A managerial oversight case note should be completed by the TM in all cases prior to referral closure.' } as const;

const ITEMS: SectionSpec[] = CHECKLIST_ITEMS.map((item) => ({
  id: `checklist-${item.n}`,
  title: `${item.n}. ${item.title}`,
  prompt: 'Is it done, and when? Below is what the record shows; read it against the record before you rely on it.',
  source: checklistCitation(item.n),
  for: ['manager'],
  write: (w) => readItem(item.n, w).lines.map((l) => l.text).join('\n'),
}));

export const SECTIONS: SectionSpec[] = [
  {
    id: 'decision',
    title: 'The decision',
    prompt: 'What was decided, when, and on what reason for closure?',
    source: OVERSIGHT,
    for: ['manager'],
    write: (w) => {
      const decision = w.get('decisionDate');
      const reason = w.get('closureReason');
      const to = w.get('stepDownTo');
      const name = w.get('childName');
      if (decision === undefined && reason === undefined) return null;
      return [
        `Decision to close ${name ? `${name}’s case` : 'the case'} (Person ID ${w.record.personId})${decision ? ` on ${formatDate(decision)}` : ' (no decision date recorded)'}.`,
        reason ? `Reason for closure: ${reason.label}.` : 'No reason for closure is chosen yet.',
        to ? `Stepped down to: ${to}.` : '',
      ].filter(Boolean).join(' ');
    },
  },
  {
    id: 'checklist-intro',
    title: 'Closure checklist',
    prompt: 'Say that you have considered each item of the checklist below.',
    source: { source: 'E', section: '3. In all Cases', quote: 'DETAILED NOTES – Section should reference consideration to the checklist below.' },
    for: ['manager'],
    write: () => 'I have considered each item of the case closure checklist against the record:',
  },
  ...ITEMS,
  {
    id: 'rationale',
    title: 'Reasons for closing',
    prompt: 'Why is it right to close the case, and what informed your decision? In your own words.',
    source: { source: 'C', section: 'Management Oversight', quote: 'this should clearly evidence our reasons for closing the case and what informed our decision' },
    for: ['manager'],
    write: (w) => {
      // The record's own account sits beside the section: the reasons are the manager's to give.
      w.consider('Why the service was involved', 'reasonForInvolvement');
      w.consider('What changed for the child', 'whatChanged');
      w.consider('Risk and parental capacity', 'riskAndCapacity');
      w.consider('Closing summary', 'closingSummary');
      return '[Your reasons for closing the case and what informed your decision.]';
    },
  },
  {
    id: 'responsibilities',
    title: 'Responsibilities for other professionals',
    prompt: 'Are there any responsibilities for other professionals? Set them out clearly.',
    source: { source: 'C', section: 'Management Oversight', quote: 'We should also clearly set out if there are any responsibilities for other professionals.' },
    for: ['manager'],
    write: (w) => {
      const actions = w.get('actionsForOthers');
      if (actions === undefined) return null;
      if (!actions) return 'No actions for other professionals are recorded on the closure record. [Set out any responsibilities agreed, or say there are none.]';
      const people = professionals(w) ?? [];
      return actionLines(actions, people)
        .map((line) => (line.for.length ? `${line.text} (${list(line.for.map((p) => p.name))})` : line.text))
        .join('\n');
    },
  },
  {
    id: 'signed',
    title: 'Team manager',
    prompt: 'Read each item against the record before you sign: this note is yours.',
    source: OVERSIGHT,
    for: ['manager'],
    write: () => '[Your name, role and the date, once you have read each item against the record.]',
  },
];

export const managerOversightParts = (): Part[] => [{ key: 'note', audience: 'manager', label: 'Management oversight case note' }];

export function managerOversight(input: DraftInput, part: Part): DraftDocument {
  const name = input.record.facts.childName;
  return {
    document: 'manager-oversight',
    part,
    title: 'Manager’s oversight note',
    layout: 'headed',
    pasteInto: 'oversight-note',
    plainEnglish: null,
    band: null,
    printHeading: `Management oversight at closure – ${name.known ? name.value : 'the child'} (Person ID ${input.record.personId})`,
    sections: sectionsOf(SECTIONS, input, part, '8-12'),
  };
}
