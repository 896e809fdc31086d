/**
 * The closing summary, in a version for the child's record (able to stand alone for a future
 * referral), a letter to the family and a version for each child, by age band. Sections and
 * prompts from the practice documents; first drafts from known facts only.
 */
import { formatDate } from '../record/dates';
import type { InvolvementKind } from '../record/schema';
import { ageBand, childKey, children, childrenSeen, firstName, list, norm, plainly, professionals, staff, team, TEAM_CONTACT } from './people';
import type { DraftDocument, DraftInput, Part } from './types';
import { sectionsOf, type SectionSpec, type Writing } from './writing';

const d = (iso: string | null | undefined) => (iso ? formatDate(iso) : 'an unrecorded date');
const KIND_WORDS: Record<InvolvementKind, string> = { assessment: 'an assessment', 'early-help': 'early help', cin: 'a Child in Need plan', cp: 'a Child Protection plan', cla: 'care (looked after)' };

/** The child this part is for, named as the page names them. */
const childOf = (w: Writing) => {
  w.get(w.part.child?.id === w.record.personId ? 'childName' : 'siblingsOpen');
  return firstName(w.part.child?.name) ?? '[the child’s name]';
};

const SOURCES = {
  topTips: { source: 'A', section: 'Top Tips', quote: 'guides any new referral through the history, family context and agreed safety plan' },
  sendToFamily: { source: 'A', section: 'Top Tips', quote: 'Sending the closing summary to the family when the case is closed is helpful as it can then be referred to should any future intervention be required.' },
} as const;

export const SECTIONS: SectionSpec[] = [
  {
    id: 'greeting',
    title: 'Greeting',
    prompt: 'Who is the letter to? Use the names the parents or carers use.',
    source: SOURCES.sendToFamily,
    for: ['family'],
    // The record holds no parent's name to greet: a placeholder, never a guess.
    write: () => 'Dear [name of parent or carer],',
  },
  {
    id: 'who-and-when',
    title: 'Who and when',
    prompt: 'Who is this summary about, and when was the service involved?',
    source: SOURCES.topTips,
    for: ['record', 'family', 'child'],
    write: (w) => {
      const kids = children(w);
      const inv = w.get('involvements');
      if (w.part.audience === 'record') {
        const name = w.get('childName');
        const age = w.get('childAge');
        const sibs = w.get('siblingsOpen');
        if (!name) return null;
        const periods = inv?.map((i) => `${KIND_WORDS[i.kind]} (${i.role === 'co-team' ? `co-team, ${i.team ?? ''}` : (i.team ?? 'primary team')}) from ${d(i.start)}${i.end ? ` to ${d(i.end)}` : ''}`).join('; ');
        return `${name}${age != null ? ` (${age})` : ''}${sibs?.length ? `, with ${sibs.map((s) => s.name).join(' and ')}` : ''}.${periods ? ` Involvement: ${periods}.` : ''}`;
      }
      if (w.part.audience === 'family') {
        const start = inv?.map((i) => i.start).filter(Boolean).sort()[0];
        return kids ? `We have been working with ${list(['you', ...kids.map((k) => firstName(k.name)!)])}${start ? ` since ${d(start)}` : ''}.` : null;
      }
      const name = childOf(w);
      return w.band === 'under-8' ? `Hello ${name}.` : `Hi ${name}, this is about the time we have worked with your family.`;
    },
  },
  {
    id: 'why-involved',
    title: 'Why we became involved',
    prompt: 'What were the worries that brought the family to us?',
    source: { source: 'D', section: 'Introduction', quote: 'a record of the reason for working with them' },
    for: ['record', 'family', 'child'],
    write: (w) => {
      const reason = w.get('reasonForInvolvement');
      if (w.part.audience === 'record') return reason ?? null;
      if (w.part.audience === 'family') return reason ? `We started working with your family for these reasons: ${reason}` : null;
      if (w.band === 'under-8') {
        // The record's words are for adults: beside the section for the worker to put simply.
        w.consider('Why the service was involved, as recorded', 'reasonForInvolvement');
        return 'We came to help your family.';
      }
      return reason ? `We came to help because: ${reason}` : null;
    },
  },
  {
    id: 'what-we-did',
    title: 'What we did',
    prompt: 'What assessments, plans and support were put in place?',
    source: { source: 'B', section: 'Why do we need a case closure process?', quote: 'understand who has / is supporting them and the outcomes they have achieved' },
    for: ['record', 'family', 'child'],
    write: (w) => {
      const items = w.get('workItems');
      if (w.part.audience === 'record') return items ? items.map((x) => `${x.title} (${x.status}${x.completed ? `, ${d(x.completed)}` : ''})`).join('; ') + '.' : null;
      if (w.part.audience === 'family') return items ? 'We met with you, listened, and made a plan together.' : null;
      return 'We talked with you and your family and made a plan together.';
    },
  },
  {
    id: 'what-changed',
    title: 'What has changed for the child',
    prompt: 'How is life different for the child now? Link the presenting circumstances to the current outcomes: the risks identified, parental capacity, needs met and risk reduced.',
    source: { source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: "a summary of the child's journey during the period of intervention" },
    for: ['record', 'family', 'child'],
    // Cases that had a plan (CIN, CP, CLA), or wherever the pack asks the closure record to tell the child's journey.
    applies: (w) => {
      const f = w.record.facts.involvements;
      const planned = !f.known || f.value.some((i) => ['cin', 'cp', 'cla'].includes(i.kind));
      return planned || w.input.verdicts.some((v) => v.rule === 'closure-summary-content');
    },
    write: (w) => {
      const changed = w.get('whatChanged');
      if (w.part.audience === 'record') return [changed, w.get('riskAndCapacity')].filter(Boolean).join(' ') || null;
      if (w.part.audience === 'family') return changed ? `What has changed: ${changed}` : null;
      if (w.band === 'under-8') {
        w.consider('What changed, as recorded', 'whatChanged');
        return 'Things at home are better now.';
      }
      return changed ? `What is better now: ${changed}` : null;
    },
  },
  {
    id: 'why-closing',
    title: 'Why the case is closing',
    prompt: 'Why is it right to close now, and what was the decision?',
    source: { source: 'C', section: 'Management Oversight', quote: 'this should clearly evidence our reasons for closing the case and what informed our decision' },
    for: ['record', 'family', 'child'],
    write: (w) => {
      const decision = w.get('decisionDate');
      if (w.part.audience === 'record') {
        const reason = w.get('closureReason');
        return reason ? `Decision to close on ${d(decision)}. Reason: ${reason.label}.` : null;
      }
      if (w.part.audience === 'family') return decision ? `We decided on ${d(decision)} that our work with you can end.` : null;
      return `Our work with your family is finishing.${decision ? ` We decided this on ${d(decision)}.` : ''}`;
    },
  },
  {
    id: 'views',
    title: 'What the child and parents said',
    prompt: 'What did the child and the parents say about the case closing?',
    source: { source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: "Parents and child's views in relation to case closure should also be clearly recorded." },
    for: ['record', 'family', 'child'],
    write: (w) => {
      if (w.part.audience === 'record') {
        const child = w.get('childViews');
        const parents = w.get('parentViews');
        return child || parents ? [child && `Child: ${child}`, parents && `Parents: ${parents}`].filter(Boolean).join(' ') : null;
      }
      if (w.part.audience === 'family') {
        const parents = w.get('parentViews');
        return parents ? `You told us how you feel about our work ending, and we wrote it down: ${parents}` : null;
      }
      // The closure record holds the views of the case's own child; a sibling's are theirs to give.
      if (w.part.child?.id !== w.record.personId) {
        w.consider('The child’s views, as recorded', 'childViews');
        return `[What ${childOf(w)} said about our work ending, in their words.]`;
      }
      const child = w.get('childViews');
      return child ? `You told us what you think, and we wrote it down: ${child}` : null;
    },
  },
  {
    id: 'safety-plan',
    title: 'The safety plan',
    prompt: 'What is in the family’s safety plan, and who has a copy?',
    source: { source: 'A', section: 'Musts', quote: 'Families and children should be left with a safety plan' },
    for: ['record', 'family', 'child'],
    write: (w) => {
      const docs = w.get('documents');
      if (!docs) return null;
      const plans = docs.filter((x) => x.kind === 'safety-plan');
      if (w.part.audience === 'record') return plans.length ? `Safety plans: ${plans.map((p) => `${p.title} (${d(p.date)})`).join('; ')}.` : 'No safety plan is on the record yet.';
      if (w.part.audience === 'family') {
        const theirs = plans.filter((p) => p.audience === 'parents');
        return theirs.length ? `You have your safety plan: ${list(theirs.map((p) => `“${p.title}”`))}. Keep it somewhere safe and use it if things get hard.` : '[No safety plan for the parents is on the record yet.]';
      }
      const name = w.part.child?.name;
      const own = plans.filter((p) => p.audience === 'child' && p.childName && name && norm(p.childName) === norm(name));
      return own.length ? `You have your own safety plan: ${list(own.map((p) => `“${p.title}”`))}. It says who you can talk to if you are worried.` : `[No safety plan of ${childOf(w)}’s own is on the record yet.]`;
    },
  },
  {
    id: 'who-is-helping',
    title: 'Who is still helping',
    prompt: 'Which services carry on, and what has each agreed to do?',
    source: { source: 'C', section: 'Good clear closures summaries', quote: 'it’s important that we clearly record any actions for others and share this information with them' },
    for: ['record', 'family', 'child'],
    write: (w) => {
      const to = w.get('stepDownTo');
      if (w.part.audience === 'record') {
        const actions = w.get('actionsForOthers');
        return to || actions ? [to && `Stepped down to: ${to}.`, actions && `Actions for others: ${actions}`].filter(Boolean).join(' ') : null;
      }
      const people = professionals(w);
      const still = people?.length ? `${list(people.map(plainly))} ${people.length === 1 ? 'knows' : 'know'} your family and will still be there.` : '';
      if (w.part.audience === 'family') return [to && `${to} will keep supporting you.`, still].filter(Boolean).join(' ') || null;
      return people?.length ? `${list(people.map(plainly))} will still be there for you.` : null;
    },
  },
  {
    id: 'signs-and-help',
    title: 'Signs to watch for and how to ask for help',
    prompt: 'What signs would mean things are getting harder, and how can the family ask for help again?',
    source: { source: 'C', section: 'Always remember', quote: 'other professionals are aware of risks, concerns, or signs to look out for' },
    for: ['record', 'family', 'child'],
    write: (w) => {
      const next = w.get('nextSteps');
      if (w.part.audience === 'record') return next ?? null;
      if (w.part.audience === 'family') {
        const s = staff(w);
        const who = s === undefined ? null : team(w, s.worker);
        return `${next ? `What happens next: ${next} ` : ''}If things start to feel hard again, please ask for help. You can contact ${who ?? 'us'} on ${TEAM_CONTACT}.`;
      }
      return w.band === 'under-8' ? 'If you feel sad or scared, tell a grown-up you trust.' : 'If you are worried, talk to someone you trust, like a teacher or someone at home.';
    },
  },
  {
    id: 'who-was-told',
    title: 'Who has been told',
    prompt: 'Who has been told the case is closing, and when?',
    source: { source: 'A', section: 'Musts', quote: 'Professionals and other agencies must be informed of the proposal to close the case' },
    for: ['record', 'family'],
    write: (w) => {
      if (w.part.audience === 'family') {
        const told = w.get('professionalsInformed')?.filter((p) => p.informed);
        return told?.length ? `We have told ${list(told.map((p) => p.name))} that our work with you is ending.` : null;
      }
      const family = w.get('familyInformed');
      const child = w.get('childInformed');
      const pros = w.get('professionalsInformed');
      const parts = [
        family !== undefined && (family ? `Family told ${d(family)}.` : 'Family: no date recorded.'),
        child && (child.date ? `Child told ${d(child.date)}.` : child.notAppropriate ? `Child not told: ${child.reason ?? 'no reason recorded'}.` : 'Child: no date recorded.'),
        pros && `Professionals: ${pros.map((p) => `${p.name}${p.informed ? ` (${d(p.informed)})` : ' (not yet)'}`).join(', ') || 'none listed'}.`,
      ].filter(Boolean);
      return parts.length ? parts.join(' ') : null;
    },
  },
  {
    id: 'sign-off',
    title: 'From',
    prompt: 'Who is writing, and how can the family reach the team?',
    source: { source: 'B', section: 'What good practice looks for case closure?', quote: 'Good communication between practitioners, partners and families to ensure everyone is clear about why the case is closing' },
    for: ['family', 'child'],
    write: (w) => {
      const s = staff(w);
      if (s === undefined) return null;
      if (w.part.audience === 'child') return `From ${firstName(s.worker?.name) ?? '[your name]'}`;
      if (!s.worker) return `Yours sincerely,\n[your name and role]\n[your team], ${TEAM_CONTACT}`;
      return `Yours sincerely,\n${s.worker.name}\n${s.worker.role}, ${team(w, s.worker) ?? '[your team]'}\n${TEAM_CONTACT}`;
    },
  },
];

export function closingSummaryParts(input: DraftInput): Part[] {
  return [
    { key: 'record', audience: 'record', label: 'Case record' },
    { key: 'family', audience: 'family', label: 'Letter to the family' },
    ...childrenSeen(input.record).map((child): Part => ({ key: childKey(child), audience: 'child', label: child.name ? `For ${child.name}` : 'For the child', child })),
  ];
}

export function closingSummary(input: DraftInput, part: Part): DraftDocument {
  const band = ageBand(part.child?.age);
  const name = input.record.facts.childName;
  return {
    document: 'closing-summary',
    part,
    title: 'Closing summary',
    layout: part.audience === 'record' ? 'headed' : 'letter',
    pasteInto: part.audience === 'record' ? 'case-note' : 'letter',
    plainEnglish: part.audience === 'family' ? 'family' : part.audience === 'child' ? 'child' : null,
    band: part.audience === 'child' ? band : null,
    printHeading: part.audience === 'record' ? `Closing summary – ${name.known ? name.value : 'the child'} (Person ID ${input.record.personId})` : null,
    sections: sectionsOf(SECTIONS, input, part, band),
  };
}
