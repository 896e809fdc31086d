/**
 * The overlay script's work, the same in each of its builds (entrypoints/overlay*, which differ only in
 * the fact readers they carry: adapters/reader/fact-readers.ts). Injected by the service worker into
 * the frames of a likely case page: on a case page of a known host system it reads the page, reports
 * what it saw to the service worker, and in the top frame mounts the overlay. On any other page it
 * stops after detection.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { adapterFor, detectCasePage, type Adapter, type CasePage } from '../../adapters/adapter';
import type { ReadResult } from '../../adapters/reader';
import type { FactReaders } from '../../adapters/reader/fact-readers';
import { runInSlices, runToEnd, type Steps } from '../../adapters/reader/steps';
import { styledForRoom } from '../../components/make-room';
import { removeEarlierHosts, showOnTop } from '../../components/top-layer';
import { receiveMessages } from '../../components/i18n';
import { OverlayApp } from '../../components/OverlayApp';
import overlayCss from '../../components/overlay.css?inline';
import { OVERLAY_STARTED, REREAD_DELAY_MS, START_FOR_FRAME, type FrameStart, type OverlayOutcome, type ProfileChangedMessage, type ReadingMessage, type ReadingPartMessage } from '../../messaging/protocol';
import { inParts } from '../../messaging/reading-parts';
import { ScriptContext } from '../../messaging/script-context';
import { caseKey } from '../../record/kinds';
import { sameFacts } from '../../record/same-facts';

/**
 * Run once the service worker has injected the script, after a likely case page has loaded
 * (entrypoints/background/overlay-start.ts): never part of a page's own load. What it did goes back
 * to the service worker as the injection's result (a test signal there).
 */
export function runOverlay(readers: Partial<FactReaders>): OverlayOutcome {
  // Injected once per frame: a second request (a fast reload, two events) changes nothing.
  const flagged = window as unknown as { [OVERLAY_STARTED]?: boolean; [START_FOR_FRAME]?: FrameStart };
  if (flagged[OVERLAY_STARTED]) return 'already-running';
  flagged[OVERLAY_STARTED] = true;
  const url = new URL(location.href);
  // The profiles in force that could own this address, handed over by the service worker just before.
  const start = flagged[START_FOR_FRAME];
  const found = detectCasePage(document, url, (start?.profiles ?? []).map((p) => adapterFor(p, readers)));
  if (!found || !start) return 'not-case-page';
  const { adapter, casePage } = found;
  const ctx = new ScriptContext();
  let handedOver!: () => void;
  const readingSent = new Promise<void>((resolve) => (handedOver = resolve));
  const pageChanges = watchAndReport(ctx, adapter, url, handedOver, readers);
  if (window.top !== window) return 'read';
  if (start.messages) receiveMessages(start.messages);
  mountOverlay(ctx, adapter, casePage, start, readingSent, pageChanges);
  return 'shown';
}

/** How long the reading holds the page's main thread at a time before letting the page run. */
const SLICE_MS = 8;

/**
 * A page that changes under every reading in slices (a ticking clock, an animation drawn in the
 * DOM) is read in one go after this many tries, so it is still read.
 */
const SLICED_TRIES = 3;

/**
 * Reads the page now and again whenever it changes, sending only readings that differ; `sent` is
 * called once a reading of the page is with the service worker (or had nothing new for it). Returns
 * how many times the page has changed so far, asked at any time.
 */
function watchAndReport(ctx: ScriptContext, first: Adapter, url: URL, sent: () => void, readers: Partial<FactReaders>): () => number {
  let adapter = first;
  let last: ReadingMessage['reading']['facts'] | undefined;
  let warned = false;
  /** A reading under way, and whether the page changed (or another reading was asked for) meanwhile. */
  let reading = false;
  let changed = false;
  /** Readings in slices in a row that the page changed under. */
  let tries = 0;
  /**
   * The first reading starts in a task of its own: the script's first task has compiled it and set
   * up, about 15 ms on a case page, and its first slice of reading in that same task made it the
   * longest the extension held the page.
   */
  let firstReading = true;
  /** Which of this frame's readings its parts belong to (messaging/reading-parts.ts). */
  let readings = 0;
  const send = (message: ReadingMessage | ReadingPartMessage) =>
    browser.runtime.sendMessage(message).catch((error: unknown) => {
      // Said once: a page left open while the extension updates would otherwise warn on every change.
      if (!warned) console.warn('Closure Companion could not pass the page to the extension:', error);
      warned = true;
      last = undefined;
    });
  /** The reading's message and then its parts, a few at a time, letting the page run between them. */
  function* handOver(read: ReadResult): Steps<void> {
    for (const message of inParts({ type: 'reading', reading: read.reading, report: read.report }, String(++readings))) {
      void send(message);
      yield;
    }
  }
  const report = async () => {
    if (ctx.isInvalid) return;
    if (reading) {
      changed = true;
      return;
    }
    reading = true;
    changed = false;
    // Until the last part is handed over: a second reading's parts must not go between the first's.
    try {
      const steps = adapter.readInSteps(document, url, new Date().toISOString());
      const pageFirst = firstReading;
      firstReading = false;
      const result = ++tries > SLICED_TRIES ? runToEnd(steps) : await runInSlices(steps, SLICE_MS, { pageFirst });
      // What a reading in slices saw may be half before and half after a change: the page is read again.
      if (changed) return schedule();
      tries = 0;
      // Only in the build of `npm run bench -- --self-test`: a read made slow on purpose, which the
      // benchmark must catch. Undefined in every other build, so the minifier drops the block.
      if (import.meta.env.WXT_BENCH_SLOW_READ_MS) {
        performance.mark('closure-companion-bench-slow-read');
        const end = performance.now() + Number(import.meta.env.WXT_BENCH_SLOW_READ_MS);
        while (performance.now() < end);
      }
      if (last && sameFacts(last, result.reading.facts)) return sent();
      last = result.reading.facts;
      await runInSlices(handOver(result), SLICE_MS);
      sent();
      // Changed while the parts went: read again, as after a reading the page changed under.
      if (changed) schedule();
    } finally {
      reading = false;
    }
  };
  let timer: number | undefined;
  const schedule = () => {
    changed = true;
    if (timer !== undefined) ctx.clearTimeout(timer);
    timer = ctx.setTimeout(() => void report(), REREAD_DELAY_MS);
  };
  void report();
  // Our own changes (the overlay's host element, the room made for the panel) are not the page changing.
  const theirs = (records: MutationRecord[]) =>
    records.some((r) => {
      if (r.target === document.documentElement && r.type === 'attributes') return false;
      // (the page's fixed elements moved out from under the panel: components/make-room.ts)
      if (r.type === 'attributes' && r.attributeName === 'style' && styledForRoom(r.target)) return false;
      // (the panel's host element and its skip link, closure-companion-skip)
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName.startsWith('CLOSURE-COMPANION'))) return false;
      return !(r.target as Element).closest?.('closure-companion');
    });
  let changes = 0;
  const observer = new MutationObserver((records) => {
    if (!theirs(records)) return;
    changes++;
    schedule();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value', 'checked', 'selected', 'style', 'class'] });
  ctx.onInvalidated(() => observer.disconnect());
  // A field mapped in administrator mode (in this frame or another of the tab) brings the system's new
  // profile: read with it at once.
  const onMessage = (message: unknown) => {
    const changed = message as ProfileChangedMessage | undefined;
    if (changed?.type !== 'profile-changed' || changed.profile?.system !== adapter.system) return;
    adapter = adapterFor(changed.profile, readers);
    last = undefined;
    schedule();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  // Typing in a form changes control values without changing the DOM.
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  return () => changes;
}

/**
 * The overlay in its own open shadow root, so the host page's styles cannot reach it. Mounted by
 * hand rather than with WXT's shadow-root UI, which removes itself when the extension is updated
 * under the page: the panel stays instead, saying the page needs a reload.
 */
function mountOverlay(ctx: ScriptContext, adapter: Adapter, casePage: CasePage, start: FrameStart, readingSent: Promise<void>, pageChanges: () => number): void {
  // An overlay left by an earlier copy of the extension (updated under this page) gives way.
  removeEarlierHosts(document, 'closure-companion');
  const host = document.createElement('closure-companion');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${overlayCss}`;
  const app = document.createElement('div');
  shadow.append(style, app);
  // Put on the page with the panel's first drawing (OverlayApp), not before it empty: each change to
  // what a page of thousands of rows shows costs a layout of it.
  const show = () => {
    (document.body ?? document.documentElement).append(host);
    showOnTop(host);
  };
  render(
    <OverlayApp
      ctx={ctx}
      adapter={adapter}
      casePage={casePage}
      caseKey={caseKey(adapter.system, casePage.personId)}
      panel={{ collapsed: start.collapsed, adminMode: start.adminMode }}
      panelWidth={start.panelWidth}
      roomGiven={start.roomGiven}
      readingSent={readingSent}
      show={show}
      pageChanges={pageChanges}
    />,
    app,
  );
}
