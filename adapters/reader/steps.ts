/**
 * A reading in steps. The reader's long loops (the rows of a list of thousands of notes) pause now
 * and then (`yield`); a caller in a page runs them in slices that give the page its main thread back
 * between them, so a click or a keystroke never waits long for the extension. Tests and tools that
 * want the answer at once run them to the end.
 */

/** A reading's work: pauses between its parts, then its result. */
export type Steps<T> = Generator<void, T, void>;

/** Rows read between two pauses: small enough that the clock is looked at often, not so small it costs. */
export const ROWS_PER_STEP = 100;

/** Runs every step now. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Lets the page run: a new task, by a message to ourselves (timers nested this deep wait 4 ms
 * each). The page's clicks and keystrokes go first. Not `scheduler.yield()`: its continuation
 * carries no script address in the browser's trace, so the benchmark could not tell that work as
 * ours (test/bench/trace.mjs), and what cannot be measured cannot be held to a budget.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Runs the steps in slices of about `sliceMs`, letting the page run between slices; and before the
 * first, with `pageFirst`, when the task that asks has already held the page a while.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number, { pageFirst = false } = {}): Promise<T> {
  if (pageFirst) await yieldToPage();
  let until = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() < until) continue;
    await yieldToPage();
    until = performance.now() + sliceMs;
  }
}
