// What the three renditions share: escaping, dates counted back from --today, stable variety
// from case to case, and a few facts every system derives the same way from a scenario.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert for element content and quoted attribute values. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** JSON for an inline `<script type="application/json">`: no character in it can end the element. */
export function inlineJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A function of this module run in the page as an inline script, called with JSON arguments. */
export function inPage(fn, ...args) {
  return `(${fn})(${args.map(inlineJson).join(', ')});`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');
const DAY = 86_400_000;

/** How each system writes a date. */
export const DATE_STYLES = {
  slashes: (d) => `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  dashedMonth: (d) => `${two(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()}`,
  shortMonth: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
};

/**
 * Dates of one case: every scenario date is a number of days before today, shown in the
 * system's style; `{{date:N}}` inside free text is shown in the style a worker would type.
 */
export class Calendar {
  constructor(todayIso, style, typedStyle = style) {
    const [y, m, d] = todayIso.split('-').map(Number);
    this.today = Date.UTC(y, m - 1, d);
    this.style = style;
    this.typedStyle = typedStyle;
  }
  /** The date `daysAgo` days before today ('' when not recorded). */
  date(daysAgo) {
    return daysAgo === null || daysAgo === undefined ? '' : this.style(new Date(this.today - daysAgo * DAY));
  }
  /** Free text with its `{{date:N}}` filled in, escaped. */
  text(value) {
    return esc(this.typed(value));
  }
  /** Free text with its `{{date:N}}` filled in, not escaped (for JSON payloads and control values set by script). */
  typed(value) {
    return String(value ?? '').replace(/\{\{date:(\d+)\}\}/g, (_, n) => this.typedStyle(new Date(this.today - Number(n) * DAY)));
  }
  /** A date of birth that gives `ageYears` today; which day of the year is stable per person. */
  dateOfBirth(ageYears, key) {
    const today = new Date(this.today);
    const birthday = Date.UTC(today.getUTCFullYear() - ageYears, today.getUTCMonth(), today.getUTCDate());
    return this.style(new Date(birthday - (1 + (hash(key) % 360)) * DAY));
  }
}

/** FNV-1a: a number from a string, the same on every run, for choices that vary between cases. */
export function hash(text) {
  let h = 2166136261;
  for (const ch of String(text)) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
}

/** Choices and numbers that differ from case to case and stay the same for one case. */
export function variety(caseId) {
  return {
    pick: (salt, list) => list[hash(`${caseId}:${salt}`) % list.length],
    number: (salt, from, to) => from + (hash(`${caseId}:${salt}`) % (to - from + 1)),
    chance: (salt, percent) => hash(`${caseId}:${salt}`) % 100 < percent,
  };
}

/** Fictional contact details: NHS numbers in the unissued 999 range, phones in Ofcom's drama range. */
export const fictional = {
  nhsNumber: (key) => `999 ${String(hash(`nhs${key}`) % 1000).padStart(3, '0')} ${String(hash(`nhs2${key}`) % 10000).padStart(4, '0')}`,
  phone: (key) => `01632 960${String(hash(`tel${key}`) % 1000).padStart(3, '0')}`,
  address: (key) => {
    const streets = ['Larkspur Way', 'Quarry Row', 'Tenter Street', 'Becks Close', 'Foundry Lane', 'Willow Garth', 'Nettle Bank'];
    const towns = ['Ormsby Vale, OV4', 'Kettlewick, KW2', 'Dunmere, DM7', 'Haverleigh, HV3'];
    return `${1 + (hash(key) % 80)} ${streets[hash(`s${key}`) % streets.length]}, ${towns[hash(`t${key}`) % towns.length]} ${1 + (hash(`p${key}`) % 9)}ZX`;
  },
  /** A person id for a family member the scenario gives none for. */
  personId: (key, digits) => String(10 ** (digits - 1) + (hash(`id${key}`) % (9 * 10 ** (digits - 1)))),
};

/** The worker whose session the pages show: the allocated worker, and the primary team they sit in. */
export function signedIn(s) {
  const worker = s.relationships.find((r) => /^allocated/i.test(r.role)) ?? s.relationships[0];
  const primary = s.involvements.filter((i) => i.role === 'primary').at(-1);
  return { name: worker?.name ?? 'Training User', team: primary?.team ?? '' };
}

/** The children a safety plan can be written for: the person and their open siblings. */
export function childName(s, childId) {
  return [s.person, ...(s.siblingsOpen ?? [])].find((c) => c.id === childId)?.name ?? '';
}

/** Teams co-working the case (involvements in the co-team role). */
export function coTeams(s) {
  return [...new Set(s.involvements.filter((i) => i.role === 'co-team').map((i) => i.team ?? ''))];
}

/** Most recent first, as case systems list notes, events and documents. */
export function newestFirst(list, key = 'daysAgo') {
  return [...list].sort((a, b) => (a[key] ?? Infinity) - (b[key] ?? Infinity));
}
