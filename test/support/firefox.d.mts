import type { Browser } from 'puppeteer-core';
export const FIREFOX_PATH: string;
export const FIREFOX_EXTENSION_DIR: string;
export function requireFirefox(): void;
export function launchFirefoxWithExtension(options?: { headless?: boolean; extensionDir?: string }): Promise<{
  browser: Browser;
  /** `moz-extension://<uuid>/`: where the add-on's pages are. */
  extensionBase: string;
  /** Where each connection Firefox tried beyond this machine was going (none, if the profile is quiet). */
  strayConnections: () => string[];
  close: () => Promise<void>;
}>;
