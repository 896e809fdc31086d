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

export function readChildAge(r: PageReader, spec: NonNullable<FactSpecs['childAge']>): void {
  const age = r.pairs.find((p) => matches(p.label, spec.age));
  const dob = r.pairs.find((p) => matches(p.label, spec.dob));
  if (!age && !dob) {
    r.miss('childAge', 'missing', 'no "Age" or "Date of birth" field');
    return;
  }
  const years = ageFrom(age ? String(valueOf(age)) : '', dob ? r.date(String(valueOf(dob))) : null, r.today);
  r.set('childAge', years, (age ?? dob)!.label, (age ?? dob)!.element);
}
