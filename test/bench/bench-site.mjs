// The benchmark's cases: each supported system's demo scenario grown to 100, 1,000 and 5,000 case
// notes, generated and served with the project's own host simulators.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { OWN_HOSTS, ROOT, casesOf, generateSite, serveSite } from '../support/host-site.mjs';

export const NOTE_COUNTS = [100, 1000, 5000];

/** The systems the extension reads (record/kinds.ts, bundled: Node 20 cannot import TypeScript). */
async function supportedSystems() {
  const out = await build({ entryPoints: [join(ROOT, 'record/kinds.ts')], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const { SYSTEMS } = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
  return SYSTEMS;
}

/**
 * One demo scenario per system the extension reads, the first by file name: a system joins the
 * benchmark when its demo scenario and its adapter arrive. `skipped`: demo systems not read yet.
 */
async function demoBases() {
  const supported = await supportedSystems();
  const dir = join(OWN_HOSTS, 'scenarios');
  const bases = new Map();
  const skipped = new Set();
  for (const file of readdirSync(dir).filter((f) => /^demo-.*\.json$/.test(f)).sort()) {
    const scenario = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!supported.includes(scenario.system)) skipped.add(scenario.system);
    else if (!bases.has(scenario.system)) bases.set(scenario.system, scenario);
  }
  return { bases, skipped: [...skipped] };
}

const TYPES = ['Home visit', 'Case note', 'Telephone call', 'Supervision', 'Core group', 'CIN meeting'];

/** The lists of the case the benchmark's budgets are set on: all but the notes kept as a typical case's. */
const TYPICAL = { chronology: 300, workItems: 50, professionals: 20, documents: 0 };

/**
 * `--long-lists`: a case open for years, its lists other than the notes as long as a council's
 * longest (a summary's work list and professionals, the documents, the chronology).
 */
export const LONG_LISTS = { notes: 1000, chronology: 3000, workItems: 1000, professionals: 500, documents: 5000 };

/**
 * A case with `notes` final case notes, `chronology` entries, `workItems` work items and
 * `professionals` professionals, and `documents` more documents than the demo's.
 */
function bigScenario(base, system, id, idx, { notes, chronology, workItems, professionals, documents }) {
  const s = structuredClone(base);
  s.id = `bench-${system}-${id}`;
  s.person.id = String(7000000 + idx);
  s.siblingsOpen = [];
  s.caseNotes = Array.from({ length: notes }, (_, i) => ({ type: TYPES[i % TYPES.length], daysAgo: 5 + (i % 600), status: 'final', author: 'Alex Worker', subject: `Note ${i + 1}`, text: 'Visit completed; children seen and spoken to alone. '.repeat(3) }));
  s.chronology = { status: 'open', lastUpdatedDaysAgo: 2, entries: Array.from({ length: chronology }, (_, i) => ({ daysAgo: 3 + i * 2, event: `Significant event ${i + 1}: meeting held and plan reviewed.`, source: 'Children’s Social Care' })) };
  s.workItems = Array.from({ length: workItems }, (_, i) => ({ kind: ['assessment', 'plan', 'review'][i % 3], title: `Work item ${i + 1}`, status: 'complete', authorisedBy: 'Sam Manager', startDaysAgo: 400 - (i % 50) * 7, completedDaysAgo: 395 - (i % 50) * 7, sharedWithFamilyDaysAgo: i % 3 === 0 ? 390 - (i % 50) * 7 : null }));
  const pros = Array.from({ length: professionals }, (_, i) => ({ role: i % 2 ? 'School nurse' : 'Designated safeguarding lead', name: `Professional ${i + 1}`, organisation: i % 2 ? 'Harbrook 0-19 Service' : 'Castlemoor Academy', agency: i % 2 ? 'health' : 'education', startDaysAgo: 300, endDaysAgo: null }));
  s.relationships = [...s.relationships.filter((r) => /allocated|manager/i.test(r.role)), ...pros];
  s.closure.professionalsInformed = pros.map((p) => ({ name: p.name, informedDaysAgo: 3, writtenDaysAgo: 3, how: 'E-mail' }));
  const more = Array.from({ length: documents }, (_, i) => ({ kind: 'other', category: 'Assessment', title: `Meeting minutes ${i + 1}`, daysAgo: 10 + (i % 700) }));
  s.documents = [...s.documents.filter((d) => d.kind !== 'safety-plan' || d.audience !== 'child'), ...more];
  return s;
}

/**
 * Generates and serves the benchmark's cases. `systems`: those measured; `skipped`: demo systems
 * the extension does not read yet. `pageUrl(system, notes, page)` is a page's address (`page` as
 * the simulators name it: 'casenotes', 'summary'); `stop()` closes the server and removes the files.
 * `larger`: note counts to generate as well (`npm run bench -- --larger 10000`). `longLists`: a case
 * with LONG_LISTS as well, whose pages `longListPages(system)` lists (those a practitioner opens, not
 * the ones framed in them).
 */
export async function startBenchSite({ larger = [], longLists = false } = {}) {
  const { bases, skipped } = await demoBases();
  const scenarioDir = mkdtempSync(join(tmpdir(), 'cc-bench-scenarios-'));
  let idx = 0;
  for (const [system, base] of bases) {
    for (const n of [...NOTE_COUNTS, ...larger]) writeFileSync(join(scenarioDir, `bench-${system}-${n}.json`), JSON.stringify(bigScenario(base, system, n, idx++, { ...TYPICAL, notes: n })));
    if (longLists) writeFileSync(join(scenarioDir, `bench-${system}-long.json`), JSON.stringify(bigScenario(base, system, 'long', idx++, LONG_LISTS)));
  }
  const site = generateSite({ scenarios: scenarioDir });
  const server = await serveSite(site);
  const cases = Object.fromEntries(casesOf(site).map((c) => [c.id, c]));
  const pageUrl = (system, notes, page) => {
    const found = cases[`bench-${system}-${notes}`]?.pages.find((p) => p.page === page);
    if (!found) throw new Error(`The ${system} simulator made no '${page}' page for ${notes} notes: see test/hosts/ for the page names it uses.`);
    return server.origin + found.url;
  };
  const longListPages = (system) => (cases[`bench-${system}-long`]?.pages ?? []).filter((p) => !p.framedIn).map((p) => ({ page: p.page, url: server.origin + p.url }));
  const stop = async () => {
    await server.stop();
    rmSync(scenarioDir, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  };
  return { systems: [...bases.keys()], skipped, origin: server.origin, pageUrl, longListPages, stop };
}
