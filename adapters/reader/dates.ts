/** Dates in the formats a host profile names, read to ISO (yyyy-mm-dd). */
import type { ProfileFile } from '../profiles/schema';

export type DateFormat = NonNullable<ProfileFile['dates']>[number];

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const FORMATS: Record<DateFormat, { re: RegExp; order: 'dmy' | 'ymd'; named: boolean }> = {
  'dd/mm/yyyy': { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, order: 'dmy', named: false },
  'dd-MMM-yyyy': { re: /\b(\d{1,2})-([A-Za-z]{3})[A-Za-z]*-(\d{4})\b/, order: 'dmy', named: true },
  'd MMM yyyy': { re: /\b(\d{1,2}) ([A-Za-z]{3})[A-Za-z]* (\d{4})\b/, order: 'dmy', named: true },
  'yyyy-mm-dd': { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, order: 'ymd', named: false },
};

function iso(d: number, mo: number, y: number): string | undefined {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && !leap ? 28 : DAYS_IN_MONTH[mo - 1]!)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Long lists repeat the same dates: answers are remembered (a pure function of the formats and
 * text), by the profile's list of formats, so that no key is made for every row of thousands.
 */
const memos = new WeakMap<readonly DateFormat[], Map<string, string | undefined>>();

/**
 * The first date in the text in one of the formats, as ISO; `undefined` when it holds none it can
 * trust. (Empty text is the caller's to tell apart: it is not a date.)
 */
export function parseDate(text: string, formats: readonly DateFormat[]): string | undefined {
  let memo = memos.get(formats);
  if (!memo) memos.set(formats, (memo = new Map()));
  const known = memo.get(text);
  if (known !== undefined || memo.has(text)) return known;
  let found: string | undefined;
  for (const format of formats) {
    const { re, order, named } = FORMATS[format];
    const m = re.exec(text);
    if (!m) continue;
    const month = named ? MONTHS[m[2]!.toLowerCase()] ?? 0 : Number(m[2]);
    found = order === 'dmy' ? iso(Number(m[1]), month, Number(m[3])) : iso(Number(m[3]), month, Number(m[1]));
    break;
  }
  // A page that keeps changing (a live list, hostile text) must not grow the memo without end.
  if (memo.size > 5000) memo.clear();
  memo.set(text, found);
  return found;
}
