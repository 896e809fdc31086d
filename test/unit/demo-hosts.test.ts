// The project's own demo host pages (test/hosts): the generator refuses a bad scenario saying
// where, the server maps each system's addresses as that system does, rows drawn by script arrive
// late, and the three case-note editors keep the contract of ../shared/hosts/README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, type DOMWindow } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../support/fixture-pages';
import { OWN_HOSTS, casesOf, serveSite } from '../support/host-site.mjs';

const cases = casesOf(SITE);
const caseOf = (system: string) => cases.find((c) => c.system === system)!;
const pageOf = (system: string, page: string) => caseOf(system).pages.find((p) => p.page === page)!;

/** A saved page with its scripts running, as a browser would have it. */
function open(system: string, page: string) {
  const p = pageOf(system, page);
  return new JSDOM(readFileSync(join(SITE, p.file), 'utf8'), { url: `http://127.0.0.1:8080${p.url}`, runScripts: 'dangerously', pretendToBeVisual: true }).window;
}
const lastSubmit = (w: DOMWindow) => (w as unknown as { __lastSubmit?: { type: string; title: string; body: string } }).__lastSubmit;
const submit = (w: DOMWindow, form: string) => w.document.querySelector<HTMLFormElement>(form)!.requestSubmit();
function type(w: DOMWindow, selector: string, value: string) {
  const field = w.document.querySelector<HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new w.Event('input', { bubbles: true }));
}

describe('the generator', () => {
  it('refuses a bad scenario and names the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-bad-'));
    const scenario = JSON.parse(readFileSync(join(OWN_HOSTS, 'scenarios/demo-lcs-cp-step-down-coteam.json'), 'utf8'));
    scenario.closure.reason = 'RC7 - Services ceased for any other reason, including child no longer in need'; // Mosaic's wording
    scenario.caseNotes[1].status = 'signed';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(scenario));
    let message = '';
    try {
      execFileSync(process.execPath, [join(OWN_HOSTS, 'generate.mjs'), '--scenarios', dir, '--out', join(dir, 'out')], { stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr: Buffer }).stderr);
    }
    rmSync(dir, { recursive: true, force: true });
    expect(message).toContain('bad.json: closure.reason: "RC7 - Services ceased');
    expect(message).toContain('bad.json: caseNotes[1].status: "signed" is not one of');
  });
});

describe('the server', () => {
  let origin: string;
  let stop: () => Promise<unknown>;
  beforeAll(async () => ({ origin, stop } = await serveSite(SITE)));
  afterAll(() => stop?.());
  const get = (path: string) => fetch(origin + path, { redirect: 'manual' });
  const { personId: mosaic } = caseOf('mosaic');
  const { personId: client } = caseOf('care-assess');
  const { personId: lcs } = caseOf('lcs');

  it('serves every page of every case at its own address, and nothing else', async () => {
    for (const c of cases) for (const p of c.pages) expect((await get(p.url)).status, p.url).toBe(200);
    expect((await get(`/mosaic/person/${mosaic}/nowhere`)).status).toBe(404);
    expect((await get('/mosaic/person/1/summary')).status).toBe(404);
  });

  it("maps each system's addresses as that system does", async () => {
    expect((await get(`/mosaic/person/${mosaic}`)).headers.get('location')).toBe(`/mosaic/person/${mosaic}/summary`);
    const coTeam = await (await get(`/careassess/FORMS/closurerecord.ASPX?clientid=${client}&TEAM=coteam&_=1`)).text();
    expect(coTeam).toContain('No closure record has been started for this team');
    expect((await get(`/CareAssess/Client/Summary.aspx?ClientID=${client}&Tab=2`)).status).toBe(200);
    expect((await get(`/lcs/web/person/${lcs}/Overview`)).status).toBe(404);
    expect((await get(`/lcs/web/person/${lcs}`)).headers.get('location')).toBe(`/lcs/web/person/${lcs}/overview`);
    expect((await get(`/lcs/web/person/${lcs}/forms/closure`)).headers.get('location')).toBe(`/lcs/web/person/${lcs}/forms/closure?step=details`);
    const step = await get(`/lcs/web/person/${lcs}/forms/closure?_=9&step=management`);
    expect(await step.text()).toContain('Management and sign-off');
    expect(step.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(step.headers.get('set-cookie')).toMatch(/^JSESSIONID=\w+; Path=\/lcs/);
    expect((await get(`/lcs/web/person/${lcs}/forms/closure?step=review`)).status).toBe(404);
  });
});

describe('rows drawn by the page', () => {
  it('Mosaic-style case notes say "Loading…" until the payload is drawn, about 400 ms after load', async () => {
    const w = open('mosaic', 'casenotes');
    const rows = () => w.document.querySelectorAll('#mo_main table tbody tr[data-type]').length;
    await new Promise((r) => setTimeout(r, 200));
    expect(w.document.querySelector('#mo_main table tbody')!.textContent).toBe('Loading…');
    await new Promise((r) => setTimeout(r, 500));
    expect(rows()).toBeGreaterThan(0);
    w.close();
  });

  it('LCS-style case notes say "Loading case notes…" until the blob is drawn, about 300 ms after load', async () => {
    const w = open('lcs', 'casenotes');
    const grid = w.document.querySelector('[role=grid]')!;
    expect(grid.textContent).toContain('Loading case notes…');
    await new Promise((r) => setTimeout(r, 600));
    expect(grid.querySelectorAll('[role=rowgroup]:last-child [role=row]').length).toBeGreaterThan(1);
    expect(grid.textContent).not.toContain('Loading');
    w.close();
  });
});

describe('case note editors', () => {
  it('Mosaic-style: the hidden body follows the rich-text div on input events only', () => {
    const w = open('mosaic', 'casenote-new');
    const editor = w.document.getElementById('noteBodyEditor')!;
    editor.innerHTML = 'set without an event';
    w.document.querySelector<HTMLSelectElement>('#selNoteType')!.selectedIndex = 8;
    submit(w, '#frmCaseNote');
    expect(lastSubmit(w)).toEqual({ type: 'Home visit', title: '', body: '' });
    editor.innerHTML = '<b>Closing</b> summary';
    editor.dispatchEvent(new w.Event('input', { bubbles: true }));
    type(w, '#txtNoteTitle', 'Closure');
    submit(w, '#frmCaseNote');
    expect(lastSubmit(w)).toEqual({ type: 'Home visit', title: 'Closure', body: '<b>Closing</b> summary' });
    expect(w.document.getElementById('cnSaveMsg')!.textContent).toBe('Case note saved (training system: nothing stored)');
    w.close();
  });

  it('Care Assess-style: refuses a blank note, counts characters, saves the textarea', () => {
    const w = open('care-assess', 'casenote-edit');
    type(w, '#ctl00_MainContent_txtNote', '   ');
    submit(w, '#aspnetForm');
    expect(lastSubmit(w)).toBeUndefined();
    expect(w.document.getElementById('ctl00_MainContent_vsCaseNote')!.style.display).toBe('');
    type(w, '#ctl00_MainContent_txtNote', 'x'.repeat(8001));
    expect(w.document.getElementById('ctl00_MainContent_lblCharCount')!.textContent).toBe('8001 of 8000 characters');
    submit(w, '#aspnetForm');
    expect(lastSubmit(w)).toEqual({ type: '', title: '', body: 'x'.repeat(8001) });
    expect(w.document.getElementById('ctl00_MainContent_pnlSaved')!.style.display).toBe('');
    w.close();
  });

  it('LCS-style: the body is the state kept from input events, and a blank one is refused', () => {
    const w = open('lcs', 'casenote-new');
    w.document.querySelector<HTMLTextAreaElement>('#fld_3a96')!.value = 'set without an event';
    submit(w, '#frm_3a90');
    expect(lastSubmit(w)).toBeUndefined();
    expect(w.document.getElementById('fld_3a99')!.hidden).toBe(false);
    type(w, '#fld_3a96', 'Told Isla and Finn.');
    type(w, '#fld_3a92', 'Closure visit');
    expect(w.document.getElementById('fld_3a97')!.textContent).toBe('19 characters');
    submit(w, '#frm_3a90');
    expect(lastSubmit(w)).toEqual({ type: '', title: 'Closure visit', body: 'Told Isla and Finn.' });
    expect(w.document.getElementById('fld_3a98')!.hidden).toBe(false);
    w.close();
  });
});
