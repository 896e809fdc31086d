/**
 * The Managerial Practice Note's nine-item closure checklist, read from the checklist's own
 * verdicts. Which rules answer an item is data the rules already carry (each cites its item of
 * the note), so nothing here knows a rule by name. An item reads as done only where every rule
 * behind it is met on evidence; a confirmation by hand is said to be one, never evidence.
 */
import { formatDate } from '../record/dates';
import { coverage } from '../rules/common/professionals';
import { evaluate, type EvaluatedRule } from '../rules/engine';
import { RULES } from '../rules/registry';
import type { Citation } from '../rules/types';
import { professionals } from './people';
import type { DraftInput } from './types';
import type { Writing } from './writing';

/** The nine items, worded as the note words them (section 4). */
export const CHECKLIST_ITEMS = [
  { n: 1, title: 'Assessment shared, and the views on it recorded', item: 'Assessment shared with parents/those with parental responsibility and where appropriate the young person. Evidence of their views of the assessment recorded. – date this was complete.' },
  { n: 2, title: 'Family, child and agencies aware of the closure', item: 'Parents, child(ren)/YP, involved agencies and universal services are aware of case closure – date this was complete.' },
  { n: 3, title: 'Chronology updated', item: 'Chronology to be updated.' },
  { n: 4, title: 'Case summary updated', item: 'Case Summary to be updated – if required' },
  { n: 5, title: 'Case notes up to date and finalised', item: 'All case notes up to date and finalised.' },
  { n: 6, title: 'Demographics accurate', item: 'Demographics are accurate – i.e. details of significant family members including current contact details.' },
  { n: 7, title: 'Initial management oversight actions complete', item: 'Ensure that all actions in Initial Management Oversight case note have been completed. If deemed not necessary, reason for this should be recorded.' },
  { n: 8, title: 'Supervision actions complete', item: 'Ensure that all actions outlined in supervision have been completed. If deemed not necessary, reason for this should be recorded.' },
  { n: 9, title: 'Closure letter to parents', item: 'Case closure letter to be sent to parents/those with PR – admin to process this, please send email to AST Admin requesting this.' },
] as const;

export const checklistCitation = (n: number): Citation => ({ source: 'E', section: `Checklist ${n}`, quote: CHECKLIST_ITEMS[n - 1]!.item });

/** The rules that answer item `n`: those citing it. */
export function rulesOfItem(n: number): string[] {
  return Object.values(RULES)
    .filter((r) => r.sources.some((s) => s.source === 'E' && s.section === `Checklist ${n}`))
    .map((r) => r.id);
}

/**
 * The verdicts of these rules: the pack in force's where it holds the rule (its timescales
 * apply), otherwise the rule's own, at its default parameters.
 */
export function verdictsOf(ruleIds: readonly string[], input: DraftInput): EvaluatedRule[] {
  const byRule = new Map(input.verdicts.map((v) => [v.rule, v]));
  const others = ruleIds.filter((id) => !byRule.has(id));
  if (others.length) {
    const pack = { id: input.packId, title: '', source: '', rules: others.map((rule) => ({ rule, level: 'must' as const })) };
    for (const v of evaluate(pack, input.record, input.today).verdicts) byRule.set(v.rule, v);
  }
  return ruleIds.map((id) => byRule.get(id)!);
}

export type ItemState = 'done' | 'not-done' | 'not-shown' | 'confirmed' | 'not-applicable';

export interface ItemLine {
  rule: EvaluatedRule;
  state: ItemState;
  text: string;
}

const ORDER: ItemState[] = ['not-done', 'not-shown', 'confirmed', 'done', 'not-applicable'];

/** The state of one item and a line per rule behind it, each fact it rests on cited. */
export function readItem(n: number, w: Writing): { state: ItemState; lines: ItemLine[] } {
  const { input } = w;
  const lines = verdictsOf(rulesOfItem(n), input).map((v): ItemLine => {
    const confirmed = input.confirmations[v.rule];
    for (const e of v.evidence) w.cite(e);
    if (v.status === 'met') return { rule: v, state: 'done', text: `Done – ${v.title}: ${v.message}${toldDates(v, w)}` };
    if (v.status === 'n/a') return { rule: v, state: 'not-applicable', text: `Does not apply – ${v.title}: ${v.message}` };
    if (confirmed) return { rule: v, state: 'confirmed', text: `Confirmed by hand on ${formatDate(confirmed.at.slice(0, 10))}, not shown by the record – ${v.title}: “${confirmed.reason}”` };
    if (v.status === 'unmet') return { rule: v, state: 'not-done', text: `Not done yet – ${v.title}: ${v.message}${v.next ? ` Next: ${v.next}` : ''}${toldDates(v, w)}` };
    const missing = v.missing ?? [];
    w.unseenSaid(missing.map((m) => m.fact));
    const pages = [...new Set(missing.map((m) => input.pageTitle(m.lookOn)))];
    return { rule: v, state: 'not-shown', text: `Not shown yet – ${v.title}: ${pages.length ? `open the ${pages.join(' page and the ')} page.` : v.message}` };
  });
  const state = ORDER.find((s) => lines.some((l) => l.state === s)) ?? 'not-applicable';
  return { state, lines };
}

/** "Date this was complete" for telling the professionals: each one's date, as the list shows it. */
function toldDates(v: EvaluatedRule, w: Writing): string {
  if (!v.evidence.some((e) => e.fact === 'professionalsInformed')) return '';
  const people = professionals(w);
  const rows = w.get('professionalsInformed');
  const key = w.get('keyHealthProfessional') ?? null;
  if (!people?.length || !rows) return '';
  const dates = coverage(people, rows, key, 'informed').map((c) =>
    c.row?.informed ? `${c.person.name} ${formatDate(c.row.informed)}` : c.byCascade ? `${c.person.name} through the key health professional` : `${c.person.name} not yet`,
  );
  return ` Dates told: ${dates.join('; ')}.`;
}
