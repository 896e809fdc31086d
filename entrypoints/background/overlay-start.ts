/**
 * Starts the overlay on case pages, from the service worker, once a tab has finished loading.
 *
 * No content script is registered anywhere: while a case page loads, nothing of the extension
 * runs in it. (A tiny loader at `document_start` cost the page 4–8 ms of a 30–40 ms load here,
 * the browser setting up the extension's isolated world; see BENCHMARKS.md.) The worker hears
 * every tab finish loading, but the browser gives it the address only of tabs on sites it has
 * been granted — this machine in the demo build, a council's own case systems — so of any other
 * tab it learns nothing and does nothing.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Profile } from '../../adapters/profiles/merge';
import { pageAt } from '../../adapters/reader/detect';
import { EVERY_READER_SCRIPT, overlayScriptFor, type OverlayScript } from '../../adapters/reader/fact-readers';
import { OVERLAY_STARTED, START_DECISIONS, START_FOR_FRAME, type FrameStart, type OverlayOutcome, type PartSet, type ScanFramesMessage, type StartDecision } from '../../messaging/protocol';
import { isCaseSystemAddress } from '../../storage/addresses';
import { loadPanelWidth } from '../../storage/panel-width';
import type { CaseSystemAddress, Settings } from '../../storage/settings';
import { forgetEarlyRoom, giveRoomEarly, roomGivenTo, takeBackEarlyRoom } from './early-room';
import { pageMessages } from './page-messages';

/** The scripts of the panel's parts loaded on request (entrypoints/overlay-parts, overlay-it-parts), never given to a page unasked. */
const PART_SCRIPTS = { panel: '/overlay-parts.js', it: '/overlay-it-parts.js' } as const satisfies Record<PartSet, string>;

/** Frames ask for this when one of their frames has loaded (a form opened in place). */
export const SCAN_FRAMES: ScanFramesMessage['type'] = 'scan-frames';

/**
 * Runs in each frame of a case-system tab, after load: reports the frame's address and whether the
 * overlay script has started there and, once per document, watches for frames inside it loading
 * later. Serialised by `executeScript`, so it is self-contained (its names come as arguments).
 */
function frameAddress(message: string, startedFlag: string): { href: string; started: boolean } {
  const marked = window as unknown as { __closureCompanionFrames?: boolean };
  if (!marked.__closureCompanionFrames) {
    marked.__closureCompanionFrames = true;
    // Capture: a frame's load event does not bubble.
    document.addEventListener(
      'load',
      (event) => {
        if (!(event.target instanceof HTMLIFrameElement || event.target instanceof HTMLFrameElement)) return;
        try {
          void (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ type: message }).catch(() => undefined);
        } catch {
          // The extension was updated or removed under this page: nothing to ask.
        }
      },
      true,
    );
  }
  return { href: location.href, started: (window as unknown as Record<string, unknown>)[startedFlag] === true };
}

/**
 * A test signal (see StartDecision): the last few decisions per tab, in the worker's memory only,
 * so that end-to-end tests know when the extension has finished with a page before asserting
 * that nothing appeared on it. It runs in the worker, not the page.
 */
const decisions = new Map<number, StartDecision[]>();
let decisionsMade = 0;
(globalThis as Record<string, unknown>)[START_DECISIONS] = (tabId: number): StartDecision[] => decisions.get(tabId) ?? [];

function decide(tabId: number, cause: StartDecision['cause'], decision: StartDecision['decision']): StartDecision {
  const made: StartDecision = { seq: ++decisionsMade, cause, decision, frames: 0, injected: {}, scripts: {}, running: [] };
  // A few per tab tell one load from the next; older ones are of no use.
  decisions.set(tabId, [...(decisions.get(tabId) ?? []).slice(-4), made]);
  return made;
}

/** The profiles that could own a case page at this address (none: not a likely case page). */
function profilesAt(href: string, addresses: readonly CaseSystemAddress[], profiles: readonly Profile[]): Profile[] {
  if (!isCaseSystemAddress(href, addresses)) return [];
  const url = new URL(href);
  return profiles.filter((p) => pageAt(p, url) !== null);
}

/**
 * The overlay script (entrypoints/overlay*) for a frame at this address: the smallest whose fact
 * readers read every fact its owners' page there shows; in administrator mode, where a field may be
 * mapped to any fact, the one with every reader.
 */
function overlayScriptAt(href: string, owners: readonly Profile[], adminMode: boolean): OverlayScript['file'] {
  if (adminMode) return EVERY_READER_SCRIPT.file;
  const url = new URL(href);
  return overlayScriptFor(owners.map((p) => p.pages[pageAt(p, url)?.page ?? '']?.facts ?? {})).file;
}

/**
 * Hands a frame what the overlay starts with, in the overlay script's world (serialised by
 * `executeScript`: self-contained). It comes as JSON text: the browser writes a function's arguments
 * into the script it runs, and the page parsing the profiles as a script's object literal cost 2.5 ms
 * of its main thread, as one string for JSON.parse a tenth of that.
 */
function giveStart(name: string, start: string): void {
  (window as unknown as Record<string, unknown>)[name] = JSON.parse(start);
}

/** How the panel was left, for every frame started in one go. */
type PanelLeft = Omit<FrameStart, 'profiles'>;

/** Gives one frame the profiles that could own it and how the panel was left, then the overlay script; records what the script did. */
async function startFrame(tabId: number, frameId: number, href: string, owners: Profile[], panel: Promise<PanelLeft>, made: StartDecision): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  // The room the page was given as it loaded: the top frame's overlay holds it from now on.
  const roomGiven = frameId === 0 ? await roomGivenTo(tabId) : undefined;
  const left = await panel;
  const start: FrameStart = { profiles: owners, ...left, ...(roomGiven === undefined ? {} : { roomGiven }), ...(frameId === 0 ? { messages: pageMessages() } : {}) };
  await browser.scripting.executeScript({ target, func: giveStart, args: [START_FOR_FRAME, JSON.stringify(start)] });
  const script = overlayScriptAt(href, owners, left.adminMode);
  made.scripts[frameId] = script;
  // The overlay script's `main` returns what it did; the browser waits for it.
  const [ran] = await browser.scripting.executeScript({ target, files: [script] });
  made.injected[frameId] = (ran?.result as OverlayOutcome | undefined) ?? null;
}

/**
 * Injects the overlay script, with the profiles that could own its address, into every frame of the
 * tab that looks like a case page. A tab that has just loaded (`topUrl`, its address) runs nothing of
 * ours yet: its top frame is started at once, beside the scan of its frames rather than after it,
 * which would keep the checklist waiting one more round trip to the page.
 */
export async function startOverlays(
  tabId: number,
  settings: Pick<Settings, 'addresses' | 'collapsed' | 'adminMode'>,
  profiles: readonly Profile[],
  cause: StartDecision['cause'],
  topUrl?: string,
): Promise<StartDecision> {
  const made = decide(tabId, cause, 'scanning');
  const { addresses } = settings;
  const panel = loadPanelWidth().then((panelWidth) => ({ collapsed: settings.collapsed, adminMode: settings.adminMode, panelWidth }));
  const topOwners = cause === 'tab-loaded' && topUrl ? profilesAt(topUrl, addresses, profiles) : [];
  // Settled with its error, if any, so that a failure while the scan is under way is not left unhandled.
  const top = topOwners.length && topUrl ? startFrame(tabId, 0, topUrl, topOwners, panel, made).then(() => null, (error: unknown) => error ?? 'failed') : undefined;
  try {
    const frames = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: frameAddress, args: [SCAN_FRAMES, OVERLAY_STARTED] });
    made.frames = frames.length;
    made.running = frames.filter((f) => f.result?.started).map((f) => f.frameId);
    // A frame that already runs the overlay is left alone: injecting again would make the page
    // compile the whole script once more only for it to stop at once.
    for (const frame of frames) {
      if (!frame.result || frame.result.started || (top && frame.frameId === 0)) continue;
      const owners = profilesAt(frame.result.href, addresses, profiles);
      if (owners.length) await startFrame(tabId, frame.frameId, frame.result.href, owners, panel, made);
    }
    const topFailed = await top;
    if (topFailed) throw topFailed;
    made.decision = 'scanned';
  } catch (error) {
    made.decision = 'failed';
    // The tab closed or moved on meanwhile, or the browser refused the page: the next load tries again.
    console.warn('Closure Companion could not start on this page:', error);
  }
  // The top frame's start is over before the decision is read, even when the scan failed first.
  await top;
  return made;
}

/**
 * Starts overlays whenever a tab on a case system finishes loading; while a likely case page
 * loads with the panel open, the page has the panel's room already (early-room.ts).
 */
export function startOverlaysOnLoad(settings: () => Promise<Pick<Settings, 'addresses' | 'collapsed' | 'adminMode'>>, profiles: () => Promise<readonly Profile[]>): void {
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (!tab.url || (change.status !== 'loading' && change.status !== 'complete')) return;
    const url = tab.url;
    if (change.status === 'loading') {
      const wanted = Promise.all([settings(), profiles()]).then(([s, known]) => !s.collapsed && profilesAt(url, s.addresses, known).length > 0);
      giveRoomEarly(tabId, tab.width, wanted);
      return;
    }
    void settings().then(async (s) => {
      const made = isCaseSystemAddress(url, s.addresses) ? await startOverlays(tabId, s, await profiles(), 'tab-loaded', url) : decide(tabId, 'tab-loaded', 'not-case-system');
      // A panel shown holds the room now, and has it taken back when its own is another; with no
      // panel, the page has all its width back.
      if (made.injected[0] !== 'shown') await takeBackEarlyRoom(tabId);
    });
  };
  browser.tabs.onRemoved.addListener((tabId: number) => {
    decisions.delete(tabId);
    forgetEarlyRoom(tabId);
  });
  // Firefox can filter the event, so the worker is not woken for titles and icons changing.
  if (import.meta.env.FIREFOX) (browser.tabs.onUpdated.addListener as (l: typeof onUpdated, f: object) => void)(onUpdated, { properties: ['status'] });
  else browser.tabs.onUpdated.addListener(onUpdated);
}

/**
 * Injects a set of the panel's parts into the frame whose overlay asked for them (the practitioner
 * opened an item's guidance or the reading report, say), into the overlay script's isolated world.
 */
export async function injectPanelParts(tabId: number, frameId: number, parts: unknown): Promise<{ ok: boolean }> {
  // Only a set there is: the name comes from a page's frame.
  const script = typeof parts === 'string' && Object.hasOwn(PART_SCRIPTS, parts) ? PART_SCRIPTS[parts as PartSet] : undefined;
  if (!script) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [script] });
    return { ok: true };
  } catch (error) {
    // The page moved on meanwhile: the panel says the part could not be loaded.
    console.warn('Closure Companion could not load part of its panel:', error);
    return { ok: false };
  }
}
