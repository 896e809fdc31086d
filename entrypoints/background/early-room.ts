/**
 * Room for the panel from the moment a case page starts loading. Narrowing a page that has been
 * laid out makes the browser lay all of it out again: on a case with thousands of notes that held
 * the page for 100 to 500 ms here, just after its load. So when a tab starts loading a likely case
 * page and the panel is open (not folded), the worker gives the page a style sheet that narrows it
 * as the panel will (components/make-room.ts); the page is laid out once, already narrowed. Once the
 * overlay has started and made the same room itself (or found the page is not a case page), the
 * sheet is taken back. A style sheet, not a script: nothing of the extension runs in the page while
 * it loads.
 */
import { browser } from 'wxt/browser';
import { roomCss } from '../../components/make-room';
import { shownWidth } from '../../components/panel-width';
import { loadPanelWidth } from '../../storage/panel-width';

/** The sheet being given to each tab's page in this load (its text, once given), to take back the very same one. */
const given = new Map<number, Promise<string | undefined>>();

async function give(tabId: number, tabWidth: number, wanted: Promise<boolean>): Promise<string | undefined> {
  if (!(await wanted)) return undefined;
  const css = roomCss(shownWidth(await loadPanelWidth(), tabWidth));
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css });
    return css;
  } catch {
    // The tab moved on, or the browser refused the page: the overlay makes room after the load, as before.
    return undefined;
  }
}

/**
 * Gives the page now loading in the tab the panel's room, if `wanted` says so (a likely case page,
 * the panel open). Recorded at once, so a load that completes before the answer still takes the
 * sheet back. `tabWidth` is the tab's width as the browser gives it: at 100 % zoom the page's own CSS
 * pixels; otherwise the overlay's room differs a little and the page is laid out again once the
 * sheet is taken back, as it was without one.
 */
export function giveRoomEarly(tabId: number, tabWidth: number | undefined, wanted: Promise<boolean>): void {
  if (tabWidth) given.set(tabId, give(tabId, tabWidth, wanted));
}

/** Takes back the sheet given to the tab's page, if any, once it has been given: the overlay now holds the room itself. */
export async function takeBackEarlyRoom(tabId: number): Promise<void> {
  const giving = given.get(tabId);
  if (!giving) return;
  given.delete(tabId);
  const css = await giving;
  if (css !== undefined) await browser.scripting.removeCSS({ target: { tabId }, css }).catch(() => undefined);
}

/** A tab closed: nothing to take back. */
export const forgetEarlyRoom = (tabId: number): boolean => given.delete(tabId);
