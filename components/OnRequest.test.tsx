// @vitest-environment jsdom
// A part of the panel loaded on request: "Loading…" (busy) while the service worker injects it, a
// clear message if it cannot, asked for again on the next request, and the overlay's Preact lent first.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PART_SETS, SHARED_PREACT } from '../messaging/protocol';
import { OnRequest } from './OnRequest';
import type { ItParts } from './it-parts';
import { SHARED_PREACT_MODULES } from './shared-preact';

const world = globalThis as unknown as Record<string, unknown>;
const host = document.createElement('div');
document.body.append(host);
afterEach(() => {
  render(null, host);
  fakeBrowser.reset();
  delete world[PART_SETS.it];
});

const show = () => render(<OnRequest parts="it">{(parts) => <p class="loaded">{parts.css}</p>}</OnRequest>, host);

describe('a part of the panel loaded on request', () => {
  it('says it cannot be loaded when the service worker could not inject it, and asks again next time', async () => {
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked++;
      return Promise.resolve({ ok: false });
    });
    show();
    expect(host.querySelector('[role=status]')!.textContent).toBe('Loading…');
    expect(host.querySelector('[aria-busy=true]')).not.toBeNull();
    // Effects run after the browser paints: wait for the answer, never a fixed time.
    await vi.waitFor(() => expect(host.querySelector('[role=alert]')).not.toBeNull());
    expect(host.querySelector('[role=alert]')!.textContent).toBe('This part of the panel could not be loaded. Reload this page, then try again.');
    expect(host.querySelector('[aria-busy]')).toBeNull();
    render(null, host);
    show();
    await vi.waitFor(() => expect(asked).toBe(2));
  });

  it('lends the overlay’s Preact, then shows the part once the service worker has injected it', async () => {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      // What the injected script does in the overlay's world (entrypoints/overlay-parts).
      expect(world[SHARED_PREACT]).toBe(SHARED_PREACT_MODULES);
      world[PART_SETS.it] = { css: '.cc-part{}' } as unknown as ItParts;
      return Promise.resolve({ ok: true });
    });
    show();
    await vi.waitFor(() => expect(host.querySelector('.loaded')).not.toBeNull());
    expect(asked).toEqual([{ type: 'load-panel-parts', parts: 'it' }]);
    expect(host.querySelector('.loaded')!.textContent).toBe('.cc-part{}');
    expect(host.querySelector('[role=status]')).toBeNull();
    // Loaded once for the page: a second request shows it without asking again.
    render(null, host);
    show();
    expect(host.querySelector('.loaded'), 'at once, without “Loading…”').not.toBeNull();
    expect(asked).toHaveLength(1);
  });
});
