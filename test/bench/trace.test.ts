// The benchmark's reading of a trace, on small hand-made traces: which main-thread tasks are the
// extension's, and how much of each is counted.
import { describe, expect, it } from 'vitest';
import { extensionTasks, type TraceEvent } from './trace.mjs';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const OVERLAY = `chrome-extension://${ID}/overlay.js`;
const PAGE = 'http://127.0.0.1:8080/CareAssess/Client/CaseNotes.aspx?ClientID=1';
const HOST_SCRIPT = 'http://127.0.0.1:8080/scripts/grid.js';

/** An event on the page's main thread (pid 1, tid 1) unless `at` says otherwise; ts and dur in ms. */
const ev = (name: string, ts: number, dur: number | undefined, data: Record<string, unknown> = {}, at = { pid: 1, tid: 1 }, extra: Record<string, unknown> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  ...(dur === undefined ? {} : { dur: dur * 1000 }),
  ...at,
  args: { data, ...extra },
});
const commit = ev('CommitLoad', 0, 1, { url: PAGE, isMainFrame: true });
const task = (ts: number, dur: number | undefined, at = { pid: 1, tid: 1 }) => ev('RunTask', ts, dur, {}, at);
const call = (ts: number, dur: number, url: string, functionName = '', scriptId = '0') => ev('FunctionCall', ts, dur, { url, functionName, scriptId });
const read = (events: TraceEvent[]) => extensionTasks([commit, ...events], { extensionId: ID, pageUrl: PAGE });

describe('which main-thread tasks are the extension\'s', () => {
  it('counts a task in which the extension\'s function runs, whole', () => {
    const { tasks } = read([task(10, 30), ev('TimerFire', 10.1, 29), call(10.2, 5, OVERLAY, 'report')]);
    expect(tasks).toEqual([{ start: 10_000, duration: 30, what: ['FunctionCall report'], kind: 'own', cut: false }]);
  });

  it('does not count a task of the page\'s own script', () => {
    expect(read([task(10, 120), call(10.1, 119, HOST_SCRIPT, 'renderRows')]).tasks).toEqual([]);
  });

  it('finds the extension\'s code nested inside other events, and names only the outermost call', () => {
    const { tasks } = read([task(10, 40), ev('TimerFire', 10, 39), ev('EventDispatch', 11, 30, { type: 'input' }), call(12, 20, OVERLAY, 'schedule'), call(13, 5, OVERLAY, 'read')]);
    expect(tasks.map((t) => [t.duration, t.what])).toEqual([[40, ['FunctionCall schedule']]]);
  });

  it('counts the injected script\'s evaluation by its address', () => {
    const { tasks } = read([task(10, 50), ev('EvaluateScript', 10.1, 49, { url: OVERLAY })]);
    expect(tasks.map((t) => t.what)).toEqual([['EvaluateScript overlay.js']]);
  });

  it('counts a script without an address compiled in the extension\'s isolated world, not one in the page\'s world', () => {
    const world = (ts: number, url: string, scriptId: number, worldId: number) => ev('v8.compile', ts, 0.1, { url, scriptId }, undefined, { worldId, fileName: url });
    const { tasks } = read([
      task(5, 2), world(5.1, OVERLAY, 7, 5),
      task(10, 4), world(10.1, '', 6, 5),
      task(20, 3), call(20.1, 1, '', 'frameAddress', '6'),
      task(30, 3), world(30.1, '', 9, 0), call(30.2, 1, '', 'inline', '9'),
    ]);
    expect(tasks.map((t) => t.start / 1000)).toEqual([5, 10, 20]);
  });

  it('ignores the extension\'s code on another thread (another tab, the service worker)', () => {
    const other = { pid: 2, tid: 7 };
    expect(read([task(10, 30, other), ev('FunctionCall', 10.1, 20, { url: OVERLAY }, other)]).tasks).toEqual([]);
  });

  it('counts the whole of a task the extension started, though the page\'s code ran in it too', () => {
    // The overlay inserts its element; the page's own MutationObserver answers in the same task.
    const { tasks } = read([task(10, 60), ev('EvaluateScript', 10, 40, { url: OVERLAY }), ev('RunMicrotasks', 50.5, 19), call(51, 18, HOST_SCRIPT, 'onMutation')]);
    expect(tasks.map((t) => [t.kind, t.duration])).toEqual([['own', 60]]);
  });

  it('counts only its own part of a page task at whose end its MutationObserver callback runs', () => {
    const { tasks } = read([task(10, 140), ev('TimerFire', 10, 139), call(10.1, 130, HOST_SCRIPT, 'renderRows'), ev('RunMicrotasks', 140.5, 4), call(141, 3.5, OVERLAY, 'onMutation')]);
    expect(tasks).toEqual([{ start: 10_000, duration: 3.5, what: ['FunctionCall onMutation'], kind: 'in-page-task', taskMs: 140, cut: false }]);
  });

  it('counts a frame drawn after the extension alone changed the page, and lists one the page changed too', () => {
    const change = (ts: number, url: string) => [call(ts, 2, url), ev('ScheduleStyleRecalculation', ts + 1, undefined, {})];
    const frame = (ts: number, dur: number) => [task(ts, dur), ev('UpdateLayoutTree', ts + 0.1, dur / 2), ev('Layout', ts + dur / 2 + 0.1, dur / 2 - 0.2)];
    const { tasks, shared } = read([
      task(10, 5), ...change(10.1, OVERLAY),
      ...frame(20, 16),
      task(40, 5), ...change(40.1, OVERLAY),
      task(50, 5), ...change(50.1, HOST_SCRIPT),
      ...frame(60, 30),
      task(100, 5), ...change(100.1, HOST_SCRIPT),
      ...frame(110, 40),
    ].map((e) => (e.name === 'ScheduleStyleRecalculation' ? { ...e, ph: 'I' } : e)));
    expect(tasks.map((t) => [t.start / 1000, t.kind, t.duration])).toEqual([[10, 'own', 5], [20, 'frame', 16], [40, 'own', 5]]);
    expect(shared.map((t) => [t.start / 1000, t.duration])).toEqual([[60, 30]]);
  });

  it('takes a task run inside a task (a nested run loop) as part of it, counted once', () => {
    const { tasks } = read([task(10, 50), call(10.1, 10, OVERLAY, 'confirm'), task(12, 30), ev('TimerFire', 12.1, 29), call(12.2, 28, OVERLAY, 'tick')]);
    expect(tasks.map((t) => [t.start / 1000, t.duration])).toEqual([[10, 50]]);
  });

  it('counts a task still running when tracing stopped up to the trace\'s end, marked cut', () => {
    // The trace ends with the last event of any thread: the browser's, here.
    const { tasks } = read([task(10, 5), task(20, undefined), ev('EvaluateScript', 20.1, undefined, { url: OVERLAY }), ev('ParseHTML', 21, 34, { url: PAGE }), task(70, 1, { pid: 2, tid: 2 })]);
    expect(tasks.map((t) => [t.duration, t.cut])).toEqual([[51, true]]);
  });

  it('keeps the extension\'s events of a task begun before tracing started as one task, marked cut', () => {
    const { tasks } = read([call(2, 8, OVERLAY, 'report'), ev('UpdateLayoutTree', 10.5, 1.5), task(20, 3)]);
    expect(tasks.map((t) => [t.start / 1000, t.duration, t.cut])).toEqual([[0, 12, true]]);
  });

  it('says what is missing when the page was not traced', () => {
    expect(() => extensionTasks([], { extensionId: ID, pageUrl: PAGE })).toThrow(/no main-frame CommitLoad/);
  });
});
