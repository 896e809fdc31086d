/**
 * A closure letter or e-mail to each current professional (Good Practice guide, "Sending
 * letters or e-mails"): the decision and its date, what the record says is asked of them,
 * the health cascade where a key health professional was agreed, and whom to contact.
 */
import { formatDate } from '../record/dates';
import { currentProfessionals } from '../rules/common/professionals';
import { actionLines, actionsOf } from './actions';
import { firstName, list, norm, professionals, staff, team, TEAM_CONTACT } from './people';
import type { DraftDocument, DraftInput, Part, Relationship } from './types';
import { sectionsOf, type SectionSpec, type Writing } from './writing';

const LETTERS = { source: 'C', section: 'Sending letters or e-mails', quote: 'A closure letter or e-mail to professionals is important so this is then held on their files as a record of the case decision and any actions' } as const;
const HEALTH = { source: 'C', section: 'When communicating with health', quote: 'agreeing with one key health professional that they will ensure all other health professionals working with the child, young person and family are informed of decisions' } as const;

const to = (w: Writing) => w.part.professional!;

/** The current professional the record names as the key health professional, if any. */
function keyHealthProfessional(w: Writing): Relationship | null | undefined {
  const named = w.get('keyHealthProfessional');
  const people = professionals(w);
  if (named === undefined || people === undefined) return undefined;
  if (!named) return null;
  return people.find((p) => p.agency === 'health' && norm(p.name) === norm(named)) ?? null;
}

export const SECTIONS: SectionSpec[] = [
  {
    id: 'greeting',
    title: 'Greeting',
    prompt: 'Who is the letter to?',
    source: LETTERS,
    for: ['professional'],
    write: (w) => {
      professionals(w);
      return `Dear ${to(w).name},`;
    },
  },
  {
    id: 'decision',
    title: 'The decision',
    prompt: 'What was decided, and when? The letter is their record of the case decision.',
    source: LETTERS,
    for: ['professional'],
    write: (w) => {
      const decision = w.get('decisionDate');
      const reason = w.get('closureReason');
      const name = w.get('childName');
      const stepDown = w.get('stepDownTo');
      const s = staff(w);
      const by = s ? team(w, s.worker) : null;
      if (decision === undefined && reason === undefined) return null;
      return [
        `I am writing to confirm that ${by ?? 'Children’s Social Care'} has closed its work with ${name ?? '[the child’s name]'} (Person ID ${w.record.personId}).`,
        decision ? `The decision to close was made on ${formatDate(decision)}.` : 'The date of the decision is not recorded yet.',
        reason ? `Reason for closure: ${reason.label}.` : '',
        stepDown ? `The family is now supported by ${stepDown}.` : '',
      ].filter(Boolean).join(' ');
    },
  },
  {
    id: 'asked-of-you',
    title: 'What is asked of you',
    prompt: 'What responsibilities, agreed with you and the family, carry on after closure?',
    source: { source: 'C', section: 'Good clear closures summaries', quote: 'it’s important that we clearly record any actions for others and share this information with them' },
    for: ['professional'],
    write: (w) => {
      const actions = w.get('actionsForOthers');
      const people = professionals(w);
      if (actions === undefined || people === undefined) return null;
      if (!actions) return 'The closure record lists no actions for other professionals. [Add anything agreed with this professional, or say that nothing is asked of them.]';
      const mine = actionsOf(actions, people, to(w));
      if (mine.length) return `The closure record asks this of you:\n${mine.map((a) => `– ${a}`).join('\n')}`;
      const unaddressed = actionLines(actions, people).filter((l) => l.for.length === 0).map((l) => l.text);
      return [
        'The closure record does not name an action for you.',
        unaddressed.length ? `It also lists, without saying for whom: ${unaddressed.join(' ')}` : '',
        '[Add anything agreed with this professional, or say that nothing is asked of them.]',
      ].filter(Boolean).join(' ');
    },
  },
  {
    id: 'next-steps',
    title: 'What happens next',
    prompt: 'What happens next for the family, and what should professionals look out for?',
    source: { source: 'C', section: 'Always remember', quote: 'other professionals are aware of risks, concerns, or signs to look out for' },
    for: ['professional'],
    write: (w) => {
      const next = w.get('nextSteps');
      return `${next ? `What happens next: ${next} ` : ''}[The risks, concerns or signs to look out for, as agreed.]`;
    },
  },
  {
    id: 'health-cascade',
    title: 'Telling the other health professionals',
    prompt: 'Health is not one organisation: has one key health professional agreed to tell the others?',
    source: HEALTH,
    for: ['professional'],
    applies: (w) => to(w).agency === 'health' && Boolean(keyHealthProfessional(w)),
    write: (w) => {
      const key = keyHealthProfessional(w)!;
      const others = (professionals(w) ?? []).filter((p) => p.agency === 'health' && norm(p.name) !== norm(key.name));
      const child = firstName(w.get('childName')) ?? 'the child';
      if (norm(key.name) === norm(to(w).name)) {
        return `As we agreed, please make sure that all other health professionals working with ${child} and the family are told of this decision${others.length ? `: ${list(others.map((p) => `${p.name} (${p.role})`))}` : ''}.`;
      }
      return `${key.name} (${key.role}) has agreed to make sure all health professionals working with ${child} and the family are told of this decision; this letter confirms it to you directly.`;
    },
  },
  {
    id: 'contact',
    title: 'Who to contact',
    prompt: 'Whom should they contact with questions, or with new worries about the child?',
    source: { source: 'C', section: 'The Background', quote: 'some professionals who are supporting families have not been aware of case closures/step-down' },
    for: ['professional'],
    write: (w) => {
      const s = staff(w);
      if (s === undefined) return null;
      const who = s.worker ? `${s.worker.name} (${s.worker.role}), ${team(w, s.worker) ?? '[team]'}` : '[your name and team]';
      return `If you have questions about this letter, please contact ${who} on ${TEAM_CONTACT}. If you have new worries about ${firstName(w.get('childName')) ?? 'the child'} or the family, please [how to make a new referral].`;
    },
  },
  {
    id: 'sign-off',
    title: 'From',
    prompt: 'Who is writing?',
    source: LETTERS,
    for: ['professional'],
    write: (w) => {
      const s = staff(w);
      if (s === undefined) return null;
      return s.worker ? `Yours sincerely,\n${s.worker.name}\n${s.worker.role}, ${team(w, s.worker) ?? '[your team]'}` : 'Yours sincerely,\n[your name and role]';
    },
  },
];

/** One letter per current professional, as the rules read who they are. */
export function professionalLetterParts(input: DraftInput): Part[] {
  return (currentProfessionals(input.record) ?? []).map((p) => ({ key: `professional:${norm(p.name)}`, audience: 'professional', label: `${p.name}, ${p.role}`, professional: p }));
}

export function professionalLetter(input: DraftInput, part: Part): DraftDocument {
  return {
    document: 'professional-letter',
    part,
    title: 'Letter to a professional',
    layout: 'letter',
    pasteInto: 'letter',
    plainEnglish: null,
    band: null,
    printHeading: null,
    sections: sectionsOf(SECTIONS, input, part, '8-12'),
  };
}
