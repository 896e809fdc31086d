import type { Browser, Target } from 'puppeteer-core';
export const CHROME_PATH: string;
export const EXTENSION_DIR: string;
export function launchWithExtension(options?: { headless?: boolean; extensionDir?: string; args?: string[] }): Promise<{
  browser: Browser;
  extensionId: string;
  worker: Target;
  close: () => Promise<void>;
}>;
export function launchPlain(options?: { headless?: boolean }): Promise<{ browser: Browser; close: () => Promise<void> }>;
