/** The width the practitioner gave the panel, in the extension's local storage (no case data). */
import { browser } from 'wxt/browser';

const KEY = 'panelWidth';

/** The width last chosen, in CSS pixels, if any. */
export async function loadPanelWidth(): Promise<number | undefined> {
  try {
    const value = (await browser.storage.local.get(KEY))[KEY];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the width; a failure to keep it costs only the width next time. */
export async function savePanelWidth(width: number): Promise<void> {
  await browser.storage.local.set({ [KEY]: Math.round(width) }).catch(() => undefined);
}
