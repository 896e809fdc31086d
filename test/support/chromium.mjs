// Starts Debian's Chromium (never a downloaded one) with the built extension loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * The pages' viewport, and the window as wide: the service worker sizes the panel's early room by
 * the tab's width (entrypoints/background/early-room.ts), as a real window's tab is as wide as its page.
 */
const VIEWPORT = { width: 1400, height: 900 };
const WINDOW = `--window-size=${VIEWPORT.width},${VIEWPORT.height}`;

/** A browser with the extension, a fresh profile, and its extension id once the service worker is up. */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, args = [], waitForListeners = true } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cc-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless,
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir,
    args: [...FLAGS, WINDOW, ...args],
    defaultViewport: VIEWPORT,
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  if (waitForListeners) await listening(worker);
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, extensionId, worker, close };
}

/**
 * The worker's target appears before its script has run. The overlay starts when the worker hears
 * a case page finish loading, so a page opened before it listens would be missed: wait (up to 5 s)
 * until it does.
 */
async function listening(target) {
  const worker = await target.worker();
  const end = Date.now() + 5000;
  while (Date.now() < end) {
    const ready = await worker.evaluate(() => globalThis.chrome?.tabs?.onUpdated?.hasListeners() === true).catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The same browser without the extension, for with/without comparisons. */
export async function launchPlain({ headless = true } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cc-profile-'));
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless, pipe: true, userDataDir, args: [...FLAGS, WINDOW], defaultViewport: VIEWPORT });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
