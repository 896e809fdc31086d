/**
 * Words both case systems use for the same things. Each pattern is matched against the
 * host's own words; anything not recognised stays unknown rather than being guessed.
 */
import type { Agency, InvolvementKind } from '../../record/schema';
import { clean } from './page';

/** Involvement kind from its title ("Child Protection", "Child & Family Assessment" …). */
export function involvementKind(title: string): InvolvementKind | undefined {
  const t = clean(title);
  if (/looked[ -]after|\bCLA\b|\bLAC\b/i.test(t)) return 'cla';
  if (/child protection|\bCP\b/i.test(t)) return 'cp';
  if (/child(ren)? in need|\bCIN\b/i.test(t)) return 'cin';
  if (/early help|\bEH\b/i.test(t)) return 'early-help';
  if (/assessment/i.test(t)) return 'assessment';
  return undefined;
}

/** Primary team or co-team. */
export function involvementRole(text: string): 'primary' | 'co-team' | undefined {
  if (/co-?team|co-?work/i.test(text)) return 'co-team';
  if (/primary|case[- ]holding|lead/i.test(text)) return 'primary';
  return undefined;
}

const AGENCY_WORDS: [Agency, RegExp][] = [
  ['health', /health|\bGP\b|general practi|nurse|midwi|CAMHS|paediatric|doctor|\bNHS\b|hospital|surgery|medical|therapist|psychiatr|dentist|\bCDC\b|child development centre/i],
  ['education', /school|academy|college|teacher|education|safeguarding lead|\bDSL\b|nursery|SENCO|SENDCO|virtual school/i],
  ['police', /police|constable|detective/i],
  ['housing', /housing|homeless/i],
  ['voluntary', /voluntary|charity|barnardo|NSPCC|action for children|women's aid|trust\b/i],
  ['social-care', /social (work|care)|family support|early help|independent reviewing|\bIRO\b|youth (justice|offending)|children's services|children's social care|\bCSC\b|personal assistant|short breaks/i],
];

/** The kind of agency, from an Agency column's words or from a role and organisation. */
export function agencyFrom(...texts: (string | null)[]): Agency {
  for (const text of texts) {
    if (!text) continue;
    for (const [agency, pattern] of AGENCY_WORDS) if (pattern.test(text)) return agency;
  }
  return 'other';
}

/** Assessment outcome from the words shown ("No further action", "Step down …", "Child in Need plan"). */
export function outcomeFrom(text: string | null): 'nfa' | 'step-down' | 'plan' | 'other' | null {
  const t = clean(text);
  if (!t) return null;
  if (/no further action|\bNFA\b/i.test(t)) return 'nfa';
  if (/step[\s-]*down/i.test(t)) return 'step-down';
  if (/plan\b/i.test(t)) return 'plan';
  return 'other';
}

/** Case note status: draft, final, or a draft the system timed out. Undefined for words it does not know. */
export function noteStatus(text: string): 'draft' | 'final' | 'timed-out' | undefined {
  // A handful of words over thousands of rows: remember each answer.
  if (statusMemo.has(text)) return statusMemo.get(text);
  const status = noteStatusOnce(text);
  if (statusMemo.size > 200) statusMemo.clear();
  statusMemo.set(text, status);
  return status;
}

const statusMemo = new Map<string, 'draft' | 'final' | 'timed-out' | undefined>();

function noteStatusOnce(text: string): 'draft' | 'final' | 'timed-out' | undefined {
  const t = clean(text).toLowerCase();
  if (/^(timed out|draft \(expired\)|expired draft|expired)$/.test(t)) return 'timed-out';
  if (t === 'draft') return 'draft';
  if (/^(final|finalised|finalized|complete|completed)$/.test(t)) return 'final';
  return undefined;
}

/** Age in whole years from "11 years", "7" or a date of birth on the day seen. */
export function ageFrom(text: string, dob: string | null | undefined, today: string): number | null {
  const years = /^(\d{1,2})\b/.exec(clean(text));
  if (years) return Number(years[1]);
  if (!dob) return null;
  const [y, m, d] = dob.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty! - y! - (tm! < m! || (tm === m && td! < d!) ? 1 : 0);
}
