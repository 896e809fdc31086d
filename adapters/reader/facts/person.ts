/** The child: name and age, as the person's details show them. */
import type { FactSpecs } from '../../profiles/schema';
import { matches } from '../../profiles/words';
import { valueOf } from '../pairs';
import type { PageReader } from '../page-reader';
import { clean } from '../text';

/** Age in whole years from "11 years", "7" or a date of birth on the day seen. */
export function ageFrom(text: string, dob: string | null | undefined, today: string): number | null {
  const years = /^(\d{1,2})\b/.exec(clean(text));
  if (years) return Number(years[1]);
  if (!dob) return null;
  const [y, m, d] = dob.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty! - y! - (tm! < m! || (tm === m && td! < d!) ? 1 : 0);
}

export function readChildName(r: PageReader, spec: NonNullable<FactSpecs['childName']>): void {
  if (spec.label) {
    const name = r.field('childName', { label: spec.label }, 'name');
    if (name) r.set('childName', clean(String(valueOf(name))), name.label, name.element);
    return;
  }
  if (!spec.forename || !spec.surname) return;
  const forename = r.field('childName', { label: spec.forename }, 'forename');
  const surname = r.field('childName', { label: spec.surname }, 'surname');
  if (!forename || !surname) return;
  const [first, last] = [clean(String(valueOf(forename))), clean(String(valueOf(surname)))];
  // Half a name is not the child's name: unknown rather than a surname read as the whole name.
  if (first && last) r.set('childName', `${first} ${last}`, `${forename.label} · ${surname.label}`, forename.element);
  else r.miss('childName', 'unreadable', 'a blank forename or surname');
}

/**
 * The child's age: the "Age" field's years, else worked out from the date of birth. Unknown when
 * the field it rests on is ambiguous, cut short or holds a date it cannot read.
 */
export function readChildAge(r: PageReader, spec: NonNullable<FactSpecs['childAge']>): void {
  const shown = (words: typeof spec.age) => r.pairs.some((p) => matches(p.label, words));
  if (!shown(spec.age) && !shown(spec.dob)) return r.miss('childAge', 'missing', 'no "Age" or "Date of birth" field');
  const age = shown(spec.age) ? r.field('childAge', { label: spec.age! }, 'Age') : undefined;
  if (shown(spec.age) && !age) return;
  const years = age ? ageFrom(String(valueOf(age)), null, r.today) : null;
  if (years !== null || !shown(spec.dob)) return r.set('childAge', years, age!.label, age!.element);
  const dob = r.field('childAge', { label: spec.dob! }, 'Date of birth');
  if (!dob) return;
  const born = r.date(String(valueOf(dob)));
  if (born === undefined) return r.miss('childAge', 'unreadable', `a date of birth it cannot read`);
  r.set('childAge', ageFrom('', born, r.today), dob.label, dob.element);
}
