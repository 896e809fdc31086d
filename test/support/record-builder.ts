/**
 * Records for tests: `buildRecord` makes the given facts known (with a fake source) and
 * the rest unknown; `recordFromScenario` turns a host-simulator scenario into the record
 * a visit of all its pages should give (the oracle the rules and the contract suite use).
 */
import { BUILT_IN } from '../../adapters/profiles';
import { matches, whichOf } from '../../adapters/profiles/words';
import { addDays } from '../../record/dates';
import { caseKey } from '../../record/merge';
import { FACT_KEYS, type CaseRecord, type CensusCode, type FactKey, type FactValue, type Facts, type HostSystem, type NoteKind, type PageKind } from '../../record/schema';

type Values = Partial<{ [K in FactKey]: FactValue<K> }>;

const PAGE_OF: Partial<Record<FactKey, PageKind>> = {
  childName: 'summary', childAge: 'summary', siblingsOpen: 'summary', involvements: 'summary', relationships: 'summary',
  assessmentOutcome: 'summary', workItems: 'summary', caseNotes: 'case-notes', chronologyStatus: 'chronology',
  chronologyLastUpdated: 'chronology', chronologyEntries: 'chronology', documents: 'documents', closureStatus: 'closure',
  coTeamClosureStatus: 'co-team-closure',
};
const pageOf = (k: FactKey): PageKind => PAGE_OF[k] ?? 'closure-form';

export function buildRecord(system: HostSystem, values: Values, personId = '1000001'): CaseRecord {
  const facts = Object.fromEntries(
    FACT_KEYS.map((k) => [
      k,
      k in values
        ? { known: true, value: values[k], source: { page: pageOf(k), url: `http://127.0.0.1/${system}/${personId}/${pageOf(k)}`, label: k, seenAt: '2026-11-20T09:00:00.000Z' } }
        : { known: false, lookOn: pageOf(k) },
    ]),
  ) as Facts;
  return { version: 1, system, personId, pagesSeen: {}, facts };
}

/* The scenario model of ../shared/hosts (every date a whole number of days before today). */
interface Scenario {
  id: string;
  system: HostSystem;
  person: { id: string; name: string; ageYears: number };
  siblingsOpen?: { id: string; name: string; ageYears: number }[];
  involvements: { kind: FactValue<'involvements'>[number]['kind']; team?: string; role: 'primary' | 'co-team'; startDaysAgo: number | null; endDaysAgo: number | null }[];
  assessmentOutcome?: string | null;
  workItems: { kind: 'assessment' | 'plan' | 'review'; title: string; status: 'open' | 'complete'; authorisedBy: string | null; startDaysAgo: number | null; completedDaysAgo: number | null; sharedWithFamilyDaysAgo: number | null }[];
  caseNotes: { type: string; daysAgo: number; status: 'final' | 'draft' | 'timed-out'; author?: string; subject?: string }[];
  chronology?: { status: 'open' | 'closed'; lastUpdatedDaysAgo: number | null; entries?: { daysAgo: number; event: string; source?: string }[] } | null;
  documents: { kind: 'safety-plan' | 'letter' | 'other'; audience?: 'professionals' | 'parents' | 'child'; childId?: string | null; title: string; category?: string; daysAgo: number | null }[];
  relationships: { role: string; name: string; organisation?: string; agency: string; startDaysAgo: number | null; endDaysAgo: number | null }[];
  closure: Record<string, unknown> & {
    status: 'incomplete' | 'complete';
    checklist?: { label: string; ticked: boolean }[];
    professionalsInformed?: { name: string; informedDaysAgo: number | null; writtenDaysAgo: number | null; how?: string | null }[];
  };
  coTeamClosure?: { status: 'missing' | 'incomplete' | 'complete' } | null;
}

/**
 * What each of the scenario model's nine note types is (each system words them its own way: "CIN
 * meeting" in Mosaic is "Child in need meeting" in LCS), so the oracle compares kinds, not words.
 */
const MODEL_NOTE_KINDS: Record<string, NoteKind> = {
  'Case note': 'other',
  'Management oversight': 'management-oversight',
  'Case summary': 'case-summary',
  Supervision: 'supervision',
  'CIN meeting': 'cin-meeting',
  'Core group': 'core-group',
  'Professionals meeting': 'professionals-meeting',
  'Home visit': 'other',
  'Telephone call': 'other',
};

const KIND_TITLE = { assessment: 'Child and Family Assessment', 'early-help': 'Early Help', cin: 'Child in Need', cp: 'Child Protection', cla: 'Child Looked After' };
const OUTCOME = { NFA: 'nfa', 'step-down': 'step-down', 'cin-plan': 'plan' } as const;

export function recordFromScenario(s: Scenario, today: string): CaseRecord {
  const d = (n: number | null | undefined) => (n === null || n === undefined ? null : addDays(today, -n));
  const c = s.closure as Record<string, unknown>;
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  // {{date:N}} in a scenario's text renders as that date in the system's own format.
  const shown = (n: number) => {
    const [y, m, dd] = addDays(today, -n).split('-');
    // Free text holds dates as the worker typed them: dd/mm/yyyy in Mosaic and LCS, dd-MMM-yyyy in Care Assess.
    return s.system === 'care-assess' ? `${dd}-${MON[Number(m) - 1]}-${y}` : `${dd}/${m}/${y}`;
  };
  const text = (key: string) => {
    const v = c[key];
    return typeof v === 'string' && v.trim() ? v.replace(/\{\{date:(\d+)\}\}/g, (_, n) => shown(Number(n))) : null;
  };
  const children = [s.person, ...(s.siblingsOpen ?? [])];
  const reason = text('reason');
  const code = reason && /^RC([1-9])\b/.exec(reason);
  const childInformed = (c.childInformed ?? null) as { daysAgo?: number; notAppropriate?: string } | null;
  const sf = c.supportingFamilies as { evidenceComplete?: boolean } | null;
  const auth = c.managerAuthorisation as { name: string; daysAgo: number } | null;
  const actions = (status: unknown, reasonKey: string) => ({ status: (status ?? null) as 'complete' | 'outstanding' | 'not-needed' | null, reason: text(reasonKey) });
  // What the words mean comes from the system's built-in host profile: the one definition the reader uses too.
  const profile = BUILT_IN[s.system];
  if (!profile) throw new Error(`no built-in profile for ${s.system}`);
  const v = profile.vocabulary;
  const option = reason ? v.closureReasons?.find((o) => matches(reason, [o.label])) : undefined;
  const values: Values = {
    childName: s.person.name,
    childAge: s.person.ageYears,
    siblingsOpen: (s.siblingsOpen ?? []).map((x) => ({ id: x.id, name: x.name, ageYears: x.ageYears })),
    involvements: s.involvements.map((i) => ({ kind: i.kind, title: KIND_TITLE[i.kind], team: i.team ?? null, role: i.role, start: d(i.startDaysAgo), end: d(i.endDaysAgo) })),
    assessmentOutcome: s.assessmentOutcome ? (OUTCOME[s.assessmentOutcome as keyof typeof OUTCOME] ?? 'other') : null,
    workItems: s.workItems.map((w) => ({ title: w.title, kind: w.kind, status: w.status, started: d(w.startDaysAgo), completed: d(w.completedDaysAgo), authorisedBy: w.authorisedBy, sharedWithFamily: d(w.sharedWithFamilyDaysAgo) })),
    caseNotes: s.caseNotes.map((n) => ({ date: d(n.daysAgo), type: n.type, kind: MODEL_NOTE_KINDS[n.type] ?? null, subject: n.subject ?? null, author: n.author ?? null, status: n.status })),
    chronologyStatus: s.chronology ? s.chronology.status : 'none',
    chronologyLastUpdated: s.chronology ? d(s.chronology.lastUpdatedDaysAgo) : null,
    chronologyEntries: (s.chronology?.entries ?? []).map((e) => ({ date: d(e.daysAgo), event: e.event, source: e.source ?? null })),
    documents: s.documents.map((doc) => ({
      title: doc.title,
      category: doc.category ?? doc.kind,
      date: d(doc.daysAgo),
      kind: doc.kind,
      ...(doc.audience ? { audience: doc.audience } : {}),
      ...(doc.audience === 'child' ? { childName: children.find((x) => x.id === doc.childId)?.name ?? null } : {}),
    })),
    relationships: s.relationships.map((r) => ({
      role: r.role,
      name: r.name,
      organisation: r.organisation ?? null,
      agency: r.agency as FactValue<'relationships'>[number]['agency'],
      staff: whichOf(r.role, v.staffRoles ?? {}) ?? null,
      start: d(r.startDaysAgo),
      end: d(r.endDaysAgo),
    })),
    closureStatus: s.closure.status,
    decisionDate: d(c.decisionDaysAgo as number | null),
    closureReason: reason ? { label: reason, code: option?.code ?? (code ? (`RC${code[1]}` as CensusCode) : null), stepDown: option?.stepDown ?? (code ? code[1] === '9' : null) } : null,
    closingSummary: text('summary'),
    reasonForInvolvement: text('reasonForInvolvement'),
    whatChanged: text('whatChanged'),
    riskAndCapacity: text('riskAndCapacity'),
    nextSteps: text('nextSteps'),
    childViews: text('childViews'),
    parentViews: text('parentViews'),
    stepDownTo: text('stepDownTo'),
    actionsForOthers: text('actionsForOthers'),
    familyInformed: d(c.familyInformedDaysAgo as number | null),
    childInformed: {
      date: d(childInformed?.daysAgo),
      notAppropriate: childInformed?.notAppropriate !== undefined,
      reason: childInformed?.notAppropriate?.trim() ? childInformed.notAppropriate : null,
    },
    professionalsInformed: (s.closure.professionalsInformed ?? []).map((p) => ({ name: p.name, role: null, informed: d(p.informedDaysAgo), written: d(p.writtenDaysAgo), method: p.how ?? null })),
    keyHealthProfessional: text('keyHealthProfessional'),
    letterRequested: d(c.letterRequestedDaysAgo as number | null),
    letterSent: d(c.letterSentDaysAgo as number | null),
    copyToFamily: d(c.copyToFamilyDaysAgo as number | null),
    supportingFamilies: { inProgramme: Boolean(sf), evidenceComplete: sf ? Boolean(sf.evidenceComplete) : null },
    oversightActions: actions(c.oversightActions, 'oversightReason'),
    supervisionActions: actions(c.supervisionActions, 'supervisionReason'),
    demographicsVerified: d(c.demographicsVerifiedDaysAgo as number | null),
    managerAuthorisation: { name: auth?.name ?? null, date: auth ? d(auth.daysAgo) : null },
    checklist: (s.closure.checklist ?? []).map((x) => ({ label: x.label, ticked: x.ticked })),
    coTeamClosureStatus: s.coTeamClosure ? s.coTeamClosure.status : 'missing',
  };
  const record = buildRecord(s.system, values, s.person.id);
  if (caseKey(record.system, record.personId) !== `${s.system}:${s.person.id}`) throw new Error('case key');
  return record;
}
