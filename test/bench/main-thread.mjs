// The extension's own work on a case page's main thread, from the browser's trace of each visit:
// from before the page is opened until the checklist is shown and the page has gone quiet.
import { extensionTasks, loadEventTs } from './trace.mjs';

/** RunTask, the invalidations and the script events with their addresses and worlds. */
const CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** After the checklist is shown: long enough for a page that fills itself in by script after its load. */
const SETTLE_MS = 1500;
/** The extension must have been idle this long when tracing stops, or the visit did not end quiet. */
const QUIET_MS = 500;

/**
 * Waits until the host has drawn `count` rows, of a table or an ARIA grid: Mosaic's arrive by
 * script after its load, LCS's notes are rendered from data. Polled, after the checklist is shown.
 */
export async function waitForRows(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('tr, [role=row]').length >= n, { timeout: 30_000, polling: 100 }, count);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Set up in the page's own world before it loads: resolves `window.__ccChecklistShown` with the
 * milliseconds from the load event to the checklist appearing (the first `[data-pack]` in the
 * overlay's shadow root), watched by mutation observers rather than polled, so the harness adds no
 * tasks of its own while the extension works.
 */
function watchForChecklist() {
  window.__ccChecklistShown = new Promise((resolve) => {
    const shown = (root) => root.querySelector('[data-pack]');
    const done = () => resolve(performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd);
    const watchOverlay = (host) => {
      if (shown(host.shadowRoot)) return done();
      const observer = new MutationObserver(() => {
        if (!shown(host.shadowRoot)) return;
        observer.disconnect();
        done();
      });
      observer.observe(host.shadowRoot, { childList: true, subtree: true });
    };
    document.addEventListener('DOMContentLoaded', () => {
      const observer = new MutationObserver(() => {
        const host = document.querySelector('closure-companion');
        if (!host?.shadowRoot) return;
        observer.disconnect();
        watchOverlay(host);
      });
      // The overlay appends its element to the body (the root element when there is none).
      for (const parent of [document.documentElement, document.body]) if (parent) observer.observe(parent, { childList: true });
    });
  });
}

/** One traced visit of `url`: the extension's tasks, their longest and sum (ms), and when the checklist showed. */
async function tracedVisit(ext, url, rows) {
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(watchForChecklist);
  await page.tracing.start({ categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  let timer;
  const afterLoadMs = await Promise.race([
    page.evaluate(() => window.__ccChecklistShown),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`No checklist on ${url} within 30 s of its load event.`)), 30_000))),
  ]).finally(() => clearTimeout(timer));
  // A page that fills its grid by script after the load (Mosaic's) changes again: the overlay reads it again.
  await waitForRows(page, rows);
  await sleep(SETTLE_MS);
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const pageUrl = page.url();
  await page.close();
  const events = trace.traceEvents ?? trace;
  const { tasks, shared, traceEnd } = extensionTasks(events, { extensionId: ext.extensionId, pageUrl });
  if (!tasks.length) throw new Error(`No task of the extension on ${pageUrl}: did the overlay start?`);
  const last = tasks.at(-1);
  const quietMs = (traceEnd - last.start) / 1000 - (last.taskMs ?? last.duration);
  if (quietMs < QUIET_MS) throw new Error(`The extension's last task on ${pageUrl} ended only ${Math.round(quietMs)} ms before tracing stopped: the visit did not end quiet (raise SETTLE_MS?).`);
  return {
    tasks,
    shared,
    loadTs: loadEventTs(events, pageUrl),
    longestMs: Math.max(...tasks.map((t) => t.duration)),
    totalMs: tasks.reduce((n, t) => n + t.duration, 0),
    afterLoadMs,
  };
}

const ms = (x) => `${x.toFixed(1)} ms`;
const KIND = { own: 'its task', 'in-page-task': 'its part of a page task', frame: 'a frame for its change' };

/** The visit's counted tasks, one a line, for a reader to check the attribution against the trace. */
function describeVisit(visit, log) {
  const at = (t) => `${t.start >= visit.loadTs ? '+' : '−'}${Math.round(Math.abs(t.start - visit.loadTs) / 1000)} ms`.padStart(9);
  for (const t of visit.tasks) {
    const whole = t.kind === 'in-page-task' ? ` (of a ${ms(t.taskMs)} task the page started)` : '';
    log(`      ${at(t)} ${ms(t.duration).padStart(9)}  ${KIND[t.kind]}${whole}${t.cut ? ', cut by the trace' : ''}: ${t.what.join(', ')}`);
  }
  for (const t of visit.shared) log(`      ${at(t)} ${ms(t.duration).padStart(9)}  not counted, a frame for the page's change and the extension's: ${t.what.join(', ')}`);
}

/**
 * `visits` traced visits of each system's case-notes page at each note count, with the extension
 * `ext` (from launchWithExtension). For each count: the medians per system and the worse system's.
 */
export async function extensionMainThread(ext, site, noteCounts, visits, log) {
  const result = {};
  for (const notes of noteCounts) {
    const perSystem = {};
    for (const system of site.systems) {
      const runs = [];
      for (let i = 0; i < visits; i++) {
        const visit = await tracedVisit(ext, site.pageUrl(system, notes, 'casenotes'), notes);
        runs.push(visit);
        log(`    ${system}, ${notes} notes, visit ${i + 1}: longest ${ms(visit.longestMs)}, all ${ms(visit.totalMs)} in ${visit.tasks.length} tasks, checklist ${ms(visit.afterLoadMs)} after the load event`);
        describeVisit(visit, log);
        await sleep(300);
      }
      perSystem[system] = {
        longestMs: median(runs.map((r) => r.longestMs)),
        totalMs: median(runs.map((r) => r.totalMs)),
        afterLoadMs: median(runs.map((r) => r.afterLoadMs)),
      };
      log(`  ${system}, ${notes} notes, median of ${visits}: longest ${ms(perSystem[system].longestMs)}, all ${ms(perSystem[system].totalMs)}, checklist ${ms(perSystem[system].afterLoadMs)} after load`);
    }
    const worst = (key) => Math.max(...Object.values(perSystem).map((s) => s[key]));
    result[notes] = { perSystem, longestMs: worst('longestMs'), totalMs: worst('totalMs'), afterLoadMs: worst('afterLoadMs') };
  }
  return result;
}

/**
 * `visits` traced visits of every page of each system's case with long lists (bench-site.mjs,
 * LONG_LISTS), in the order a practitioner opens them. For each system and page the medians; and the
 * longest task and summed work of the worse page.
 */
export async function longListsThread(ext, site, visits, log) {
  const perSystem = {};
  for (const system of site.systems) {
    const pages = {};
    for (const { page, url } of site.longListPages(system)) {
      const runs = [];
      // No rows waited for (a note editor has none): the visit settles after the checklist shows, long
      // enough for notes drawn by script after the load.
      for (let i = 0; i < visits; i++) {
        runs.push(await tracedVisit(ext, url, 0));
        await sleep(300);
      }
      pages[page] = { longestMs: median(runs.map((r) => r.longestMs)), totalMs: median(runs.map((r) => r.totalMs)) };
      log(`  ${system}, long lists, ${page}, median of ${visits}: longest ${ms(pages[page].longestMs)}, all ${ms(pages[page].totalMs)}`);
    }
    perSystem[system] = pages;
  }
  const all = Object.values(perSystem).flatMap((pages) => Object.values(pages));
  return { perSystem, longestMs: Math.max(...all.map((p) => p.longestMs)), totalMs: Math.max(...all.map((p) => p.totalMs)) };
}
