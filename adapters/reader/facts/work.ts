/**
 * The work list (workflow steps, forms): assessments, plans and reviews with their status,
 * authorisation and sharing; the closure records it lists; the outcome of the assessment that opened
 * the episode. One reading for a Mosaic step list, a Care Assess forms grid or an LCS forms grid.
 */
import type { FactValue } from '../../../record/schema';
import type { FactSpecs, Words } from '../../profiles/schema';
import { matches, normalise, whichOf } from '../../profiles/words';
import { findList, rowsOf } from '../find-list';
import { cellText, rowSelector } from '../lists';
import type { PageReader } from '../page-reader';
import { ROWS_PER_STEP, type Steps } from '../steps';
import type { Involvement } from './involvements';

type WorkItem = FactValue<'workItems'>[number];
type RecordStatus = 'missing' | 'incomplete' | 'complete';

const CELL_PARTS = ['shared', 'outcome'] as const;

/** Where each label of a cell starts, as plain words (a cell "Step · Shared with family: 1 Jan · Outcome: NFA"). */
function partsOf(text: string, labels: Partial<Record<(typeof CELL_PARTS)[number], Words>>): { before: string; parts: Partial<Record<(typeof CELL_PARTS)[number], string>> } {
  const lower = text.toLowerCase();
  const starts = CELL_PARTS.flatMap((key) =>
    (labels[key] ?? []).flatMap((label) => {
      const at = lower.indexOf(normalise(label));
      return at < 0 ? [] : [{ key, at, end: at + normalise(label).length }];
    }),
  ).sort((a, b) => a.at - b.at);
  const parts: Partial<Record<(typeof CELL_PARTS)[number], string>> = {};
  starts.forEach((s, i) => (parts[s.key] ??= text.slice(s.end, starts[i + 1]?.at ?? text.length).replace(/^\s*:\s*/, '').trim()));
  return { before: (starts.length ? text.slice(0, starts[0]!.at) : text).trim(), parts };
}

/**
 * `involvements`: the page's own involvements list, by which a co-working team's closure record is
 * told from the case's by the team's name; 'unknown' when the page shows one it could not read.
 */
export function* readWorkItems(r: PageReader, spec: NonNullable<FactSpecs['workItems']>, involvements: Involvement[] | 'unknown'): Steps<void> {
  const facts = r.profile.pages[r.page]?.facts ?? {};
  const found = findList(r, 'workItems', 'workflow', spec, ['title', 'type', 'status', 'started', 'completed']);
  const rows = found && rowsOf(r, 'workItems', 'workflow', found.list);
  if (!found || !rows) return;
  const { cols, list } = found;
  const inCell = spec.inCell ?? {};
  const v = r.vocabulary;
  const coTeams = (involvements === 'unknown' ? [] : involvements).filter((i) => i.role === 'co-team' && i.team).map((i) => i.team!.toLowerCase());

  const items: WorkItem[] = [];
  let closure: RecordStatus = 'missing';
  let coTeam: RecordStatus = 'missing';
  let outcome: string | null = null;
  let readable = true;
  /** A closure record not named as a co-working team's, while the teams are unknown: whose it is is unknown. */
  let whose = true;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i % ROWS_PER_STEP === 0) yield;
    const labelled = { title: cellText(row, cols.title), type: cellText(row, cols.type), status: cellText(row, cols.status) };
    const split = Object.fromEntries(
      (['title', 'type', 'status'] as const).map((col) => [col, partsOf(labelled[col], Object.fromEntries(CELL_PARTS.filter((k) => inCell[k]?.column === col).map((k) => [k, inCell[k]!.after])))]),
    ) as Record<'title' | 'type' | 'status', ReturnType<typeof partsOf>>;
    const title = split.title.before;
    const type = split.type.before;
    const statusWord = split.status.before;
    const status = whichOf(statusWord, v.workStatuses ?? {});
    if (!status) {
      r.miss('workItems', 'unreadable', `work status "${statusWord}" it does not know`);
      readable = false;
      continue;
    }
    const kind = whichOf(type, v.workTypes ?? {});
    if (kind === 'closure') {
      const state = status === 'complete' ? 'complete' : 'incomplete';
      const isCoTeam = matches(title, v.coTeamRecord) || coTeams.some((team) => title.toLowerCase().includes(team));
      if (isCoTeam) coTeam = state;
      else closure = state;
      if (!isCoTeam && involvements === 'unknown') whose = false;
      continue;
    }
    if (!kind) {
      r.miss('workItems', 'unreadable', `work type "${type}" it does not know`);
      readable = false;
      continue;
    }
    const partOf = (key: (typeof CELL_PARTS)[number]) => (inCell[key] ? (split[inCell[key]!.column].parts[key] ?? '') : cellText(row, cols[key as keyof typeof cols] ?? -1));
    const started = r.date(cellText(row, cols.started));
    const completed = r.date(cellText(row, cols.completed));
    const sharedText = partOf('shared');
    const shared = r.date(sharedText);
    if (started === undefined || completed === undefined || shared === undefined) {
      r.miss('workItems', 'unreadable', `a date it cannot read on "${title}"`);
      readable = false;
      continue;
    }
    const outcomeText = r.emptyToNull(partOf('outcome'));
    if (outcomeText && kind === 'assessment') outcome = outcomeText;
    const authorised = r.emptyToNull(cellText(row, cols.authorisedBy ?? -1));
    items.push({
      title,
      kind,
      status,
      started,
      completed,
      authorisedBy: authorised && matches(authorised, v.notAuthorised) ? null : authorised,
      sharedWithFamily: shared,
      ...(outcomeText ? { outcome: outcomeText } : {}),
      selector: rowSelector(row),
    });
  }
  if (!readable) return;
  // Without a column (or a cell part) for who authorised, whether it was shared, or the outcome, the
  // list cannot say those: the work items (and the outcome) are unknown, not "never authorised".
  const shows = (key: 'authorisedBy' | 'shared' | 'outcome') => (key !== 'authorisedBy' && inCell[key]) || (cols[key as keyof typeof cols] ?? -1) >= 0;
  const missing = (['authorisedBy', 'shared', 'outcome'] as const).filter((k) => !shows(k));
  const { label } = found;
  if (missing.length) r.miss('workItems', 'missing', `no ${missing.map((m) => `"${m}"`).join(' or ')} column in the work list`);
  else r.set('workItems', items, label, list.element);
  if (facts.assessmentOutcome && shows('outcome')) r.set('assessmentOutcome', outcomeOf(r, outcome), `${label} · Outcome`, list.element);
  // The list shows every closure record that has been started: one that is not there was never started.
  const statuses = [
    ['closureStatus', closure, 'closure'],
    ['coTeamClosureStatus', coTeam, 'co-team closure'],
  ] as const;
  for (const [key, status, name] of statuses) {
    if (!facts[key]?.fromList) continue;
    if (whose) r.set(key, status, `${label} · ${name}`, list.element);
    else r.miss(key, 'unreadable', 'a closure record in the work list that may be the co-working team’s: the involvements list that names the teams could not be read');
  }
}

/** The assessment's outcome by the profile's words: nfa, step-down, plan, or another outcome. */
function outcomeOf(r: PageReader, text: string | null): FactValue<'assessmentOutcome'> {
  if (!text) return null;
  return whichOf(text, r.vocabulary.outcomes ?? {}) ?? 'other';
}
