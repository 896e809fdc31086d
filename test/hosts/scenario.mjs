// The scenario model: reads every scenario file of a folder and checks it, saying which file and
// which field is wrong, so a bad case never turns into a page that silently says something else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The nine note types of the model (each system shows them in its own words). */
export const NOTE_TYPES = ['Case note', 'Management oversight', 'Case summary', 'Supervision', 'CIN meeting', 'Core group', 'Professionals meeting', 'Home visit', 'Telephone call'];
export const METHODS = ['Letter', 'E-mail', 'Telephone', 'Meeting'];
/** Words every system shows alike: a work item's kind, and the answer about oversight or supervision actions. */
export const WORK_TYPE = { assessment: 'Assessment', plan: 'Plan', review: 'Review' };
export const ACTION = { complete: 'Completed', outstanding: 'Outstanding', 'not-needed': 'Not required' };

const CENSUS = ['Adopted', 'Died', 'Child arrangements order', 'Special guardianship order'];
/** The closure reason pick lists, as each system words them (census codes first, then local options). */
export const REASONS = {
  mosaic: [
    ...CENSUS.map((r, i) => `RC${i + 1} - ${r}`),
    'RC5 - Transferred to services of another local authority',
    'RC6 - Transferred to adult social care services',
    'RC7 - Services ceased for any other reason, including child no longer in need',
    'RC8 - Case closed after assessment, no further action',
    'RC9 - Case closed after assessment, referred to early help',
    'Step down to Early Help',
    'Step down to team around the family',
    'Step down to single agency',
    'Family moved out of area',
    'Family withdrew consent / did not engage',
  ],
  lcs: [
    ...CENSUS.map((r, i) => `RC${i + 1} ${r}`),
    'RC5 Transferred to another local authority',
    'RC6 Transferred to adult social care',
    'RC7 Services ceased, including child no longer in need',
    'RC8 Closed after assessment: no further action',
    'RC9 Closed after assessment: referred to early help',
    'Step down to Early Help',
    'Step down to team around the family',
    'Step down to universal services',
    'Moved out of area',
    'Family withdrew consent / did not engage',
  ],
};
// Care Assess records the census wording of the older systems.
REASONS['care-assess'] = REASONS.mosaic;

const SYSTEMS = ['mosaic', 'care-assess', 'lcs'];
const KINDS = ['assessment', 'early-help', 'cin', 'cp', 'cla'];
const AGENCIES = ['health', 'education', 'police', 'social-care', 'voluntary', 'housing', 'other'];
const ACTIONS = ['complete', 'outstanding', 'not-needed'];
const OUTCOMES = ['NFA', 'step-down', 'cin-plan'];

/** Checks one scenario; returns what is wrong, each as "field: problem". */
function problems(s) {
  const found = [];
  const at = (path, ok, what) => ok || found.push(`${path}: ${what}`);
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const text = (v, path, optional = false) => at(path, (optional && (v === undefined || v === null)) || typeof v === 'string', optional ? 'must be text or null' : 'must be text');
  const days = (v, path) => at(path, v === null || (Number.isInteger(v) && v >= 0), `must be a whole number of days before today, or null (got ${JSON.stringify(v)})`);
  const oneOf = (v, list, path) => at(path, list.includes(v), `${JSON.stringify(v)} is not one of ${list.map((x) => JSON.stringify(x)).join(', ')}`);
  const list = (v, path, each, optional = false) => {
    if (optional && v === undefined) return;
    if (!at(path, Array.isArray(v), 'must be a list')) return;
    v.forEach((item, i) => (at(`${path}[${i}]`, isObject(item), 'must be an object') ? each(item, `${path}[${i}]`) : null));
  };
  const personId = (v, path) => at(path, typeof v === 'string' && /^\d{3,10}$/.test(v), 'must be a person id of digits');

  if (!isObject(s)) return ['the file must hold one scenario object'];
  at('id', typeof s.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(s.id), 'must be lower-case letters, digits and dashes');
  oneOf(s.system, SYSTEMS, 'system');
  text(s.title, 'title');
  if (at('person', isObject(s.person), 'must be an object')) {
    personId(s.person.id, 'person.id');
    text(s.person.name, 'person.name');
    at('person.ageYears', Number.isInteger(s.person.ageYears) && s.person.ageYears >= 0 && s.person.ageYears < 26, 'must be a whole number of years under 26');
    for (const k of ['gender', 'ethnicity', 'language']) text(s.person[k], `person.${k}`, k !== 'gender');
  }
  text(s.address, 'address', true);
  list(s.siblingsOpen, 'siblingsOpen', (c, p) => {
    personId(c.id, `${p}.id`);
    text(c.name, `${p}.name`);
    at(`${p}.ageYears`, Number.isInteger(c.ageYears), 'must be a whole number');
  }, true);
  list(s.family, 'family', (f, p) => {
    text(f.relationship, `${p}.relationship`);
    text(f.name, `${p}.name`);
    at(`${p}.ageYears`, f.ageYears === undefined || f.ageYears === null || Number.isInteger(f.ageYears), 'must be a whole number or null');
    at(`${p}.livesWith`, f.livesWith === undefined || typeof f.livesWith === 'boolean', 'must be true or false');
  }, true);
  list(s.involvements, 'involvements', (i, p) => {
    oneOf(i.kind, KINDS, `${p}.kind`);
    oneOf(i.role, ['primary', 'co-team'], `${p}.role`);
    text(i.team, `${p}.team`, true);
    days(i.startDaysAgo, `${p}.startDaysAgo`);
    days(i.endDaysAgo, `${p}.endDaysAgo`);
  });
  at('involvements', !Array.isArray(s.involvements) || s.involvements.some((i) => i?.role === 'primary'), 'must hold a primary involvement');
  if (s.assessmentOutcome !== undefined && s.assessmentOutcome !== null) oneOf(s.assessmentOutcome, OUTCOMES, 'assessmentOutcome');
  list(s.workItems, 'workItems', (w, p) => {
    oneOf(w.kind, ['assessment', 'plan', 'review'], `${p}.kind`);
    oneOf(w.status, ['open', 'complete'], `${p}.status`);
    text(w.title, `${p}.title`);
    text(w.authorisedBy, `${p}.authorisedBy`, true);
    for (const k of ['startDaysAgo', 'completedDaysAgo', 'sharedWithFamilyDaysAgo']) days(w[k] ?? null, `${p}.${k}`);
  });
  list(s.caseNotes, 'caseNotes', (n, p) => {
    oneOf(n.type, NOTE_TYPES, `${p}.type`);
    oneOf(n.status, ['final', 'draft', 'timed-out'], `${p}.status`);
    at(`${p}.daysAgo`, Number.isInteger(n.daysAgo) && n.daysAgo >= 0, 'must be a whole number of days before today');
    for (const k of ['author', 'subject', 'text']) text(n[k], `${p}.${k}`, true);
  });
  if (s.chronology !== null && s.chronology !== undefined && at('chronology', isObject(s.chronology), 'must be an object or null')) {
    oneOf(s.chronology.status, ['open', 'closed'], 'chronology.status');
    days(s.chronology.lastUpdatedDaysAgo ?? null, 'chronology.lastUpdatedDaysAgo');
    text(s.chronology.updatedBy, 'chronology.updatedBy', true);
    list(s.chronology.entries ?? [], 'chronology.entries', (e, p) => {
      days(e.daysAgo, `${p}.daysAgo`);
      text(e.event, `${p}.event`);
      text(e.source, `${p}.source`, true);
      text(e.recordedBy, `${p}.recordedBy`, true);
    });
  }
  const children = [s.person?.id, ...(s.siblingsOpen ?? []).map((c) => c?.id)];
  list(s.documents, 'documents', (d, p) => {
    oneOf(d.kind, ['safety-plan', 'letter', 'other'], `${p}.kind`);
    text(d.title, `${p}.title`);
    days(d.daysAgo, `${p}.daysAgo`);
    text(d.addedBy, `${p}.addedBy`, true);
    if (d.kind === 'other') text(d.category, `${p}.category`);
    if (d.kind === 'safety-plan') oneOf(d.audience, ['professionals', 'parents', 'child'], `${p}.audience`);
    if (d.audience === 'child') at(`${p}.childId`, children.includes(d.childId), `${JSON.stringify(d.childId)} is neither the person's id nor an open sibling's`);
  });
  list(s.relationships, 'relationships', (r, p) => {
    text(r.role, `${p}.role`);
    text(r.name, `${p}.name`);
    text(r.organisation, `${p}.organisation`, true);
    oneOf(r.agency, AGENCIES, `${p}.agency`);
    days(r.startDaysAgo, `${p}.startDaysAgo`);
    days(r.endDaysAgo, `${p}.endDaysAgo`);
  });
  // No closure form started: null (or left out).
  if (s.closure !== null && s.closure !== undefined && at('closure', isObject(s.closure), 'must be an object or null')) closureProblems(s.closure, s.system, at, { text, days, oneOf, list, isObject });
  if (s.coTeamClosure !== undefined && s.coTeamClosure !== null && at('coTeamClosure', isObject(s.coTeamClosure), 'must be an object or null')) {
    const t = s.coTeamClosure;
    oneOf(t.status, ['missing', 'incomplete', 'complete'], 'coTeamClosure.status');
    text(t.team, 'coTeamClosure.team');
    days(t.daysAgo ?? null, 'coTeamClosure.daysAgo');
    text(t.summary, 'coTeamClosure.summary', true);
    if (t.reason !== undefined && t.reason !== null && REASONS[s.system]) oneOf(t.reason, REASONS[s.system], 'coTeamClosure.reason');
  }
  return found;
}

function closureProblems(c, system, at, { text, days, oneOf, list, isObject }) {
  oneOf(c.status, ['incomplete', 'complete'], 'closure.status');
  for (const k of ['decisionDaysAgo', 'familyInformedDaysAgo', 'letterRequestedDaysAgo', 'letterSentDaysAgo', 'copyToFamilyDaysAgo', 'demographicsVerifiedDaysAgo']) days(c[k] ?? null, `closure.${k}`);
  if (c.reason !== null && c.reason !== undefined && REASONS[system]) oneOf(c.reason, REASONS[system], 'closure.reason');
  const texts = ['summary', 'reasonForInvolvement', 'whatChanged', 'riskAndCapacity', 'nextSteps', 'childViews', 'parentViews', 'stepDownTo', 'actionsForOthers', 'keyHealthProfessional', 'oversightReason', 'supervisionReason'];
  for (const k of texts) text(c[k], `closure.${k}`, true);
  const told = c.childInformed;
  if (told !== null && told !== undefined && at('closure.childInformed', isObject(told), 'must be {daysAgo} or {notAppropriate}')) {
    if ('notAppropriate' in told) text(told.notAppropriate, 'closure.childInformed.notAppropriate');
    else days(told.daysAgo ?? null, 'closure.childInformed.daysAgo');
  }
  list(c.professionalsInformed ?? [], 'closure.professionalsInformed', (x, p) => {
    text(x.name, `${p}.name`);
    days(x.informedDaysAgo ?? null, `${p}.informedDaysAgo`);
    days(x.writtenDaysAgo ?? null, `${p}.writtenDaysAgo`);
    if (x.how !== null && x.how !== undefined) oneOf(x.how, METHODS, `${p}.how`);
  });
  const sf = c.supportingFamilies;
  if (sf !== null && sf !== undefined) at('closure.supportingFamilies.evidenceComplete', typeof sf.evidenceComplete === 'boolean', 'must be true or false (or supportingFamilies null: not in the programme)');
  for (const k of ['oversightActions', 'supervisionActions']) if (c[k] !== null && c[k] !== undefined) oneOf(c[k], ACTIONS, `closure.${k}`);
  const auth = c.managerAuthorisation;
  if (auth !== null && auth !== undefined && at('closure.managerAuthorisation', isObject(auth), 'must be {name, daysAgo} or null')) {
    text(auth.name, 'closure.managerAuthorisation.name');
    days(auth.daysAgo, 'closure.managerAuthorisation.daysAgo');
  }
  list(c.checklist ?? [], 'closure.checklist', (x, p) => {
    text(x.label, `${p}.label`);
    at(`${p}.ticked`, typeof x.ticked === 'boolean', 'must be true or false');
  });
}

/** Every scenario of `dir`, checked; throws one error listing each file's problems. */
export function loadScenarios(dir) {
  const errors = [];
  const scenarios = [];
  const seen = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let s;
    try {
      s = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      errors.push(`${file}: not valid JSON (${e.message})`);
      continue;
    }
    const wrong = problems(s);
    errors.push(...wrong.map((w) => `${file}: ${w}`));
    if (wrong.length) continue;
    for (const [key, what] of [[`id ${s.id}`, 'id'], [`${s.system} person ${s.person.id}`, 'person.id']]) {
      if (seen.has(key)) errors.push(`${file}: ${what}: ${JSON.stringify(what === 'id' ? s.id : s.person.id)} is already used by ${seen.get(key)}`);
      seen.set(key, file);
    }
    scenarios.push(s);
  }
  if (!scenarios.length && !errors.length) errors.push(`${dir}: no scenario files (*.json)`);
  if (errors.length) throw new Error(`Scenarios with problems:\n  ${errors.join('\n  ')}`);
  return scenarios;
}
