/**
 * Room for the panel from the moment a case page starts loading. Narrowing a page that has been
 * laid out makes the browser lay all of it out again: on a case with thousands of notes that held
 * the page for 100 to 500 ms here, just after its load. So when a tab starts loading a likely case
 * page and the panel is open (not folded), the worker gives the page a style sheet that narrows it
 * as the panel will (components/make-room.ts); the page is laid out once, already narrowed. The
 * sheet is taken back when no overlay starts (not a case page after all), or when the overlay's own
 * room becomes another. A style sheet, not a script: nothing of the extension runs in the page while
 * it loads.
 */
import { browser } from 'wxt/browser';
import { roomCss } from '../../components/make-room';
import { shownWidth } from '../../components/panel-width';
import { loadPanelWidth } from '../../storage/panel-width';

/** The width of the room being given to each tab's page in this load, once given (none: not given). */
const given = new Map<number, Promise<number | undefined>>();

async function give(tabId: number, tabWidth: number, wanted: Promise<boolean>): Promise<number | undefined> {
  if (!(await wanted)) return undefined;
  const width = shownWidth(await loadPanelWidth(), tabWidth);
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: roomCss(width) });
    return width;
  } catch {
    // The tab moved on, or the browser refused the page: the overlay makes room after the load, as before.
    return undefined;
  }
}

/**
 * Gives the page now loading in the tab the panel's room, if `wanted` says so (a likely case page,
 * the panel open). Recorded at once, so a load that completes before the answer still finds it.
 * `tabWidth` is the tab's width as the browser gives it: at 100 % zoom the page's own CSS pixels;
 * otherwise the overlay's room differs a little and the overlay has the sheet taken back.
 */
export function giveRoomEarly(tabId: number, tabWidth: number | undefined, wanted: Promise<boolean>): void {
  if (tabWidth) given.set(tabId, give(tabId, tabWidth, wanted));
  else given.delete(tabId);
}

/**
 * The width of the room given to the tab's page in its last load, if any, for the overlay starting
 * there: while its own room is the same, the sheet stays (taking a style sheet away costs the
 * browser a look at every element of the page, 9 ms on 5,000 notes), and the overlay asks for it to
 * be taken back once its room is another (folded, resized).
 */
export async function roomGivenTo(tabId: number): Promise<number | undefined> {
  return given.get(tabId);
}

/** Takes back the room of that width given to the tab's page. The sheet is known by its text, so this works after the worker has restarted too. */
export async function takeBackRoom(tabId: number, width: number): Promise<void> {
  given.delete(tabId);
  await browser.scripting.removeCSS({ target: { tabId }, css: roomCss(width) }).catch(() => undefined);
}

/** Takes back the room given to the tab's page, if any, once it has been given: no overlay holds it (not a case page after all). */
export async function takeBackEarlyRoom(tabId: number): Promise<void> {
  const width = await given.get(tabId);
  if (width !== undefined) await takeBackRoom(tabId, width);
}

/** A tab closed: nothing to take back. */
export const forgetEarlyRoom = (tabId: number): boolean => given.delete(tabId);
