/**
 * When a host page has rendered what it renders late (Mosaic's case notes arrive from a timer
 * 400 ms after load): its own pending timers are counted in its main world, so a test waits for
 * them rather than for a guessed time. Timers of a minute or more are session warnings, not rendering.
 */
import type { Page } from 'puppeteer-core';
import { eventually } from './overlay';

const RENDERING_TIMER_MS = 60_000;

/** Call before the page's first navigation: counts its timers from then on. */
export async function countHostTimers(page: Page): Promise<void> {
  await page.evaluateOnNewDocument((longest: number) => {
    const pending = new Set<number>();
    const { setTimeout: set, clearTimeout: clear } = window;
    (window as unknown as { __hostTimers: Set<number> }).__hostTimers = pending;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      if ((delay ?? 0) >= longest || typeof handler !== 'function') return set(handler, delay, ...args);
      const id = set(() => {
        pending.delete(id);
        (handler as (...a: unknown[]) => void)(...args);
      }, delay);
      pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
  }, RENDERING_TIMER_MS);
}

/** Waits until the page has loaded and none of its own rendering timers is still to run. */
export async function hostRendered(page: Page): Promise<void> {
  await eventually(
    () => page.evaluate(() => document.readyState === 'complete' && (window as unknown as { __hostTimers: Set<number> }).__hostTimers.size === 0),
    Boolean,
    { what: `${page.url()} to run the timers it renders with` },
  );
}
