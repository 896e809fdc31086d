// Which of a page's main-thread tasks were the extension's, read from a Chromium trace
// (Trace Event Format: `ts` and `dur` in microseconds). A task is a top-level `RunTask` of the
// page's renderer main thread: while one runs, a click or a keystroke on the page waits.
//
// The extension's code is known by its script address (chrome-extension://ID/… on `EvaluateScript`,
// `FunctionCall`, `v8.compile` or a stack trace) and by its isolated world: a script compiled in
// the world the extension's own file was compiled in is the extension's too (the function the
// service worker injects with `executeScript({ func })` has no address).
//
// - A task the extension started (its injected script, its timers, its animation frames, the
//   browser handing it a message) is counted whole, whatever else ran in it (the page's own
//   MutationObserver answering the overlay's insertion): that is how long it held the page.
// - A task the page's own script started, at whose end the extension's code runs (its
//   MutationObserver callback after the page changed the DOM), is counted for the extension's part
//   only: the rest is the page's own work and would hold the page without the extension too.
// - A frame drawn after the extension changed the page (style recalculation and layout in a task
//   of their own) is counted whole when the extension alone changed the page since the last frame;
//   when the page changed it too the frame is listed as shared and not counted, since the page
//   would have drawn it anyway.

const TASK = 'RunTask';
const RENDERING = new Set(['UpdateLayoutTree', 'Layout']);
const INVALIDATION = new Set(['ScheduleStyleRecalculation', 'InvalidateLayout']);
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'ParseHTML']);

const dataOf = (e) => ({ ...e.args?.beginData, ...e.args?.data });
const urlOf = (e) => dataOf(e).url || e.args?.fileName || '';

/** The renderer main thread on which `pageUrl` was committed as the main frame: { pid, tid }. */
export function pageMainThread(events, pageUrl) {
  const commit = events.find((e) => e.name === 'CommitLoad' && dataOf(e).url === pageUrl && dataOf(e).isMainFrame);
  if (!commit) throw new Error(`The trace has no main-frame CommitLoad of ${pageUrl}: start tracing before the page is opened.`);
  return { pid: commit.pid, tid: commit.tid };
}

/** The trace time (µs) of the page's load event on its main thread. */
export function loadEventTs(events, pageUrl) {
  const { pid, tid } = pageMainThread(events, pageUrl);
  return events.find((e) => e.pid === pid && e.tid === tid && e.name === 'MarkLoad' && dataOf(e).isMainFrame)?.ts;
}

/** Script ids that are the extension's: compiled from its files, or in the world its files run in. */
function ownScriptIds(events, isOwnUrl) {
  const compiles = events.filter((e) => e.name === 'v8.compile');
  const worlds = new Set(compiles.filter((e) => isOwnUrl(urlOf(e)) && e.args?.worldId !== undefined).map((e) => e.args.worldId));
  return new Set(compiles.filter((e) => isOwnUrl(urlOf(e)) || (e.args?.worldId !== undefined && worlds.has(e.args.worldId))).map((e) => String(dataOf(e).scriptId)));
}

/** A short name a reader can find in the trace: `FunctionCall Nn`, `EvaluateScript overlay.js`. */
function label(e) {
  const d = dataOf(e);
  const detail = d.functionName || d.type || urlOf(e).split('/').pop() || e.args?.worldName || '';
  return detail ? `${e.name} ${detail}` : e.name;
}

/** The outermost of `events` (sorted by start, longest first): nested calls say nothing new. */
function outermost(events, endOf) {
  const outer = [];
  for (const e of events) if (!outer.length || e.ts >= endOf(outer.at(-1))) outer.push(e);
  return outer;
}

/**
 * The extension's tasks on the page's main thread, in order. Each: `start` (µs, trace clock),
 * `duration` (ms, what is counted), `what` (the extension's events in it, outermost first), and
 * `kind`: 'own' (counted whole), 'in-page-task' (only the extension's part of a page task,
 * `taskMs` the whole), 'frame' (a frame drawn for the extension's change alone). `cut` marks a
 * task that was running when tracing started or stopped: its duration is what the trace holds.
 * `shared` lists the frames drawn for the extension's change and the page's together (not counted);
 * `traceEnd` is the trace's last moment (µs).
 */
export function extensionTasks(events, { extensionId, pageUrl }) {
  const prefix = `chrome-extension://${extensionId}/`;
  const isOwnUrl = (url) => url.startsWith(prefix);
  const { pid, tid } = pageMainThread(events, pageUrl);
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph !== 'M').sort((a, b) => a.ts - b.ts || (b.dur ?? Infinity) - (a.dur ?? Infinity));
  // Tracing stopped at the last moment any thread recorded (an idle page thread records nothing).
  const traceEnd = events.reduce((end, e) => Math.max(end, e.ts + (e.dur ?? 0)), 0);
  // A complete event without a duration was still running when tracing stopped.
  const endOf = (e) => (e.ph === 'X' && e.dur === undefined ? traceEnd : e.ts + (e.dur ?? 0));
  const scripts = ownScriptIds(thread, isOwnUrl);
  const isOwn = (e) => {
    if (isOwnUrl(urlOf(e))) return true;
    const d = dataOf(e);
    if ((e.name === 'FunctionCall' || e.name === 'v8.compile') && d.scriptId !== undefined && scripts.has(String(d.scriptId))) return true;
    return (d.stackTrace ?? []).some((frame) => isOwnUrl(frame.url ?? ''));
  };
  // The page's own script: an address that is neither the extension's nor the test harness's
  // (puppeteer's `pptr:` functions); built-ins run without one.
  const isPage = (e) => SCRIPT.has(e.name) && !isOwn(e) && urlOf(e) !== '' && !urlOf(e).startsWith('pptr:');

  // Top-level tasks with the events inside each. Events outside any task belong to a task that
  // began before tracing did (its RunTask was not recorded): they are kept together as one cut task.
  const groups = [];
  let current = null;
  let orphans = null;
  for (const e of thread) {
    if (current && e.ts >= current.end) current = null;
    if (e.name === TASK && e.ph === 'X') {
      if (current) continue; // a task run inside a task (a nested run loop) is part of it
      current = { start: e.ts, end: endOf(e), cut: e.dur === undefined, events: [] };
      groups.push(current);
      orphans = null;
    } else if (current) current.events.push(e);
    else {
      if (!orphans) groups.push((orphans = { start: e.ts, end: e.ts, cut: true, events: [] }));
      orphans.events.push(e);
      orphans.end = Math.max(orphans.end, endOf(e));
    }
  }

  const tasks = [];
  const shared = [];
  let changedBy = new Set(); // who has changed the page since the last frame: 'extension', 'page'
  for (const group of groups) {
    const own = outermost(group.events.filter(isOwn), endOf);
    const inOwn = (e) => own.some((o) => o.ts <= e.ts && e.ts <= endOf(o));
    // Who started the task: the first script in it, the extension's or the page's.
    const pageStarted = own.length > 0 && group.events.some((e) => isPage(e) && !inOwn(e) && e.ts < own[0].ts);
    let frameFor = null;
    for (const e of group.events) {
      if (INVALIDATION.has(e.name)) changedBy.add(inOwn(e) ? 'extension' : 'page');
      else if (RENDERING.has(e.name)) {
        if (!own.length && !frameFor && changedBy.has('extension')) frameFor = changedBy;
        changedBy = new Set();
      }
    }
    const base = { start: group.start, cut: group.cut };
    const taskMs = (group.end - group.start) / 1000;
    if (pageStarted) {
      const ms = own.reduce((n, e) => n + (endOf(e) - e.ts), 0) / 1000;
      tasks.push({ ...base, duration: ms, what: [...new Set(own.map(label))], kind: 'in-page-task', taskMs });
    } else if (own.length) tasks.push({ ...base, duration: taskMs, what: [...new Set(own.map(label))], kind: 'own' });
    else if (frameFor) {
      const what = [...new Set(group.events.filter((e) => RENDERING.has(e.name)).map(label))];
      if (frameFor.has('page')) shared.push({ ...base, duration: taskMs, what });
      else tasks.push({ ...base, duration: taskMs, what, kind: 'frame' });
    }
  }
  return { tasks, shared, traceEnd };
}
