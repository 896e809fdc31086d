// The project's LCS-style rendition: a newer Java/JS front end with no tables. Facts are
// description lists (rows of <div><dt><dd>), lists are ARIA grids of divs labelled by their card's
// heading, statuses are pills, an empty value reads "Not recorded". Case notes are drawn by script
// from an inline JSON blob, and the closure form is a wizard of three pages over ?step=.
import { Calendar, DATE_STYLES, childName, coTeams, esc, fictional, inlineJson, inPage, newestFirst, signedIn, variety } from './helpers.mjs';
import { ACTION, METHODS, NOTE_TYPES, REASONS, WORK_TYPE } from './scenario.mjs';

const TYPE_WORDS = ['Case note', 'Management oversight', 'Case summary', 'Supervision', 'Child in need meeting', 'Core group meeting', 'Professionals meeting', 'Home visit', 'Telephone contact'];
const TYPE_CODES = ['GEN', 'MGO', 'SUM', 'SUP', 'CINM', 'CGM', 'PRM', 'HVS', 'TEL'];
const NOTE_STATUS = { final: 'AUTHORISED', draft: 'DRAFT', 'timed-out': 'EXPIRED' };
const EPISODE = { assessment: 'Child and family assessment', 'early-help': 'Early help', cin: 'Child in need', cp: 'Child protection', cla: 'Child looked after' };
const AGENCY = { 'social-care': "Children's social care", health: 'Health', education: 'Education', police: 'Police', voluntary: 'Voluntary and community sector', housing: 'Housing', other: 'Other' };
const OUTCOME = { NFA: 'No further action', 'step-down': 'Step down to early help', 'cin-plan': 'Child in need plan' };
/** Option values of the reason pick list: the census code, or a local code. */
const REASON_VALUES = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9', 'L-EH', 'L-TAF', 'L-UNI', 'L-MOV', 'L-WDR'];
const PILL = { Open: 'green', Authorised: 'green', 'In progress': 'amber', Draft: 'amber', 'Awaiting authorisation': 'blue', Closed: 'grey', Expired: 'grey' };
const STEPS = [['details', 'Closure details'], ['informing', 'Informing'], ['management', 'Management and sign-off']];

const CSS = `*{box-sizing:border-box}body{margin:0;font:15px/1.45 "Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1b1f24;background:#f4f6f8}
a{color:#0b5cab}.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px}
.mast{display:flex;align-items:center;gap:16px;background:#0f2a44;color:#fff;padding:8px 20px}.mast__brand{font-weight:700;font-size:20px;letter-spacing:.5px}
.mast__env{background:#ffd166;color:#000;border-radius:3px;padding:0 6px;font-size:12px;font-weight:700}.mast__search{margin-left:auto}
.mast__search input{padding:4px 8px;border-radius:4px;border:0;width:240px}.mast__user{background:none;border:1px solid #5b7a99;color:#fff;border-radius:4px;padding:4px 10px}
.tabs{display:flex;gap:4px;background:#173b5e;padding:0 20px}.tabs a,.tabs button{color:#dbe7f3;padding:8px 12px;text-decoration:none;background:none;border:0;font:inherit}
.menu{position:absolute;background:#fff;border:1px solid #c5ced8;box-shadow:0 4px 10px rgba(0,0,0,.15);padding:6px 0;list-style:none;margin:0}.menu a{display:block;padding:4px 14px;color:#1b1f24}
.notice{background:#fff4d6;border-left:5px solid #e0a800;padding:8px 20px}.person{display:flex;gap:24px;align-items:center;background:#fff;padding:12px 20px;border-bottom:1px solid #d8dee4}
.person__avatar{width:40px;height:40px;border-radius:50%;background:#6c8bb0;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.person__name{font-size:20px;font-weight:600}.person__fact{color:#57606a}.person__fact b{color:#1b1f24;font-weight:600}
.layout{display:flex}.side{width:220px;padding:16px 0 16px 20px}.side a{display:block;padding:6px 10px;border-radius:4px;text-decoration:none}
.side a[aria-current]{background:#dde8f4;font-weight:600}main{flex:1;padding:16px 20px 60px}.crumbs{font-size:13px;color:#57606a}
h1{font-size:24px;margin:4px 0 16px;font-weight:600}.card{background:#fff;border:1px solid #d8dee4;border-radius:6px;margin-bottom:16px;padding:12px 16px}
.card__head{display:flex;justify-content:space-between;align-items:center}.card h2{font-size:17px;margin:0 0 8px}
.kv{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:6px 24px;margin:0}.kv__row{display:flex;gap:8px}.kv dt{width:45%;color:#57606a}.kv dd{margin:0}
.kv dd.kv--none{color:#8c959f}.dgrid{display:grid;border-top:1px solid #d8dee4}.dgrid [role=row]{display:grid;grid-template-columns:var(--cols);border-bottom:1px solid #eaeef2}
.dgrid [role=columnheader]{font-weight:600;font-size:13px;color:#57606a;padding:6px 8px}.dgrid [role=gridcell]{padding:6px 8px;overflow-wrap:anywhere}
.pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}.pill--green{background:#d6f0dc;color:#11602a}.pill--amber{background:#fde9c4;color:#7a4b00}
.pill--blue{background:#d8e8fb;color:#0b4d91}.pill--grey{background:#e6e9ec;color:#4b535c}.muted{color:#57606a;font-size:13px}
.btn{font:inherit;border-radius:4px;border:1px solid #0b5cab;background:#0b5cab;color:#fff;padding:5px 14px;text-decoration:none;display:inline-block}.btn--plain{background:#fff;color:#0b5cab}
.steps{display:flex;gap:8px;list-style:none;padding:0}.steps li{flex:1;border-bottom:4px solid #d8dee4;padding:4px}.steps li[aria-current]{border-color:#0b5cab;font-weight:600}
.q{margin:10px 0}.q label,.q legend{display:block;font-weight:600}.q .choice{display:inline;font-weight:normal}.q input[type=text]{padding:4px 6px;width:16em}
.q textarea{width:100%;min-height:80px;font:inherit}.filters .q{display:inline-block;margin-right:16px}
fieldset{border:0;padding:0;margin:10px 0}.hint{color:#57606a;font-size:13px}.err{color:#b3261e;font-weight:600}
.foot{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:1px solid #d8dee4;font-size:12px;color:#57606a;padding:4px 20px}
.cookie{position:fixed;bottom:28px;left:20px;right:20px;background:#1b1f24;color:#fff;padding:10px 16px;border-radius:6px}
.dialog{position:fixed;top:25%;left:35%;background:#fff;border-radius:8px;padding:20px;box-shadow:0 8px 30px rgba(0,0,0,.3)}`;

/* In the page: the session countdown and its "Stay signed in" dialog, the cookie notice, the menus. */
function shellScript() {
  let left = 30;
  const shown = document.getElementById('app-session-left');
  const dialog = document.getElementById('app-session-dialog');
  const say = () => (shown.textContent = `Session expires in ${left} minute${left === 1 ? '' : 's'}`);
  setInterval(() => {
    left = Math.max(0, left - 1);
    say();
    if (left <= 2) dialog.hidden = false;
  }, 60_000);
  document.getElementById('app-session-stay').onclick = () => {
    left = 30;
    dialog.hidden = true;
    say();
  };
  document.getElementById('app-cookie-ok').onclick = () => (document.getElementById('app-cookie').hidden = true);
  for (const button of document.querySelectorAll('[aria-controls]')) {
    button.onclick = () => {
      const menu = document.getElementById(button.getAttribute('aria-controls'));
      menu.hidden = !menu.hidden;
      button.setAttribute('aria-expanded', String(!menu.hidden));
    };
  }
}

/* In the page: the case notes grid, drawn from the inline blob about 300 ms after load, and its filters. */
function caseNotesScript(blobId, gridId, typeFilter, stateFilter) {
  const data = JSON.parse(document.getElementById(blobId).textContent);
  const STATE = { DRAFT: ['Draft', 'amber'], AUTHORISED: ['Authorised', 'green'], EXPIRED: ['Expired', 'grey'] };
  const grid = document.getElementById(gridId);
  const body = grid.querySelectorAll('[role=rowgroup]')[1];
  const withRole = (role) => {
    const element = document.createElement('div');
    element.setAttribute('role', role);
    return element;
  };
  const cell = (row, text) => row.appendChild(Object.assign(withRole('gridcell'), { textContent: text }));
  const span = (className, textContent) => Object.assign(document.createElement('span'), { className, textContent });
  function draw() {
    const type = document.getElementById(typeFilter).value;
    const state = document.getElementById(stateFilter).value;
    const rows = document.createDocumentFragment();
    for (const note of data.items) {
      if ((type && note.typeCode !== type) || (state && note.state !== state)) continue;
      const row = withRole('row');
      cell(row, `${note.contactDate} `).append(span('muted', note.contactTime));
      cell(row, data.typeNames[note.typeCode]);
      cell(row, note.subject);
      cell(row, note.author);
      const [word, colour] = STATE[note.state];
      cell(row, '').append(span(`pill pill--${colour}`, word));
      rows.append(row);
    }
    if (!rows.childNodes.length) {
      const none = withRole('row');
      cell(none, 'No case notes match').style.gridColumn = '1/-1';
      rows.append(none);
    }
    body.replaceChildren(rows);
    grid.setAttribute('aria-rowcount', String(body.childNodes.length + 1));
  }
  document.getElementById(typeFilter).onchange = draw;
  document.getElementById(stateFilter).onchange = draw;
  window.addEventListener('load', () => setTimeout(draw, 300));
}

/* In the page: the editor's body is the component's state, which follows the textarea's input events only. */
function editorScript() {
  let state = '';
  const area = document.getElementById('fld_3a96');
  const count = document.getElementById('fld_3a97');
  area.addEventListener('input', () => {
    state = area.value;
    count.textContent = `${state.length} characters`;
  });
  document.getElementById('frm_3a90').addEventListener('submit', (event) => {
    event.preventDefault();
    const valid = state.trim() !== '';
    document.getElementById('fld_3a99').hidden = valid;
    document.getElementById('fld_3a98').hidden = !valid;
    if (!valid) return;
    const type = document.getElementById('fld_3a91');
    window.__lastSubmit = { type: type.value ? type.options[type.selectedIndex].text : '', title: document.getElementById('fld_3a92').value, body: state };
  });
}

const formStatus = (complete, authorised) => (!complete ? 'In progress' : authorised ? 'Authorised' : 'Awaiting authorisation');

export function lcsPages(s, today) {
  const cal = new Calendar(today, DATE_STYLES.shortMonth, DATE_STYLES.slashes);
  const t = (v) => cal.text(v);
  const vary = variety(s.id);
  const me = signedIn(s);
  const base = `/lcs/web/person/${s.person.id}`;
  const teams = coTeams(s);
  const coTeam = s.coTeamClosure?.team ?? teams[0];
  let serial = vary.number('ids', 0x1000, 0x8fff);
  /** Meaningless ids that differ from case to case: fld_3f0a, grd_3f0b… (the shell's and the editor's are fixed). */
  const newId = (prefix) => `${prefix}_${(serial++).toString(16).padStart(4, '0')}`;
  const pill = (word) => `<span class="pill pill--${PILL[word] ?? 'grey'}">${word}</span>`;
  const initials = String(s.person.name).split(/\s+/).map((w) => w.charAt(0)).join('').slice(0, 2).toUpperCase();
  const dob = cal.dateOfBirth(s.person.ageYears, s.person.id);

  const shell = (title, current, crumb, main) => {
    const link = (href, label, key) => `<a href="${href}"${key === current ? ' aria-current="page"' : ''}>${label}</a>`;
    const menu = (id, items) => `<ul id="${id}" class="menu" hidden>${items.map((i) => `<li><a href="#">${i}</a></li>`).join('')}</ul>`;
    const notice = vary.chance('maintenance', 70)
      ? `<div class="notice" role="region" aria-label="Planned maintenance"><b>Planned maintenance:</b> LCS will be unavailable from 20:00 on ${cal.date(-vary.number('maintenance', 2, 10))} until 06:00 the next morning.</div>`
      : '';
    return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | ${t(s.person.name)} | LCS</title>
<style>${CSS}</style></head>
<body>
<a class="skip" href="#app-main">Skip to main content</a>
<header class="mast"><span class="mast__brand">LCS</span><span>Children's Social Care</span><span class="mast__env">TRAINING</span>
<form class="mast__search" role="search" action="#" onsubmit="return false"><label class="skip" for="app-search">Search people</label>
<input id="app-search" type="search" placeholder="Search people by name or ID"></form>
<div><button type="button" class="mast__user" aria-expanded="false" aria-controls="app-user-menu">${t(me.name)} · ${t(me.team)}</button>
${menu('app-user-menu', ['My profile', 'Switch team', 'Delegations', 'Sign out'])}</div></header>
<nav class="tabs" aria-label="Workspaces"><a href="#">My work</a><a href="#">Team work</a><a href="#" aria-current="true">People</a><a href="#">Reports</a>
<div><button type="button" aria-expanded="false" aria-controls="app-more-menu">More ▾</button>${menu('app-more-menu', ['Administration', 'Reference data', 'Audit log'])}</div></nav>
${notice}
<section class="person" aria-label="Person"><span class="person__avatar" aria-hidden="true">${esc(initials)}</span><span class="person__name">${t(s.person.name)}</span>
<span class="person__fact">ID <b>${esc(s.person.id)}</b></span><span class="person__fact">DOB <b>${dob}</b> (${s.person.ageYears} years)</span>
<span class="person__fact">Gender <b>${t(s.person.gender)}</b></span><a href="#">Alerts (${vary.number('alerts', 0, 3)})</a></section>
<div class="layout"><nav class="side" aria-label="Person menu">${link(`${base}/overview`, 'Overview', 'overview')}${link(`${base}/workflow`, 'Workflow', 'workflow')}
${link(`${base}/casenotes`, 'Case notes', 'casenotes')}${link(`${base}/chronology`, 'Chronology', 'chronology')}${link(`${base}/documents`, 'Documents', 'documents')}
${link(`${base}/forms/closure?step=details`, 'Case closure', 'closure')}${teams.length ? link(`${base}/forms/closure-coteam`, 'Co-working team closure', 'closure-coteam') : ''}</nav>
<main id="app-main"><div class="crumbs">People › ${t(s.person.name)} › ${crumb}</div>
${main}
</main></div>
<footer class="foot">LCS 7.3.1 (build ${vary.number('build', 1000, 1999)}) · TRAINING environment · Fictional records for testing only · <span id="app-session-left">Session expires in 30 minutes</span></footer>
<div id="app-session-dialog" class="dialog" role="dialog" aria-modal="true" aria-labelledby="app-session-h" hidden><h2 id="app-session-h">You will be signed out soon</h2>
<p>LCS signs you out after 30 minutes without activity.</p><button type="button" class="btn" id="app-session-stay">Stay signed in</button></div>
<div id="app-cookie" class="cookie" role="region" aria-label="Cookies">LCS uses essential cookies to keep you signed in and remember your settings.
<a href="#" style="color:#9cd">How we use cookies</a> <button type="button" class="btn" id="app-cookie-ok">OK</button></div>
<script>${inPage(shellScript)}</script>
</body></html>
`;
  };

  /** A card: its heading, an optional action, and a body that may refer to the heading's id. */
  const card = (heading, body, action = '') => {
    const h = newId('hdg');
    return `<section class="card" aria-labelledby="${h}"><div class="card__head"><h2 id="${h}">${heading}</h2>${action}</div>
${body(h)}</section>`;
  };
  const facts = (pairs) => {
    const rows = pairs.map(([label, value]) => `<div class="kv__row"><dt>${label}</dt>${value === '' || value === null || value === undefined ? '<dd class="kv--none">Not recorded</dd>' : `<dd>${value}</dd>`}</div>`);
    return `<dl class="kv" id="${newId('fld')}">\n${rows.join('\n')}</dl>`;
  };
  const gridRow = (cells) => `<div role="row">${cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`;
  /** An ARIA grid of divs, labelled by the card heading it sits under. */
  const grid = (headers, rows, empty, gridId = newId('grd')) => (labelledBy) => `<div role="grid" id="${gridId}" class="dgrid" aria-labelledby="${labelledBy}" aria-rowcount="${rows.length + 1}"
style="--cols:repeat(${headers.length},minmax(0,1fr))"><div role="rowgroup"><div role="row">${headers.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div></div>
<div role="rowgroup">${rows.length ? rows.map(gridRow).join('\n') : `<div role="row"><div role="gridcell" style="grid-column:1/-1">${empty}</div></div>`}</div></div>`;
  const button = (label, plain = true) => `<a class="btn${plain ? ' btn--plain' : ''}" href="#">${label}</a>`;

  // Overview: personal details, relationships (every one, the council's staff too), family.
  const relationships = s.relationships.map((r) => [t(r.role), t(r.name), AGENCY[r.agency], t(r.organisation ?? ''), fictional.phone(r.name), cal.date(r.startDaysAgo), cal.date(r.endDaysAgo)]);
  const household = [
    ...(s.family ?? []).map((f, i) => {
      const known = f.ageYears !== null && f.ageYears !== undefined;
      return [t(f.relationship), t(f.name), fictional.personId(`${s.person.id}:${i}`, 7), known ? cal.dateOfBirth(f.ageYears, `${s.person.id}:${i}`) : '', known ? f.ageYears : '', f.livesWith === false ? 'No' : 'Yes', 'No'];
    }),
    ...(s.siblingsOpen ?? []).map((c) => ['Sibling', t(c.name), esc(c.id), cal.dateOfBirth(c.ageYears, c.id), c.ageYears, 'Yes', pill('Open')]),
  ];
  const overview = shell('Overview', 'overview', 'Overview', `<h1>Overview</h1>
${card('Personal details', () => facts([
    ['Full name', t(s.person.name)], ['Person ID', esc(s.person.id)], ['Date of birth', dob], ['Age', `${s.person.ageYears} years`],
    ['Gender', t(s.person.gender)], ['Ethnicity', s.person.ethnicity ? t(s.person.ethnicity) : ''], ['First language', t(s.person.language ?? 'English')],
    ['NHS number', fictional.nhsNumber(s.person.id)], ['Address', t(s.address ?? fictional.address(s.person.id))], ['Home telephone', fictional.phone(s.person.id)],
  ]))}
${card('Professional relationships', grid(['Relationship', 'Name', 'Agency', 'Organisation', 'Telephone', 'Start date', 'End date'], relationships, 'No relationships recorded'), button('Add relationship'))}
${card('Family and household', grid(['Relationship', 'Name', 'Person ID', 'Date of birth', 'Age', 'Lives with child', "Open to children's social care"], household, 'No family members recorded'))}`);

  // Workflow: an episode per involvement, and the forms with the closure forms among them.
  const c = s.closure;
  const co = s.coTeamClosure;
  const coStarted = teams.length && co && co.status !== 'missing';
  const opener = s.workItems.find((w) => w.kind === 'assessment');
  const episodes = newestFirst(s.involvements, 'startDaysAgo').map((i) => [
    EPISODE[i.kind], t(i.team ?? ''), i.role === 'primary' ? 'Lead team' : 'Co-working team', pill(i.endDaysAgo === null ? 'Open' : 'Closed'), cal.date(i.startDaysAgo), cal.date(i.endDaysAgo),
  ]);
  const formRows = [];
  if (c) formRows.push([`<a href="${base}/forms/closure?step=details">Case closure</a>`, 'Closure', pill(formStatus(c.status === 'complete', c.managerAuthorisation)), cal.date(c.decisionDaysAgo), '', t(c.managerAuthorisation?.name ?? ''), '', '']);
  // The model holds no authoriser for the co-working team's form: a finished one reads Authorised.
  if (coStarted) formRows.push([`<a href="${base}/forms/closure-coteam">Case closure (${t(coTeam)})</a>`, 'Closure', pill(co.status === 'complete' ? 'Authorised' : 'In progress'), cal.date(co.daysAgo), '', '', '', '']);
  for (const w of newestFirst(s.workItems, 'startDaysAgo')) {
    formRows.push([
      t(w.title), WORK_TYPE[w.kind], pill(formStatus(w.status === 'complete', w.authorisedBy)), cal.date(w.startDaysAgo), cal.date(w.completedDaysAgo), t(w.authorisedBy ?? ''),
      cal.date(w.kind === 'assessment' ? w.sharedWithFamilyDaysAgo : null), w === opener ? (OUTCOME[s.assessmentOutcome] ?? '') : '',
    ]);
  }
  const showId = newId('fld');
  const show = `<span><label for="${showId}" class="muted">Show</label> <select id="${showId}">${['All forms', 'In progress', 'Awaiting authorisation', 'Authorised'].map((o) => `<option>${o}</option>`).join('')}</select> ${button('Start form')}</span>`;
  const workflow = shell('Workflow', 'workflow', 'Workflow', `<h1>Workflow</h1>
${card('Episodes', grid(['Episode', 'Team', 'Team role', 'Status', 'Start date', 'End date'], episodes, 'No episodes'))}
${card('Forms', grid(['Form', 'Type', 'Status', 'Started', 'Completed', 'Authorised by', 'Shared with family', 'Outcome'], formRows, 'No forms'), show)}
<p class="muted">Assessments, plans and reviews are authorised by a team manager.</p>`);

  // Case notes: the grid's rows are drawn about 300 ms after load from the inline blob.
  const blob = {
    typeNames: Object.fromEntries(TYPE_CODES.map((code, i) => [code, TYPE_WORDS[i]])),
    items: newestFirst(s.caseNotes).map((n, i) => ({
      contactDate: cal.date(n.daysAgo), contactTime: `${String(vary.number(`h${i}`, 8, 18)).padStart(2, '0')}:${String(vary.number(`m${i}`, 0, 11) * 5).padStart(2, '0')}`,
      typeCode: TYPE_CODES[NOTE_TYPES.indexOf(n.type)], subject: cal.typed(n.subject ?? ''), author: cal.typed(n.author ?? ''), state: NOTE_STATUS[n.status],
    })),
  };
  const [blobId, gridId, typeFilter, stateFilter] = [newId('dat'), newId('grd'), newId('fld'), newId('fld')];
  const filter = (id, label, options) => `<div class="q"><label for="${id}">${label}</label><select id="${id}">${options.map(([value, text]) => `<option value="${value}">${text}</option>`).join('')}</select></div>`;
  const notesCard = card('Case notes', grid(['Date of contact', 'Type', 'Subject', 'Author', 'Status'], [], 'Loading case notes…', gridId), `<a class="btn" href="${base}/casenotes/new">New case note</a>`);
  const caseNotes = shell('Case notes', 'casenotes', 'Case notes', `<h1>Case notes</h1>
<div class="card filters">${filter(typeFilter, 'Note type', [['', 'All types'], ...TYPE_CODES.map((code, i) => [code, TYPE_WORDS[i]])])}
${filter(stateFilter, 'Status', [['', 'All'], ['DRAFT', 'Draft'], ['AUTHORISED', 'Authorised'], ['EXPIRED', 'Expired']])}</div>
${notesCard}
<script type="application/json" id="${blobId}">${inlineJson(blob)}</script>
<script>${inPage(caseNotesScript, blobId, gridId, typeFilter, stateFilter)}</script>`);

  // The chronology lists its events oldest first.
  const ch = s.chronology;
  const events = newestFirst(ch?.entries ?? []).reverse().map((e) => [cal.date(e.daysAgo), t(e.event), t(e.source ?? ''), t(e.recordedBy ?? me.name)]);
  const chronology = shell('Chronology', 'chronology', 'Chronology', `<h1>Chronology</h1>${
    ch
      ? `${card('Chronology details', () => facts([['Status', pill(ch.status === 'open' ? 'Open' : 'Closed')], ['Last updated', cal.date(ch.lastUpdatedDaysAgo)], ['Last updated by', t(ch.updatedBy ?? me.name)], ['Entries', String(events.length)]]))}
${card('Significant events', grid(['Date', 'Event', 'Source', 'Recorded by'], events, 'No events recorded'), button('Add entry'))}`
      : card('Chronology details', () => '<p>No chronology has been started for this person.</p>')
  }`);

  const AUDIENCE = { professionals: 'Safety plan – professionals', parents: 'Safety plan – parents/carers' };
  const category = (d) => (d.kind === 'letter' ? 'Letter' : d.kind === 'other' ? t(d.category) : (AUDIENCE[d.audience] ?? `Safety plan – child (${t(childName(s, d.childId))})`));
  const documentRows = newestFirst(s.documents).map((d) => [`<a href="#">${t(d.title)}</a>`, category(d), t(d.addedBy ?? me.name), cal.date(d.daysAgo)]);
  const documents = shell('Documents', 'documents', 'Documents', `<h1>Documents</h1>
${card('Documents', grid(['Title', 'Category', 'Added by', 'Date'], documentRows, 'No documents'), button('Upload document'))}
<p class="muted">Documents open in the document viewer in a new tab.</p>`);

  const pages = [
    { page: 'overview', url: `${base}/overview`, html: overview },
    { page: 'workflow', url: `${base}/workflow`, html: workflow },
    { page: 'casenotes', url: `${base}/casenotes`, html: caseNotes },
    { page: 'chronology', url: `${base}/chronology`, html: chronology },
    { page: 'documents', url: `${base}/documents`, html: documents },
  ];
  const wizard = closureWizard(s, cal, { card, facts, pill, newId, coTeam, teams, base, me, reference: `CLS-${vary.number('ref', 100000, 999999)}` });
  for (const [step, main] of wizard) pages.push({ page: `closure-${step}`, url: `${base}/forms/closure?step=${step}`, html: shell('Case closure', 'closure', 'Case closure', main) });
  if (teams.length) {
    const heading = `Closure form: ${t(coTeam)}`;
    const body = coStarted
      ? card(heading, () => facts([
          ['Team', t(coTeam)], ['Status', pill(co.status === 'complete' ? 'Authorised' : 'In progress')], ['Date of decision to close', cal.date(co.daysAgo)],
          ['Reason for closure', t(co.reason ?? '')], ['Closing summary', t(co.summary ?? '')],
        ]))
      : card(heading, () => `<p>No closure form has been started by the ${t(coTeam)}.</p>`);
    const html = shell('Co-working team closure', 'closure-coteam', 'Co-working team closure', `<h1>Co-working team closure</h1>
${body}
<p><a href="${base}/forms/closure?step=details">Back to the lead team's case closure</a></p>`);
    pages.push({ page: 'closure-coteam', url: `${base}/forms/closure-coteam`, html });
  }
  pages.push({ page: 'casenote-new', url: `${base}/casenotes/new`, html: shell('New case note', 'casenotes', 'Case notes › New case note', editor(s, cal, vary)) });
  return pages;
}

/** The three closure pages as [step, main]; only the first when no form has been started. */
function closureWizard(s, cal, { card, facts, pill, newId, coTeam, teams, base, me, reference }) {
  const c = s.closure;
  const t = (v) => cal.text(v);
  if (!c) return [['details', `<h1>Case closure</h1>${card('Case closure', () => '<p>No case closure form has been started for this person.</p><p><a class="btn" href="#">Start case closure</a></p>')}`]];
  /** A question: its label (and hint) over the control made for a fresh id. */
  const question = (label, control, hint = '') => {
    const id = newId('fld');
    return `<div class="q"><label for="${id}">${label}</label>${hint ? `<div class="hint">${hint}</div>` : ''}${control(id)}</div>`;
  };
  const text = (label, value, hint) => question(label, (id) => `<input type="text" id="${id}" name="${id}" value="${t(value ?? '')}">`, hint);
  const date = (label, daysAgo, hint) => question(label, (id) => `<input type="text" id="${id}" name="${id}" value="${cal.date(daysAgo)}">`, hint);
  const area = (label, value, hint) => question(label, (id) => `<textarea id="${id}" name="${id}" rows="4">${t(value ?? '')}</textarea>`, hint);
  const radios = (legend, options, chosen, disabled = false) => {
    const name = newId('fld');
    const items = options.map((o, i) => `<div><input type="radio" id="${name}_${i}" name="${name}" value="${i}"${o === chosen ? ' checked' : ''}${disabled ? ' disabled' : ''}> <label for="${name}_${i}" class="choice">${o}</label></div>`);
    return `<fieldset class="q"><legend>${legend}</legend>${items.join('')}</fieldset>`;
  };
  const section = (heading, parts) => card(heading, () => parts.join('\n'));
  const told = c.childInformed ?? null;
  const notTold = told !== null && 'notAppropriate' in told;
  const sf = c.supportingFamilies ?? null;
  const reasons = `<option value="">Select…</option>${REASONS.lcs.map((r, i) => `<option value="${REASON_VALUES[i]}"${r === c.reason ? ' selected' : ''}>${r}</option>`).join('')}`;

  // Professionals informed: a grid of inputs, each labelled by its column header.
  const h = newId('hdg');
  const columns = ['Name', 'Relationship and organisation', 'Date informed', 'Written confirmation sent', 'Method', 'Actions'].map((label) => [newId('col'), label]);
  const input = (column, value) => `<input type="text" id="${newId('fld')}" aria-labelledby="${columns[column][0]}" value="${value}">`;
  const professionals = (c.professionalsInformed ?? []).map((p) => {
    const r = s.relationships.find((x) => x.name === p.name);
    const methods = METHODS.map((m) => `<option${m === p.how ? ' selected' : ''}>${m}</option>`).join('');
    const cells = [input(0, t(p.name)), r ? `${t(r.role)}, ${t(r.organisation ?? '')}` : '', input(2, cal.date(p.informedDaysAgo)), input(3, cal.date(p.writtenDaysAgo)),
      `<select id="${newId('fld')}" aria-labelledby="${columns[4][0]}"><option value=""></option>${methods}</select>`, '<button type="button" class="btn btn--plain">Remove</button>'];
    return `<div role="row">${cells.map((x) => `<div role="gridcell">${x}</div>`).join('')}</div>`;
  });
  const professionalsCard = `<section class="card" aria-labelledby="${h}"><div class="card__head"><h2 id="${h}">Professionals informed</h2><button type="button" class="btn btn--plain">Add professional</button></div>
<div role="grid" id="${newId('grd')}" class="dgrid" aria-labelledby="${h}" style="--cols:1.3fr 1.6fr 1fr 1fr 1fr .8fr">
<div role="rowgroup"><div role="row">${columns.map(([id, label]) => `<div role="columnheader" id="${id}">${label}</div>`).join('')}</div></div>
<div role="rowgroup">${professionals.join('\n') || '<div role="row"><div role="gridcell" style="grid-column:1/-1">No professionals added</div></div>'}</div></div>
${text('Key health professional (has agreed to tell the other health professionals)', c.keyHealthProfessional)}</section>`;

  const checklist = (c.checklist ?? []).map((x) => {
    const id = newId('fld');
    return `<div><input type="checkbox" id="${id}" name="${id}"${x.ticked ? ' checked' : ''}> <label for="${id}" class="choice">${t(x.label)}</label></div>`;
  });
  const bodies = {
    details: [
      section('Decision', [
        date('Date of decision to close', c.decisionDaysAgo),
        question('Reason for closure', (id) => `<select id="${id}" name="${id}">${reasons}</select>`),
        text('Service stepped down to', c.stepDownTo, 'Complete when the case steps down to another service.'),
      ]),
      section('Closing summary', [
        area('Closing summary', c.summary, 'Write a summary that can stand alone for anyone reading the record after a future referral.'),
        area("Why were children's social care involved?", c.reasonForInvolvement),
        area('What has changed for the child?', c.whatChanged),
        area('How have risks been reduced and needs met? Include parental capacity.', c.riskAndCapacity),
        area('What happens next?', c.nextSteps),
        area('Ongoing actions for other professionals', c.actionsForOthers, 'Write "None" if there are no ongoing actions.'),
      ]),
      section('Views on the closure', [area("Child or young person's views", c.childViews), area("Parents' or carers' views", c.parentViews)]),
    ],
    informing: [
      section('Informing the family', [
        date('Date parents or carers were told about the closure', c.familyInformedDaysAgo),
        radios('Has the child or young person been told about the closure?', ['Yes', 'No – not appropriate'], told === null ? null : notTold ? 'No – not appropriate' : 'Yes'),
        date('Date the child or young person was told', notTold ? null : told?.daysAgo),
        area('Why it was not appropriate to tell the child', notTold ? told.notAppropriate : ''),
        date('Date a copy of the closure summary was sent to the family', c.copyToFamilyDaysAgo),
      ]),
      professionalsCard,
      section('Closure letter', [date('Date closure letter requested from business support', c.letterRequestedDaysAgo), date('Date closure letter sent', c.letterSentDaysAgo, 'Completed by business support.')]),
    ],
    management: [
      section('Management oversight and supervision', [
        radios('Actions from initial management oversight', Object.values(ACTION), ACTION[c.oversightActions]),
        area('Reason the oversight actions were not required', c.oversightReason),
        radios('Actions from supervision', Object.values(ACTION), ACTION[c.supervisionActions]),
        area('Reason the supervision actions were not required', c.supervisionReason),
        date('Date demographics and family details were verified', c.demographicsVerifiedDaysAgo, 'Significant family members and current contact details.'),
      ]),
      section('Supporting Families', [
        radios('Is the family part of the Supporting Families programme?', ['Yes', 'No'], sf ? 'Yes' : 'No'),
        // Only asked of a family in the programme.
        radios('Have the Supporting Families evidence workflows been completed?', ['Yes', 'No'], sf ? (sf.evidenceComplete ? 'Yes' : 'No') : null, !sf),
      ]),
      section('Manager authorisation', [text('Authorising manager', c.managerAuthorisation?.name), date('Date authorised', c.managerAuthorisation?.daysAgo)]),
      section('Closure checklist', ['<p class="hint">Confirm each item before you submit the form.</p>', ...checklist]),
    ],
  };
  const coNote = teams.length ? `<p>The ${t(coTeam)} co-works this case and records its own closure form. <a href="${base}/forms/closure-coteam">View the co-working team's closure</a></p>` : '';
  const header = () => facts([['Status', pill(formStatus(c.status === 'complete', c.managerAuthorisation))], ['Form reference', reference], ['Started', cal.date(c.decisionDaysAgo)], ['Owner', t(me.name)], ['Team', t(me.team)]]) + coNote;
  const buttons = (i) => {
    const back = i ? `<a class="btn btn--plain" href="${base}/forms/closure?step=${STEPS[i - 1][0]}">Back</a> ` : '';
    const next = i < STEPS.length - 1 ? `<a class="btn" href="${base}/forms/closure?step=${STEPS[i + 1][0]}">Save and continue</a>` : '<button type="button" class="btn">Submit for authorisation</button>';
    return `<p>${back}<button type="button" class="btn btn--plain">Save</button> ${next}</p>`;
  };
  return STEPS.map(([step, title], i) => [step, `<h1>Case closure <span class="muted">· ${title}</span></h1>
${card('Case closure', header)}
<ol class="steps">${STEPS.map(([other, name], j) => `<li${other === step ? ' aria-current="step"' : ''}><a href="${base}/forms/closure?step=${other}">${j + 1} ${name}</a></li>`).join('')}</ol>
<form id="${newId('frm')}" action="#" onsubmit="return false">
${bodies[step].join('\n')}
${buttons(i)}</form>`]);
}

/** The new case note editor, as the shared README's "Case note editors" section describes it. */
function editor(s, cal, vary) {
  const time = `${String(vary.number('editorHour', 8, 17)).padStart(2, '0')}:${String(vary.number('editorMinute', 0, 59)).padStart(2, '0')}`;
  const types = TYPE_CODES.map((code, i) => `<option value="${code}">${TYPE_WORDS[i]}</option>`).join('');
  return `<h1>New case note</h1>
<form id="frm_3a90" class="card" action="#" method="post" novalidate>
<p id="fld_3a99" class="err" role="alert" hidden>There is a problem: enter the case note text.</p>
<p id="fld_3a98" role="status" hidden>Case note saved (training system: nothing stored)</p>
<div class="q"><label for="fld_3a91">Note type</label><select id="fld_3a91" name="noteTypeCode"><option value="">Select…</option>${types}</select></div>
<div class="q"><label for="fld_3a92">Subject</label><input type="text" id="fld_3a92" name="subject" style="width:30em"></div>
<div class="q" style="display:inline-block;margin-right:16px"><label for="fld_3a93">Date of contact</label><div class="hint">For example, ${cal.date(0)}</div>
<input type="text" id="fld_3a93" name="contactDate" value="${cal.date(0)}"></div>
<div class="q" style="display:inline-block"><label for="fld_3a94">Time</label><div class="hint">24-hour clock</div><input type="text" id="fld_3a94" name="contactTime" value="${time}" style="width:6em"></div>
<div class="q"><input type="checkbox" id="fld_3a95" name="restricted"> <label for="fld_3a95" class="choice">Restrict this note to the allocated team</label></div>
<div class="q"><label for="fld_3a96">Case note</label><textarea id="fld_3a96" name="noteText" rows="14"></textarea><div id="fld_3a97" class="hint">0 characters</div></div>
<p><button type="submit" id="btn_5e10" class="btn btn--plain">Save draft</button> <button type="submit" id="btn_5e11" class="btn">Finalise</button>
<a href="/lcs/web/person/${s.person.id}/casenotes">Cancel</a></p>
</form>
<script>${inPage(editorScript)}</script>`;
}
