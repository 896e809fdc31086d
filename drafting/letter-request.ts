/**
 * The request to business support for the family's closure letter (Practice Matters: "request
 * Business Services to process a case closure letter … to the family and key partners";
 * Managerial Practice Note item 9: "admin to process this, please send email … requesting this").
 */
import { formatDate } from '../record/dates';
import { checklistCitation, readItem } from './checklist';
import { children, described, list, professionals, staff, team } from './people';
import type { DraftDocument, DraftInput, Part } from './types';
import { sectionsOf, type SectionSpec } from './writing';

const REQUEST = { source: 'B', section: 'To be completed within 7 days', quote: 'request Business Services to process a case closure letter will be sent to the family and key partners' } as const;

export const SECTIONS: SectionSpec[] = [
  {
    id: 'request',
    title: 'The request',
    prompt: 'Ask business support to process the case closure letter to the parents or those with parental responsibility.',
    source: checklistCitation(9),
    for: ['business-support'],
    write: (w) => {
      // What the record already shows of the letter sits beside the request.
      const item = readItem(9, w);
      for (const l of item.lines) w.consider('What the checklist shows', { text: l.text, source: l.rule.evidence[0]?.source ?? null });
      const kids = children(w);
      const names = kids?.map((k) => k.name).filter(Boolean) as string[] | undefined;
      return `Please process a case closure letter to the parents / those with parental responsibility for ${names?.length ? list(names) : '[the child’s name]'} (Person ID ${w.record.personId}). [Names and address of the parents or carers: check the family details on the record.]`;
    },
  },
  {
    id: 'case',
    title: 'The case',
    prompt: 'What does business support need to know: the decision, its date and the reason?',
    source: REQUEST,
    for: ['business-support'],
    write: (w) => {
      const decision = w.get('decisionDate');
      const reason = w.get('closureReason');
      const s = staff(w);
      if (decision === undefined && reason === undefined) return null;
      return [
        decision ? `The decision to close was made on ${formatDate(decision)}.` : 'The date of the decision is not recorded yet.',
        reason ? `Reason for closure: ${reason.label}.` : '',
        s?.worker ? `Allocated worker: ${s.worker.name}, ${team(w, s.worker) ?? '[team]'}.` : '',
      ].filter(Boolean).join(' ');
    },
  },
  {
    id: 'partners',
    title: 'Key partners',
    prompt: 'Which key partners should also have the letter?',
    source: REQUEST,
    for: ['business-support'],
    write: (w) => {
      const people = professionals(w);
      if (people === undefined) return null;
      return people.length ? `Please also send it to the key partners:\n${people.map((p) => `– ${described(p)}`).join('\n')}` : 'There are no current professionals to copy it to.';
    },
  },
  {
    id: 'sign-off',
    title: 'From',
    prompt: 'Who is asking, so business support can say when it is sent?',
    source: REQUEST,
    for: ['business-support'],
    write: (w) => {
      const s = staff(w);
      if (s === undefined) return null;
      return `Please let me know when it has been sent.\n${s.worker ? `${s.worker.name}\n${s.worker.role}, ${team(w, s.worker) ?? '[your team]'}` : '[your name and role]'}`;
    },
  },
];

export const letterRequestParts = (): Part[] => [{ key: 'request', audience: 'business-support', label: 'E-mail to business support' }];

export function letterRequest(input: DraftInput, part: Part): DraftDocument {
  return {
    document: 'letter-request',
    part,
    title: 'Closure letter request',
    layout: 'letter',
    pasteInto: 'email',
    plainEnglish: null,
    band: null,
    printHeading: null,
    sections: sectionsOf(SECTIONS, input, part, '8-12'),
  };
}
