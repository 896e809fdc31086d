/**
 * Safety plans at closure for the professionals, the parents and carers, and each child in a
 * version for their age (Good Practice guide: "Safety plans for: Professionals, Parents,
 * Children's version"). Prompts from the guidance; pre-filled only with what the record shows
 * (names, agencies, the actions recorded for others); contacts it does not show are left for
 * the practitioner to fill in with the family.
 */
import type { Agency } from '../record/schema';
import { actionLines, actionsOf, withoutLabel } from './actions';
import { ageBand, childKey, childrenSeen, described, firstName, plainly, professionals, staff, team, TEAM_CONTACT } from './people';
import type { DraftDocument, DraftInput, Part } from './types';
import { sectionsOf, type SectionSpec, type Writing } from './writing';

const PLANS = { source: 'C', section: 'Good clear closures summaries', quote: 'good practice would ensure that we have professionals, parents / carers and children / young people involved in safety plans' } as const;
const SIGNS = { source: 'C', section: 'Always remember', quote: 'other professionals are aware of risks, concerns, or signs to look out for' } as const;
const LEFT_WITH = { source: 'A', section: 'Musts', quote: 'Families and children should be left with a safety plan' } as const;

const AGENCY_WORDS: Record<Agency, string> = {
  health: 'Health',
  education: 'Education',
  police: 'Police',
  'social-care': 'Social care',
  voluntary: 'Voluntary and community sector',
  housing: 'Housing',
  other: 'Other services',
};

const childName = (w: Writing) => firstName(w.part.child?.name) ?? '[the child’s name]';

export const SECTIONS: SectionSpec[] = [
  {
    id: 'about',
    title: 'Whose plan this is',
    prompt: 'Whose plan is this, in words they use?',
    source: { source: 'C', section: 'Good clear closures summaries', quote: 'we need to ensure all children have their own age-appropriate safety plan' },
    for: ['professionals', 'parents', 'child'],
    write: (w) => {
      const name = w.get('childName');
      const siblings = w.get('siblingsOpen');
      const kids = [name, ...(siblings ?? []).map((s) => s.name)].filter((n): n is string => Boolean(n));
      if (w.part.audience === 'child') {
        if (w.band === 'under-8') return `This is ${childName(w)}’s safety plan.`;
        return w.band === '13+' ? `${childName(w)}, this is your safety plan.` : `This is your safety plan, ${childName(w)}.`;
      }
      if (!kids.length) return null;
      return w.part.audience === 'parents'
        ? `This is our family’s safety plan, to help keep ${kids.map(firstName).join(' and ')} safe and well.`
        : `Safety plan for the network around ${kids.join(' and ')} (Person ID ${w.record.personId}), at the close of Children’s Social Care involvement.`;
    },
  },
  {
    id: 'network',
    title: 'Who is in the network',
    prompt: 'Who are the people around the family who will help keep the children safe?',
    source: PLANS,
    for: ['professionals', 'parents', 'child'],
    write: (w) => {
      const people = professionals(w);
      if (people === undefined) return null;
      if (w.part.audience === 'professionals') {
        const byAgency = new Map<Agency, string[]>();
        for (const p of people) byAgency.set(p.agency, [...(byAgency.get(p.agency) ?? []), described(p)]);
        const lines = [...byAgency].map(([agency, names]) => `${AGENCY_WORDS[agency]}: ${names.join('; ')}`);
        return [...lines, '[Family members and friends in the network: add them with the family.]'].join('\n');
      }
      const family = w.part.audience === 'parents' ? '[Family and friends who will help: write them in with the family.]' : `[People at home and in the family ${childName(w)} can talk to: ask ${childName(w)}.]`;
      return [...people.map((p) => `– ${plainly(p)}`), family].join('\n');
    },
  },
  {
    id: 'signs',
    title: 'Signs to watch for',
    prompt: 'What would tell everyone that things are getting harder again?',
    source: SIGNS,
    for: ['professionals', 'parents', 'child'],
    write: (w) => {
      if (w.part.audience === 'professionals') {
        // The worries that brought the family in are what the network watches for: beside the section.
        w.consider('Why the service was involved', 'reasonForInvolvement');
        w.consider('Risk and parental capacity', 'riskAndCapacity');
        return '[The risks, concerns or signs to look out for, as agreed with the family and the network.]';
      }
      if (w.part.audience === 'parents') return '[What would tell you that things are getting harder: write it with the family, in their words.]';
      return w.band === 'under-8' ? `[How ${childName(w)} might feel when things are not OK: draw or write it with them.]` : `[What ${childName(w)} would notice if things started to feel worse: in their words.]`;
    },
  },
  {
    id: 'what-each-will-do',
    title: 'What each person will do',
    prompt: 'What has each person agreed to do, and when?',
    source: { source: 'C', section: 'Good clear closures summaries', quote: 'it’s important that we clearly record any actions for others and share this information with them' },
    for: ['professionals', 'parents', 'child'],
    write: (w) => {
      const people = professionals(w);
      const actions = w.get('actionsForOthers');
      if (w.part.audience === 'child') return w.band === 'under-8' ? `[If ${childName(w)} feels sad or scared, they will: draw or write it with them.]` : `[What ${childName(w)} will do if they are worried: in their words.]`;
      if (people === undefined || actions === undefined) return null;
      const lines = actions ? actionLines(actions, people) : [];
      const agreed = people.flatMap((p) => {
        const mine = actions ? actionsOf(actions, people, p) : [];
        return mine.length ? [`– ${p.name}: ${mine.map(withoutLabel).join(' ')}`] : w.part.audience === 'professionals' ? [`– ${p.name}: [what they have agreed to do]`] : [];
      });
      const unaddressed = lines.filter((l) => l.for.length === 0).map((l) => `– ${l.text}`);
      const family = w.part.audience === 'parents' ? ['[What you will do: write it with the family.]'] : ['[What the parents or carers have agreed to do.]'];
      return [...family, ...agreed, ...unaddressed].join('\n');
    },
  },
  {
    id: 'who-to-call',
    title: 'Who to call, and how',
    prompt: 'Whom will each person call if they are worried, and how do they reach them?',
    source: LEFT_WITH,
    for: ['professionals', 'parents', 'child'],
    write: (w) => {
      const s = staff(w);
      const people = professionals(w);
      if (s === undefined || people === undefined) return null;
      const who = team(w, s.worker);
      if (w.part.audience === 'child') return [...people.map((p) => `– ${p.name}: [phone number]`), `[A grown-up at home ${childName(w)} can go to: ask ${childName(w)}.]`].join('\n');
      const lines = [...people.map((p) => `– ${plainly(p)}: [phone number]`), `– ${who ?? 'Children’s Social Care'}: ${TEAM_CONTACT}`];
      if (w.part.audience === 'professionals') lines.push('[How to make a new referral if you are worried about a child’s safety.]');
      return lines.join('\n');
    },
  },
];

export function safetyPlanParts(input: DraftInput): Part[] {
  return [
    { key: 'professionals', audience: 'professionals', label: 'Professionals' },
    { key: 'parents', audience: 'parents', label: 'Parents and carers' },
    ...childrenSeen(input.record).map((child): Part => ({ key: childKey(child), audience: 'child', label: child.name ? `${child.name} (child’s version)` : 'The child’s version', child })),
  ];
}

export function safetyPlan(input: DraftInput, part: Part): DraftDocument {
  const band = ageBand(part.child?.age);
  const name = input.record.facts.childName;
  return {
    document: 'safety-plan',
    part,
    title: 'Safety plan',
    layout: 'headed',
    pasteInto: 'safety-plan',
    plainEnglish: part.audience === 'parents' ? 'family' : part.audience === 'child' ? 'child' : null,
    band: part.audience === 'child' ? band : null,
    printHeading: part.audience === 'professionals' ? `Safety plan – ${name.known ? name.value : 'the child'} (Person ID ${input.record.personId})` : null,
    sections: sectionsOf(SECTIONS, input, part, band),
  };
}

