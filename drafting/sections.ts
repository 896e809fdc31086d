/**
 * The closing summary's sections, drawn from the practice documents, and a first draft of
 * each version (the record, the family's letter, the child's version) built only from facts
 * the pages have shown. What is not known yet is said, never invented.
 */
import { formatDate } from '../record/dates';
import { NOT_SHOWN, type CaseRecord, type FactKey, type FactValue, type InvolvementKind, type Source } from '../record/schema';
import type { Citation } from '../rules/types';

export type Audience = 'record' | 'family' | 'child';
export type AgeBand = 'under-8' | '8-12' | '13+';

export interface Section {
  id: string;
  title: string;
  /** The question the guidance asks of this part of the summary. */
  prompt: string;
  source: Citation;
  /** Shown only for these case kinds (any of them); all cases when absent. */
  kinds?: readonly InvolvementKind[];
}

export const SECTIONS: Section[] = [
  { id: 'who-and-when', title: 'Who and when', prompt: 'Who is this summary about, and when was the service involved?', source: { source: 'A', section: 'Top Tips', quote: 'guides any new referral through the history, family context and agreed safety plan' } },
  { id: 'why-involved', title: 'Why we became involved', prompt: 'What were the worries that brought the family to us?', source: { source: 'D', section: 'Practice guidance for closing case records', quote: 'a record of the reason for working with them' } },
  { id: 'what-we-did', title: 'What we did', prompt: 'What assessments, plans and support were put in place?', source: { source: 'B', section: 'Why do we need a case closure process?', quote: 'understand who has / is supporting them and the outcomes they have achieved' } },
  { id: 'what-changed', title: 'What has changed for the child', prompt: 'How is life different for the child now? Link the presenting circumstances to the current outcomes: the risks identified, parental capacity, needs met and risk reduced.', source: { source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: "a summary of the child's journey during the period of intervention" } },
  { id: 'why-closing', title: 'Why the case is closing', prompt: 'Why is it right to close now, and what was the decision?', source: { source: 'C', section: 'Management Oversight', quote: 'this should clearly evidence our reasons for closing the case and what informed our decision' } },
  { id: 'views', title: 'What the child and parents said', prompt: 'What did the child and the parents say about the case closing?', source: { source: 'E', section: '2. Cases to be Closed Following a Period of CIN/ CP/LAC Intervention', quote: "Parents and child's views in relation to case closure should also be clearly recorded." } },
  { id: 'safety-plan', title: 'The safety plan', prompt: 'What is in the family’s safety plan, and who has a copy?', source: { source: 'A', section: 'Musts', quote: 'Families and children should be left with a safety plan' } },
  { id: 'who-is-helping', title: 'Who is still helping', prompt: 'Which services carry on, and what has each agreed to do?', source: { source: 'C', section: 'Good clear closures summaries', quote: 'it’s important that we clearly record any actions for others and share this information with them' } },
  { id: 'signs-and-help', title: 'Signs to watch for and how to ask for help', prompt: 'What signs would mean things are getting harder, and how can the family ask for help again?', source: { source: 'C', section: 'Always remember', quote: 'other professionals are aware of risks, concerns, or signs to look out for' } },
  { id: 'who-was-told', title: 'Who has been told', prompt: 'Who has been told the case is closing, and when?', source: { source: 'A', section: 'Musts', quote: 'Professionals and other agencies must be informed of the proposal to close the case' } },
];

/**
 * The sections that fit this case: "what changed" belongs to cases that had a plan (CIN, CP, CLA), or
 * to a pack that asks the closure record for it (closure-summary-content), whatever that pack is called.
 */
export function sectionsFor(record: CaseRecord, packRules: readonly string[]): Section[] {
  const kinds = record.facts.involvements.known ? new Set(record.facts.involvements.value.map((i) => i.kind)) : undefined;
  const planned = !kinds || ['cin', 'cp', 'cla'].some((k) => kinds.has(k as InvolvementKind));
  return SECTIONS.filter((s) => s.id !== 'what-changed' || planned || packRules.includes('closure-summary-content'));
}

export function ageBand(age: number | null | undefined): AgeBand {
  if (age == null) return '8-12';
  return age < 8 ? 'under-8' : age <= 12 ? '8-12' : '13+';
}

export interface DraftSection {
  id: string;
  title: string;
  prompt: string;
  source: Citation;
  text: string;
  /** The facts the text uses, with where each was seen. */
  facts: { fact: FactKey; source: Source }[];
  /** Facts not seen yet, and the page that shows them. */
  notKnown: { fact: FactKey; page: string }[];
}

type Writer = (ctx: Ctx) => string | null;

interface Ctx {
  record: CaseRecord;
  audience: Audience;
  band: AgeBand;
  used: Set<FactKey>;
  missing: Set<FactKey>;
  /** The value of a fact if seen (noting its use), else undefined (noting it as not known). */
  get<K extends FactKey>(key: K): FactValue<K> | undefined;
}

const d = (iso: string | null | undefined) => (iso ? formatDate(iso) : 'an unrecorded date');
const KIND_WORDS: Record<InvolvementKind, string> = { assessment: 'an assessment', 'early-help': 'early help', cin: 'a Child in Need plan', cp: 'a Child Protection plan', cla: 'care (looked after)' };

const WRITERS: Record<string, Record<Audience, Writer>> = {
  'who-and-when': {
    record: (c) => {
      const name = c.get('childName');
      const age = c.get('childAge');
      const inv = c.get('involvements');
      const sibs = c.get('siblingsOpen');
      if (!name) return null;
      const periods = inv?.map((i) => `${KIND_WORDS[i.kind]} (${i.role === 'co-team' ? `co-team, ${i.team ?? ''}` : i.team ?? 'primary team'}) from ${d(i.start)}${i.end ? ` to ${d(i.end)}` : ''}`).join('; ');
      return `${name}${age != null ? ` (${age})` : ''}${sibs?.length ? `, with ${sibs.map((s) => s.name).join(' and ')}` : ''}.${periods ? ` Involvement: ${periods}.` : ''}`;
    },
    family: (c) => {
      const name = c.get('childName');
      const inv = c.get('involvements');
      const start = inv?.map((i) => i.start).filter(Boolean).sort()[0];
      return name ? `We have been working with you and ${name.split(' ')[0]}${start ? ` since ${d(start)}` : ''}.` : null;
    },
    child: (c) => {
      const name = c.get('childName');
      return name ? (c.band === 'under-8' ? `Hello ${name.split(' ')[0]}.` : `Hi ${name.split(' ')[0]}, this is about the time we have worked with your family.`) : null;
    },
  },
  'why-involved': {
    record: (c) => c.get('reasonForInvolvement') ?? null,
    family: (c) => (c.get('reasonForInvolvement') ? 'We started working with you because you and others were worried about how things were at home.' : null),
    child: (c) => (c.band === 'under-8' ? 'We came to help your family.' : 'We came to help because some grown-ups were worried about how things were at home.'),
  },
  'what-we-did': {
    record: (c) => {
      const items = c.get('workItems');
      return items ? items.map((w) => `${w.title} (${w.status}${w.completed ? `, ${d(w.completed)}` : ''})`).join('; ') + '.' : null;
    },
    family: (c) => (c.get('workItems') ? 'We met with you, listened, and made a plan together.' : null),
    child: () => 'We talked with you and your family and made a plan together.',
  },
  'what-changed': {
    record: (c) => [c.get('whatChanged'), c.get('riskAndCapacity')].filter(Boolean).join(' ') || null,
    family: (c) => (c.get('whatChanged') ? 'Things are better now. You have made real changes, and your children are doing well.' : null),
    child: (c) => (c.band === 'under-8' ? 'Things at home are better now.' : 'Things at home are better now, and the grown-ups have made good changes.'),
  },
  'why-closing': {
    record: (c) => {
      const reason = c.get('closureReason');
      const decision = c.get('decisionDate');
      return reason ? `Decision to close on ${d(decision)}. Reason: ${reason.label}.` : null;
    },
    family: (c) => (c.get('closureReason') ? 'We are closing our work with you because things are going well and you do not need us now.' : null),
    child: () => 'Our work with your family is finishing because things are going well.',
  },
  views: {
    record: (c) => {
      const child = c.get('childViews');
      const parents = c.get('parentViews');
      return child || parents ? [child && `Child: ${child}`, parents && `Parents: ${parents}`].filter(Boolean).join(' ') : null;
    },
    family: (c) => (c.get('parentViews') ? 'You told us how you feel about our work ending, and we have written this down.' : null),
    child: (c) => (c.get('childViews') ? 'You told us what you think, and we listened.' : null),
  },
  'safety-plan': {
    record: (c) => {
      const docs = c.get('documents');
      const plans = docs?.filter((x) => x.kind === 'safety-plan');
      return docs ? (plans?.length ? `Safety plans: ${plans.map((p) => `${p.title} (${d(p.date)})`).join('; ')}.` : 'No safety plan is on the record yet.') : null;
    },
    family: (c) => (c.get('documents')?.some((x) => x.kind === 'safety-plan') ? 'You have your safety plan. Keep it somewhere safe and use it if things get hard.' : null),
    child: (c) => (c.band === 'under-8' ? 'You have a plan that shows who can help you.' : 'You have your own safety plan. It says who you can talk to if you are worried.'),
  },
  'who-is-helping': {
    record: (c) => {
      const to = c.get('stepDownTo');
      const actions = c.get('actionsForOthers');
      return to || actions ? [to && `Stepped down to: ${to}.`, actions && `Actions for others: ${actions}`].filter(Boolean).join(' ') : null;
    },
    family: (c) => {
      const to = c.get('stepDownTo');
      return to ? `${to} will keep supporting you.` : c.get('actionsForOthers') ? 'Other people who know your family will keep helping, as we agreed together.' : null;
    },
    child: () => 'Your school and the other grown-ups who help you will still be there.',
  },
  'signs-and-help': {
    record: (c) => c.get('nextSteps') ?? null,
    family: () => 'If things start to feel hard again, please ask for help. You can contact Children’s Services, or talk to your school, GP or health visitor.',
    child: (c) => (c.band === 'under-8' ? 'If you feel sad or scared, tell a grown-up you trust.' : 'If you are worried, talk to someone you trust, like a teacher or someone at home.'),
  },
  'who-was-told': {
    record: (c) => {
      const family = c.get('familyInformed');
      const child = c.get('childInformed');
      const pros = c.get('professionalsInformed');
      const parts = [
        family !== undefined && (family ? `Family told ${d(family)}.` : 'Family: no date recorded.'),
        child && (child.date ? `Child told ${d(child.date)}.` : child.notAppropriate ? `Child not told: ${child.reason ?? 'no reason recorded'}.` : 'Child: no date recorded.'),
        pros && `Professionals: ${pros.map((p) => `${p.name}${p.informed ? ` (${d(p.informed)})` : ' (not yet)'}`).join(', ') || 'none listed'}.`,
      ].filter(Boolean);
      return parts.length ? parts.join(' ') : null;
    },
    family: (c) => (c.get('professionalsInformed') ? 'We have told the other people who work with your family that our work is ending.' : null),
    child: () => null,
  },
};

/** A first draft of one version: each section's text built from known facts only. */
export function buildDraft(record: CaseRecord, packRules: readonly string[], audience: Audience, pageTitles: Record<string, string> = {}): DraftSection[] {
  const ageFact = record.facts.childAge;
  const band = ageBand(ageFact.known ? ageFact.value : null);
  return sectionsFor(record, packRules).map((section) => {
    const used = new Set<FactKey>();
    const missing = new Set<FactKey>();
    const ctx: Ctx = {
      record,
      audience,
      band,
      used,
      missing,
      get: ((key: FactKey) => {
        const f = record.facts[key];
        if (!f.known) {
          missing.add(key);
          return undefined;
        }
        used.add(key);
        return f.value ?? undefined;
      }) as Ctx['get'],
    };
    const text = WRITERS[section.id]![audience](ctx);
    const notKnown = [...missing].map((fact) => {
      const f = record.facts[fact];
      const page = f.known ? NOT_SHOWN : f.lookOn;
      return { fact, page: pageTitles[page] ?? page };
    });
    const facts = [...used].map((fact) => {
      const f = record.facts[fact];
      return { fact, source: (f as { source: Source }).source };
    });
    const gap = notKnown.length ? `[Not seen yet: ${notKnown.map((n) => `open the ${n.page} page`).filter((v, i, a) => a.indexOf(v) === i).join(', ')}.]` : '';
    return { ...section, text: text ?? gap, facts, notKnown };
  });
}

/** The version as one text to edit, with the section titles as headings. */
export function draftText(sections: DraftSection[], audience: Audience): string {
  if (audience === 'record') return sections.map((s) => `${s.title}\n${s.text}`.trim()).join('\n\n');
  return sections.map((s) => s.text).filter((t) => t && !t.startsWith('[')).join('\n\n');
}
